package dev.hybridnet.validation;

import static dev.hybridnet.validation.Facts.label;

import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.NextHopType;
import dev.hybridnet.model.PeeringDirection;
import dev.hybridnet.model.Route;
import dev.hybridnet.validation.SpokeReachability.PrefixSet;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * User-defined routes through a firewall or NVA: where their next hops are (hs-udr-to-firewall) and whether the
 * peerings let the forwarded traffic in (hs-allow-forwarded). Also the route reading {@link SpokeReachability}
 * shares.
 */
final class SpokeRoutes {

    private SpokeRoutes() {
    }

    /** A route of a subnet of {@code source} whose next hop is a firewall or NVA in {@code applianceVnet}. */
    record ApplianceRoute(Element source, Element subnet, Route route, Element appliance, Element applianceVnet) {

        IPAddress prefix() {
            return route.addressPrefix();
        }
    }

    /**
     * The VNet each next hop is in, looked up once per appliance within one check (routes are many, appliances
     * few).
     */
    static final class Homes {

        private final Facts facts;
        private final Map<String, Optional<Element>> byId = new HashMap<>();

        Homes(Facts facts) {
            this.facts = facts;
        }

        Optional<Element> of(Element appliance) {
            return byId.computeIfAbsent(appliance.id(), k -> facts.vnetOf(appliance));
        }
    }

    static boolean isAppliance(Element e) {
        return e.kind() == ElementKind.AZURE_FIREWALL || e.kind() == ElementKind.NETWORK_VIRTUAL_APPLIANCE;
    }

    /** A subnet's readable routes; unreadable routes are a property rule's finding. */
    static List<Route> routes(Element subnet) {
        return subnet.props().routes("routes").orElse(List.of());
    }

    /** The VirtualAppliance routes of a VNet's subnets whose next hop is a firewall or NVA inside some VNet. */
    static List<ApplianceRoute> applianceRoutes(Facts f, Element vnet, Homes homes) {
        List<ApplianceRoute> result = new ArrayList<>();
        for (Element subnet : f.subnets(vnet)) {
            for (Route route : routes(subnet)) {
                if (route.nextHopType() != NextHopType.VIRTUAL_APPLIANCE || route.nextHop().isEmpty()) {
                    continue;
                }
                f.diagram().element(route.nextHop().get()).filter(SpokeRoutes::isAppliance).ifPresent(a -> homes.of(a)
                        .ifPresent(home -> result.add(new ApplianceRoute(vnet, subnet, route, a, home))));
            }
        }
        return result;
    }

    static void udrToFirewall(Facts f, Reporter out) {
        Homes homes = new Homes(f);
        Map<String, Set<String>> peers = new HashMap<>();
        for (Element vnet : f.elements(ElementKind.VIRTUAL_NETWORK)) {
            for (Element subnet : f.subnets(vnet)) {
                for (Route route : routes(subnet)) {
                    if (route.nextHopType() == NextHopType.VIRTUAL_APPLIANCE) {
                        checkHop(f, out, subnet, vnet, route, homes, peers);
                    }
                }
            }
        }
    }

    private static void checkHop(Facts f, Reporter out, Element subnet, Element vnet, Route route, Homes homes,
            Map<String, Set<String>> peers) {
        String routes = "Subnet " + label(subnet) + " of " + label(vnet) + " routes " + route.addressPrefix();
        if (route.nextHop().isEmpty()) {
            out.report(routes + " to a virtual appliance without naming it; set nextHop to the firewall or NVA",
                    subnet);
            return;
        }
        Optional<Element> hop = f.diagram().element(route.nextHop().get());
        if (hop.isEmpty()) {
            out.report(routes + " to '" + route.nextHop().get() + "', which is not in the diagram", subnet);
            return;
        }
        Element appliance = hop.get();
        if (!isAppliance(appliance)) {
            out.report(routes + " to " + label(appliance) + ", a " + appliance.kind().id() + "; a VirtualAppliance "
                    + "next hop must be an Azure Firewall or a network virtual appliance", subnet, appliance);
            return;
        }
        Optional<Element> home = homes.of(appliance);
        Set<String> reachable = peers.computeIfAbsent(vnet.id(), k -> peerIds(f, vnet));
        if (home.isPresent() && (home.get().id().equals(vnet.id()) || reachable.contains(home.get().id()))) {
            return;
        }
        out.report(routes + " to " + label(appliance) + home.map(h -> " in " + label(h)).orElse("") + ", which is "
                + "neither in " + label(vnet) + " nor in a VNet peered with it", subnet, appliance);
    }

    private static Set<String> peerIds(Facts f, Element vnet) {
        Set<String> ids = new HashSet<>();
        f.peeringsOf(vnet).forEach(link -> ids.add(link.other(vnet.id()).id()));
        return ids;
    }

    /** Warns on hub-spoke peering sides without forwarded traffic; errors where a firewall route needs it. */
    static void allowForwarded(Facts f, Reporter out) {
        Homes homes = new Homes(f);
        for (Element hub : f.hubs()) {
            List<PeeringLink> links = f.peeringsOf(hub).stream().filter(l -> f.isSpoke(l.other(hub.id()))).toList();
            Set<String> errors = forwardingErrors(f, out, hub, links, homes);
            for (PeeringLink link : links) {
                for (Element end : List.of(link.from(), link.to())) {
                    Optional<PeeringDirection> side = link.sideOf(end.id());
                    if (side.isPresent() && !side.get().allowForwardedTraffic()
                            && !errors.contains(sideKey(link, end))) {
                        Element spoke = link.other(hub.id());
                        out.report(Severity.WARNING, label(end) + "'s side of " + link.connection().id() + " between "
                                + label(hub) + " and " + label(spoke) + " does not allow forwarded traffic; traffic "
                                + "forwarded by a firewall or NVA in the hub cannot cross it",
                                Reporter.ids(link.connection(), end), Optional.of(allowHint(link, end)));
                    }
                }
            }
        }
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

    /** The routes of {@code spokes} to a firewall or NVA in {@code hub}, default routes left out (decision 2). */
    private static List<AddressRange<ApplianceRoute>> routesThrough(Facts f, Element hub, Collection<Element> spokes,
            Homes homes) {
        List<AddressRange<ApplianceRoute>> result = new ArrayList<>();
        for (Element spoke : spokes) {
            for (ApplianceRoute r : applianceRoutes(f, spoke, homes)) {
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
