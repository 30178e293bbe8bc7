package dev.hybridnet.validation;

import static dev.hybridnet.validation.Facts.label;

import dev.hybridnet.model.Element;
import dev.hybridnet.validation.SpokeRoutes.ApplianceRoute;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * hs-spoke-to-spoke: peering is not transitive, so a spoke reaches the other spokes of its hub only over a direct
 * peering or through a route (to a firewall or NVA in the hub) whose prefix contains their address space.
 *
 * <p>The address spaces of each hub's spokes are sorted once. A spoke's firewall routes are reduced to their
 * outermost prefixes, and the spaces outside all of them are found as runs of the sorted list by binary search,
 * so a spoke whose routes cover every other spoke costs O(routes * log n), not a scan over the other spokes. When
 * some are left out, only the first few are named; where every spoke has one address space the rest are counted
 * without being visited.
 */
final class SpokeReachability {

    /** How many unreached spokes a finding names. */
    static final int NAMED = 5;

    private SpokeReachability() {
    }

    /** The spokes of one hub with their address spaces; {@code simple} when none has more than one space. */
    private record HubSpokes(Set<String> ids, PrefixSet<Element> spaces, boolean simple) {

        static HubSpokes of(Facts f, Element hub) {
            Set<String> ids = new HashSet<>();
            List<AddressRange<Element>> ranges = new ArrayList<>();
            boolean simple = true;
            for (Element spoke : f.spokesOf(hub)) {
                ids.add(spoke.id());
                f.spaces(spoke).forEach(space -> ranges.add(AddressRange.of(space, spoke)));
                simple &= f.spaces(spoke).size() <= 1;
            }
            return new HubSpokes(ids, new PrefixSet<>(ranges), simple);
        }
    }

    /** The spokes of one hub a spoke does not reach: the first ones (or all), their ids, and how many. */
    private record Unreached(HubSpokes hub, List<Element> named, Set<String> namedIds, int count) {

        static Unreached of(HubSpokes hub, List<Element> named, int count) {
            if (named.isEmpty()) {
                return new Unreached(hub, named, Set.of(), count);
            }
            Set<String> ids = new HashSet<>();
            named.forEach(e -> ids.add(e.id()));
            return new Unreached(hub, named, ids, count);
        }

        /** Whether the spoke reaches {@code other} through this hub (only meaningful when all are named). */
        boolean reaches(Element other) {
            return hub.ids().contains(other.id()) && !namedIds.contains(other.id());
        }
    }

    /** The spokes of one hub that do not reach all the others, and whether the design means them to. */
    private static final class HubReport {
        final Element hub;
        final List<Element> isolated = new ArrayList<>();

        HubReport(Element hub) {
            this.hub = hub;
        }
    }

    /**
     * Works out, spoke by spoke, which other spokes each one fails to reach, and reports once per hub: the spokes
     * that miss some of their siblings, as a note, or as a warning where the design shows it means spokes to talk
     * (a route to another spoke's prefix, or a direct peering between spokes).
     */
    static void check(Facts f, Reporter out) {
        Map<String, HubSpokes> byHub = new HashMap<>();
        Map<String, HubReport> reports = new LinkedHashMap<>();
        SpokeRoutes.Homes homes = new SpokeRoutes.Homes(f);
        for (Element spoke : f.spokes()) {
            List<Element> hubs = f.hubsOf(spoke);
            List<ApplianceRoute> routes = SpokeRoutes.transitRoutes(f, spoke, homes);
            int limit = hubs.size() == 1 ? 1 : Integer.MAX_VALUE;
            List<Unreached> perHub = new ArrayList<>();
            for (Element hub : hubs) {
                HubSpokes members = byHub.computeIfAbsent(hub.id(), k -> HubSpokes.of(f, hub));
                perHub.add(unreached(f, spoke, members, blocksThrough(hub, routes), limit));
            }
            boolean isolated;
            if (hubs.size() == 1) {
                isolated = perHub.get(0).count() > 0;
            } else {
                Map<String, Element> all = new LinkedHashMap<>();
                perHub.forEach(u -> u.named().forEach(e -> all.putIfAbsent(e.id(), e)));
                all.values().removeIf(other -> perHub.stream().anyMatch(u -> u.reaches(other)));
                isolated = !all.isEmpty();
            }
            if (isolated) {
                reports.computeIfAbsent(hubs.get(0).id(), k -> new HubReport(hubs.get(0))).isolated.add(spoke);
            }
        }
        for (HubReport report : reports.values()) {
            HubSpokes members = byHub.get(report.hub.id());
            boolean intent = f.spokesOf(report.hub).stream().anyMatch(s -> showsIntent(f, s, members));
            report(out, report, intent);
        }
    }

    /**
     * Whether a spoke shows that spokes are meant to talk: a direct peering with another spoke of the hub, or a
     * route (other than a default route) to a prefix inside another spoke's address space.
     */
    private static boolean showsIntent(Facts f, Element spoke, HubSpokes hub) {
        for (PeeringLink link : f.peeringsOf(spoke)) {
            if (hub.ids().contains(link.other(spoke.id()).id())) {
                return true;
            }
        }
        for (Element subnet : f.subnets(spoke)) {
            for (dev.hybridnet.model.Route route : SpokeRoutes.routes(subnet)) {
                if (route.addressPrefix().getNetworkPrefixLength() == 0
                        || route.nextHopType() == dev.hybridnet.model.NextHopType.NONE) {
                    continue;
                }
                if (hub.spaces().firstOverlapping(route.addressPrefix(), e -> !e.id().equals(spoke.id()))
                        .isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The outermost prefixes a spoke routes to a firewall or NVA in {@code hub}, sorted and disjoint. */
    private static List<AddressRange<ApplianceRoute>> blocksThrough(Element hub, List<ApplianceRoute> routes) {
        List<AddressRange<ApplianceRoute>> ranges = new ArrayList<>();
        for (ApplianceRoute r : routes) {
            if (r.applianceVnet().id().equals(hub.id())) {
                ranges.add(AddressRange.of(r.prefix(), r));
            }
        }
        return PrefixSet.outermost(ranges);
    }

    /**
     * The spokes of {@code hub} that {@code spoke} reaches neither through a route nor over a direct peering
     * (created on both sides): up to {@code limit} by name, and their number.
     */
    private static Unreached unreached(Facts f, Element spoke, HubSpokes hub,
            List<AddressRange<ApplianceRoute>> blocks, int limit) {
        List<List<AddressRange<Element>>> runs = hub.spaces().outside(blocks);
        int outside = 0;
        for (int i = 0; i < runs.size(); i++) {
            outside += runs.get(i).size();
        }
        if (outside == 0) {
            return Unreached.of(hub, List.of(), 0);
        }
        Set<String> skip = new HashSet<>();
        skip.add(spoke.id());
        f.peeringsOf(spoke).stream().filter(PeeringLink::bothSides).forEach(l -> skip.add(l.other(spoke.id()).id()));
        Map<String, Element> found = new LinkedHashMap<>();
        boolean enough = false;
        for (int i = 0; i < runs.size() && !enough; i++) {
            for (AddressRange<Element> space : runs.get(i)) {
                if (!skip.contains(space.owner().id())) {
                    found.putIfAbsent(space.owner().id(), space.owner());
                }
                if (hub.simple() && found.size() >= limit) {
                    enough = true;
                    break;
                }
            }
        }
        int count = hub.simple() ? outside - outsideAmong(f, hub, skip, blocks) : found.size();
        List<Element> named = List.copyOf(found.values());
        return Unreached.of(hub, named.subList(0, Math.min(limit, named.size())), count);
    }

    /** How many of the (single) spaces of the skipped spokes lie outside the blocks. */
    private static int outsideAmong(Facts f, HubSpokes hub, Set<String> skipped,
            List<AddressRange<ApplianceRoute>> blocks) {
        int count = 0;
        for (String id : skipped) {
            if (hub.ids().contains(id)) {
                for (IPAddress space : f.spaces(f.element(id))) {
                    if (blocks.stream().noneMatch(b -> AddressRange.contains(b.prefix(), space))) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private static void report(Reporter out, HubReport report, boolean intent) {
        List<Element> spokes = report.isolated;
        String hub = label(report.hub);
        List<String> ids = new ArrayList<>();
        ids.add(report.hub.id());
        spokes.forEach(s -> ids.add(s.id()));
        String who = spokes.size() == 1 ? label(spokes.get(0)) + " does not reach the other spokes of " + hub
                : spokes.size() + " spokes of " + hub + " (" + Names.some(spokes, NAMED) + ") do not reach each "
                        + "other";
        if (intent) {
            out.report(Severity.WARNING, who + ", though the design routes or peers spokes to each other: peering "
                    + "through the hub is not transitive", ids, Optional.of("Peer the spokes directly, or route "
                    + "their address spaces to a firewall, NVA or the VPN gateway in " + hub + "."));
        } else {
            out.report(Severity.INFO, who + "; peering through the hub is not transitive, so the spokes are "
                    + "isolated from each other. If they should talk, peer them directly or route their address "
                    + "spaces to a firewall, NVA or the VPN gateway in " + hub, ids, Optional.empty());
        }
    }

    /**
     * Address prefixes with owners, sorted by version, start and (widest first) end, and indexed by exact block,
     * so that the entries inside a prefix and the entries around it are found in logarithmic time.
     */
    static final class PrefixSet<T> {

        private static final Comparator<AddressRange<?>> ORDER = AddressRange.ORDER;

        private final List<AddressRange<T>> sorted;
        private final Map<Object, List<T>> byBlock = new HashMap<>();

        PrefixSet(List<AddressRange<T>> ranges) {
            sorted = new ArrayList<>(ranges);
            sorted.sort(ORDER);
            for (AddressRange<T> r : sorted) {
                byBlock.computeIfAbsent(r.blockKey(), k -> new ArrayList<>()).add(r.owner());
            }
        }

        /** The entries inside {@code block}, the block itself included. */
        List<AddressRange<T>> within(AddressRange<?> block) {
            int start = start(block);
            int end = end(block);
            return start < end ? sorted.subList(start, end) : List.of();
        }

        /** The first entry at or after {@code block} in sort order: the first that may lie inside it. */
        private int start(AddressRange<?> block) {
            return firstIndex(r -> ORDER.compare(r, block) >= 0);
        }

        /** The first entry that starts after {@code block}. */
        private int end(AddressRange<?> block) {
            return firstIndex(r -> r.version() > block.version()
                    || r.version() == block.version() && r.startsAfter(block));
        }

        /** The first owner, in a fixed order, {@code accept}ed among the entries that share addresses with it. */
        Optional<T> firstOverlapping(IPAddress prefix, Predicate<T> accept) {
            for (AddressRange<T> r : within(AddressRange.of(prefix, prefix))) {
                if (accept.test(r.owner())) {
                    return Optional.of(r.owner());
                }
            }
            return firstAround(prefix, accept);
        }

        /** Entries strictly containing {@code prefix}: one lookup per shorter length. */
        private Optional<T> firstAround(IPAddress prefix, Predicate<T> accept) {
            for (int l = prefix.getNetworkPrefixLength() - 1; l >= 0; l--) {
                for (T owner : byBlock.getOrDefault(AddressRange.blockKey(prefix, l), List.of())) {
                    if (accept.test(owner)) {
                        return Optional.of(owner);
                    }
                }
            }
            return Optional.empty();
        }

        /**
         * The runs of entries inside none of {@code blocks}, which must be sorted and disjoint (as
         * {@link #outermost} returns them): two binary searches per block, however many entries there are.
         */
        List<List<AddressRange<T>>> outside(List<? extends AddressRange<?>> blocks) {
            List<List<AddressRange<T>>> runs = new ArrayList<>();
            int next = 0;
            for (AddressRange<?> block : blocks) {
                int start = start(block);
                if (start > next) {
                    runs.add(sorted.subList(next, start));
                }
                next = Math.max(next, end(block));
            }
            if (next < sorted.size()) {
                runs.add(sorted.subList(next, sorted.size()));
            }
            return runs;
        }

        /** The widest of {@code ranges}: those not inside another, which (being CIDR blocks) do not overlap. */
        static <T> List<AddressRange<T>> outermost(List<AddressRange<T>> ranges) {
            List<AddressRange<T>> in = new ArrayList<>(ranges);
            in.sort(ORDER);
            List<AddressRange<T>> result = new ArrayList<>();
            AddressRange<T> last = null;
            for (AddressRange<T> r : in) {
                if (last == null || last.version() != r.version() || r.compareHigh(last) > 0) {
                    result.add(r);
                    last = r;
                }
            }
            return result;
        }

        private int firstIndex(Predicate<AddressRange<T>> reached) {
            int lo = 0;
            int hi = sorted.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (reached.test(sorted.get(mid))) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }
    }
}
