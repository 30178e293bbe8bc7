package dev.hybridnet.validation;

import static dev.hybridnet.validation.Facts.label;

import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.NextHopType;
import dev.hybridnet.model.PeeringDirection;
import dev.hybridnet.model.Route;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * User-defined routes through a firewall or NVA: where their next hops are (hs-udr-to-firewall) and whether the
 * NVAs they name forward (nva-ip-forwarding). Also the route reading that {@link SpokeReachability} and
 * {@link ForwardedTraffic} share.
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

    /**
     * A firewall or NVA, or an internal load balancer, which as a VirtualAppliance next hop stands for the NVAs
     * behind it (the highly available NVA pattern: the route names the load balancer's frontend).
     */
    static boolean isAppliance(Element e) {
        return e.kind() == ElementKind.AZURE_FIREWALL || e.kind() == ElementKind.NETWORK_VIRTUAL_APPLIANCE
                || e.kind() == ElementKind.LOAD_BALANCER;
    }

    /** The element a route names as its next hop, if it names one that is in the diagram. */
    static Optional<Element> hop(Facts f, Route route) {
        return route.nextHop().flatMap(id -> f.diagram().element(id));
    }

    /**
     * The VPN gateway a VirtualNetworkGateway route of {@code vnet} sends its traffic to: the one it names, else
     * the VNet's own, else the gateway of the peer whose gateway it uses.
     */
    static Optional<Element> gatewayHop(Facts f, Element vnet, Route route) {
        Optional<Element> named = hop(f, route).filter(e -> e.kind() == ElementKind.VPN_GATEWAY);
        if (named.isPresent() || route.nextHop().isPresent()) {
            return named;
        }
        List<Element> own = f.inside(vnet, ElementKind.VPN_GATEWAY);
        if (!own.isEmpty()) {
            return Optional.of(own.get(0));
        }
        for (PeeringLink link : f.peeringsOf(vnet)) {
            if (link.sideOf(vnet.id()).map(PeeringDirection::useRemoteGateways).orElse(false)) {
                List<Element> remote = f.inside(link.other(vnet.id()), ElementKind.VPN_GATEWAY);
                if (!remote.isEmpty()) {
                    return Optional.of(remote.get(0));
                }
            }
        }
        return Optional.empty();
    }

    /** A subnet's readable routes; unreadable routes are a property rule's finding. */
    static List<Route> routes(Element subnet) {
        return subnet.props().read(Keys.ROUTES).orElse(List.of());
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

    /**
     * The routes that carry a VNet's traffic on through another VNet: its appliance routes, and its
     * VirtualNetworkGateway routes with the VPN gateway they reach (which forwards between the VNets that share
     * it, as the hub's gateway does for its spokes).
     */
    static List<ApplianceRoute> transitRoutes(Facts f, Element vnet, Homes homes) {
        List<ApplianceRoute> result = applianceRoutes(f, vnet, homes);
        for (Element subnet : f.subnets(vnet)) {
            for (Route route : routes(subnet)) {
                if (route.nextHopType() == NextHopType.VIRTUAL_NETWORK_GATEWAY) {
                    gatewayHop(f, vnet, route).ifPresent(g -> homes.of(g)
                            .ifPresent(home -> result.add(new ApplianceRoute(vnet, subnet, route, g, home))));
                }
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
        if (route.nextHop().isEmpty()) {
            out.report(Severity.INFO, routes(subnet, vnet, route) + " to a virtual appliance the design does not name; not checked: "
                    + "that the appliance exists and is reachable", List.of(subnet.id()),
                    Optional.of("Set " + Keys.NEXT_HOP + " to the firewall, NVA or load balancer."));
            return;
        }
        Optional<Element> hop = f.diagram().element(route.nextHop().get());
        if (hop.isEmpty()) {
            out.report(routes(subnet, vnet, route) + " to '" + route.nextHop().get() + "', which is not in the diagram", subnet);
            return;
        }
        Element appliance = hop.get();
        if (appliance.kind() == ElementKind.VIRTUAL_MACHINE) {
            // Azure takes any address as a VirtualAppliance next hop: a VM that forwards is an NVA drawn as a VM.
            out.report(Severity.WARNING, routes(subnet, vnet, route) + " to " + label(appliance) + ", a virtual machine; if it forwards "
                    + "traffic it is a network virtual appliance: draw it as one, so that its IP forwarding can be "
                    + "checked", List.of(subnet.id(), appliance.id()), Optional.of("Replace " + label(appliance)
                    + " with a network virtual appliance."));
            return;
        }
        if (!isAppliance(appliance)) {
            out.report(routes(subnet, vnet, route) + " to " + label(appliance) + ", a " + appliance.kind().id() + "; a VirtualAppliance "
                    + "next hop must be an Azure Firewall, a network virtual appliance or an internal load balancer "
                    + "in front of appliances", subnet, appliance);
            return;
        }
        Optional<Element> home = homes.of(appliance);
        Set<String> reachable = peers.computeIfAbsent(vnet.id(), k -> peerIds(f, vnet));
        if (home.isPresent() && (home.get().id().equals(vnet.id()) || reachable.contains(home.get().id()))) {
            return;
        }
        out.report(routes(subnet, vnet, route) + " to " + label(appliance) + home.map(h -> " in " + label(h)).orElse("") + ", which is "
                + "neither in " + label(vnet) + " nor in a VNet peered with it", subnet, appliance);
    }

    /** The start of a finding about a route: which subnet of which VNet routes which prefix. */
    private static String routes(Element subnet, Element vnet, Route route) {
        return "Subnet " + label(subnet) + " of " + label(vnet) + " routes " + route.addressPrefix();
    }

    private static Set<String> peerIds(Facts f, Element vnet) {
        Set<String> ids = new HashSet<>();
        f.peeringsOf(vnet).forEach(link -> ids.add(link.other(vnet.id()).id()));
        return ids;
    }

    /**
     * nva-ip-forwarding: an NVA that a route sends traffic to (directly, or as a backend of the load balancer the
     * route names, that is an NVA in the load balancer's subnet) drops it when IP forwarding is off.
     */
    static void ipForwarding(Facts f, Reporter out) {
        Map<String, List<String>> routedBy = new LinkedHashMap<>();
        for (Element vnet : f.elements(ElementKind.VIRTUAL_NETWORK)) {
            for (Element subnet : f.subnets(vnet)) {
                for (Route route : routes(subnet)) {
                    if (route.nextHopType() != NextHopType.VIRTUAL_APPLIANCE) {
                        continue;
                    }
                    Optional<Element> hop = hop(f, route);
                    if (hop.isEmpty()) {
                        continue;
                    }
                    for (Element nva : forwarders(f, hop.get())) {
                        if (!nva.props().read(Keys.IP_FORWARDING).orElse(true)) {
                            List<String> subnets = routedBy.computeIfAbsent(nva.id(), k -> new ArrayList<>());
                            if (!subnets.contains(subnet.id())) {
                                subnets.add(subnet.id());
                            }
                        }
                    }
                }
            }
        }
        routedBy.forEach((id, subnets) -> {
            Element nva = f.element(id);
            List<String> ids = new ArrayList<>(List.of(nva.id()));
            ids.addAll(subnets);
            String from = subnets.size() == 1 ? "subnet " + label(f.element(subnets.get(0)))
                    : subnets.size() + " subnets";
            out.report("Network virtual appliance " + label(nva) + " has IP forwarding off, but " + from + " route"
                    + (subnets.size() == 1 ? "s" : "") + " traffic through it; it drops traffic not addressed to "
                    + "itself", ids, "Turn IP forwarding on for " + label(nva) + ".");
        });
    }

    /** The NVAs a next hop stands for: the NVA itself, or the NVAs beside a load balancer in its subnet. */
    private static List<Element> forwarders(Facts f, Element hop) {
        if (hop.kind() == ElementKind.NETWORK_VIRTUAL_APPLIANCE) {
            return List.of(hop);
        }
        if (hop.kind() == ElementKind.LOAD_BALANCER) {
            return f.parent(hop).map(s -> f.children(s).stream()
                    .filter(e -> e.kind() == ElementKind.NETWORK_VIRTUAL_APPLIANCE).toList()).orElse(List.of());
        }
        return List.of();
    }
}
