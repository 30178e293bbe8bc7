package dev.hybridnet.validation;

import static dev.hybridnet.validation.Facts.label;

import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.PeeringDirection;
import dev.hybridnet.validation.SpokeReachability.PrefixSet;
import dev.hybridnet.validation.SpokeRoutes.ApplianceRoute;
import dev.hybridnet.validation.SpokeRoutes.Homes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * hs-allow-forwarded: traffic that a hub's firewall or NVA forwards between spokes crosses a peering only where the
 * receiving side allows forwarded traffic. Errors where a route through the hub needs it, one warning per hub for
 * the other refusing sides.
 */
final class ForwardedTraffic {

    private ForwardedTraffic() {
    }

    /**
     * Errors where a route through a hub appliance needs forwarded traffic that a spoke's peering side refuses;
     * otherwise, when the hub has a firewall, NVA or load balancer that could forward, one warning per hub naming
     * the spokes' peering sides that refuse forwarded traffic (a hub without one forwards nothing, so says nothing;
     * the hub's own sides receive only what the spokes send from their own addresses).
     */
    static void check(Facts f, Reporter out) {
        Homes homes = new Homes(f);
        for (Element hub : f.hubs()) {
            List<PeeringLink> links = f.peeringsOf(hub).stream().filter(l -> f.isSpoke(l.other(hub.id()))).toList();
            Set<String> errors = forwardingErrors(f, out, hub, links, homes);
            if (!forwards(f, hub)) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            List<String> sides = new ArrayList<>();
            for (PeeringLink link : links) {
                for (Element end : List.of(link.other(hub.id()))) {
                    Optional<PeeringDirection> side = link.sideOf(end.id());
                    if (side.isPresent() && !side.get().allowForwardedTraffic()
                            && !errors.contains(sideKey(link, end))) {
                        ids.add(link.connection().id());
                        ids.add(end.id());
                        sides.add(label(end) + "'s side of " + link.connection().id());
                    }
                }
            }
            if (sides.isEmpty()) {
                continue;
            }
            String listed = sides.size() <= SpokeReachability.NAMED ? String.join(", ", sides)
                    : String.join(", ", sides.subList(0, SpokeReachability.NAMED)) + " and "
                            + (sides.size() - SpokeReachability.NAMED) + " more";
            out.report(Severity.WARNING, (sides.size() == 1 ? listed + " does" : sides.size() + " sides of "
                    + label(hub) + "'s spoke peerings (" + listed + ") do") + " not allow forwarded traffic; "
                    + "traffic forwarded by a firewall or NVA in " + label(hub) + " cannot cross "
                    + (sides.size() == 1 ? "it" : "them"), ids,
                    Optional.of(sides.size() == 1 ? "Allow forwarded traffic on " + sides.get(0) + "."
                            : "Allow forwarded traffic on these peering sides."));
        }
    }

    /** Whether a hub holds something that forwards traffic between its spokes. */
    private static boolean forwards(Facts f, Element hub) {
        return !f.inside(hub, ElementKind.AZURE_FIREWALL).isEmpty()
                || !f.inside(hub, ElementKind.NETWORK_VIRTUAL_APPLIANCE).isEmpty()
                || !f.inside(hub, ElementKind.LOAD_BALANCER).isEmpty();
    }


    /**
     * Errors for spokes of {@code hub} whose own peering side refuses forwarded traffic while another spoke routes
     * (part of) their address space through a firewall or NVA in the hub; returns the sides reported. The routes
     * are indexed once, then each such spoke looks up one route that reaches it.
     */
    private static Set<String> forwardingErrors(Facts f, Reporter out, Element hub, List<PeeringLink> links,
            Homes homes) {
        Map<String, PeeringLink> closed = new LinkedHashMap<>();
        Map<String, Element> spokes = new LinkedHashMap<>();
        for (PeeringLink link : links) {
            Element spoke = link.other(hub.id());
            spokes.putIfAbsent(spoke.id(), spoke);
            Optional<PeeringDirection> side = link.sideOf(spoke.id());
            if (side.isPresent() && !side.get().allowForwardedTraffic()) {
                closed.putIfAbsent(spoke.id(), link);
            }
        }
        Set<String> reported = new HashSet<>();
        if (closed.isEmpty()) {
            return reported;
        }
        PrefixSet<ApplianceRoute> routes = new PrefixSet<>(routesThrough(f, hub, spokes.values(), homes));
        for (PeeringLink link : closed.values()) {
            Element receiver = link.other(hub.id());
            f.spaces(receiver).stream()
                    .flatMap(space -> routes.firstOverlapping(space, r -> !r.source().id().equals(receiver.id()))
                            .stream())
                    .findFirst().ifPresent(r -> {
                        reported.add(sideKey(link, receiver));
                        reportDropped(out, r, receiver, link);
                    });
        }
        return reported;
    }

    /**
     * The routes of {@code spokes}, and of the hub's own subnets (a GatewaySubnet route that sends on-premises
     * traffic for a spoke through the hub firewall), to a firewall or NVA in {@code hub}, default routes left out
     * (decision 2).
     */
    private static List<AddressRange<ApplianceRoute>> routesThrough(Facts f, Element hub, Collection<Element> spokes,
            Homes homes) {
        List<AddressRange<ApplianceRoute>> result = new ArrayList<>();
        List<Element> sources = new ArrayList<>(spokes);
        sources.add(hub);
        for (Element spoke : sources) {
            for (ApplianceRoute r : SpokeRoutes.applianceRoutes(f, spoke, homes)) {
                if (r.applianceVnet().id().equals(hub.id()) && r.prefix().getNetworkPrefixLength() > 0) {
                    result.add(AddressRange.of(r.prefix(), r));
                }
            }
        }
        return result;
    }

    private static void reportDropped(Reporter out, ApplianceRoute r, Element receiver, PeeringLink link) {
        Element hub = r.applianceVnet();
        out.report(Severity.ERROR, label(r.source()) + " routes " + r.prefix() + " to " + label(r.appliance())
                + " in " + label(hub) + ", but " + label(receiver) + "'s side of " + link.connection().id()
                + " does not allow forwarded traffic, so " + label(receiver) + " drops what the appliance forwards "
                + "to it", Reporter.ids(link.connection(), receiver, hub, r.source()),
                Optional.of(allowHint(link, receiver)));
    }

    private static String allowHint(PeeringLink link, Element end) {
        return "Allow forwarded traffic on " + label(end) + "'s side of " + link.connection().id() + ".";
    }

    private static String sideKey(PeeringLink link, Element end) {
        return link.connection().id() + '\n' + end.id();
    }
}
