package dev.hybridnet.validation;

import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.NetworkRole;
import dev.hybridnet.model.NextHopType;
import dev.hybridnet.model.PeeringDirection;
import dev.hybridnet.model.Route;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which VNets are hubs and which are spokes. A declared {@code role} wins. Otherwise a VNet is a hub on the
 * evidence real designs carry, strongest first:
 * <ol>
 * <li>it offers gateway transit to a peer, or a peer uses its gateway as remote gateway;</li>
 * <li>a peered VNet routes traffic to a firewall, NVA, load balancer or gateway in it;</li>
 * <li>it holds shared services (a gateway, firewall, NVA, Bastion or Route Server, or one of their reserved
 * subnets) and is peered with two or more VNets, or with a VNet that holds none;</li>
 * <li>it is peered with two or more VNets and has more peerings than each of them (the centre of a star).</li>
 * </ol>
 * Evidence 3 and 4 do not make a hub of a VNet that itself behaves as a spoke: one that uses a remote gateway, or
 * routes to an appliance in a peer. A spoke is a VNet peered with a hub that is not a hub itself: a VNet that is
 * not peered with a hub is not a spoke, whatever its name or role.
 */
final class Roles {

    /** Subnets that only a hub's shared services need. */
    private static final Set<String> SERVICE_SUBNETS = Set.of(GatewayRules.GATEWAY_SUBNET, "AzureFirewallSubnet",
            "AzureBastionSubnet", "RouteServerSubnet", ServiceSubnetRules.FIREWALL_MANAGEMENT_SUBNET);

    private final Set<String> hubIds = new HashSet<>();
    private final List<Element> hubs = new ArrayList<>();
    private final Set<String> spokeIds = new HashSet<>();
    private final List<Element> spokes = new ArrayList<>();

    Roles(Facts facts) {
        List<Element> vnets = facts.elements(ElementKind.VIRTUAL_NETWORK);
        Set<String> routedTo = new HashSet<>();
        Set<String> routesAway = new HashSet<>();
        Set<String> services = new HashSet<>();
        // Evidence is needed only where a peered VNet does not declare its role (generated and hand-made designs
        // often declare every role, and then the routes need not be read here).
        boolean inferring = vnets.stream().anyMatch(v -> !facts.peeringsOf(v).isEmpty()
                && facts.declaredRole(v).isEmpty());
        for (Element vnet : inferring ? vnets : List.<Element>of()) {
            if (!facts.peeringsOf(vnet).isEmpty()) {
                routeEvidence(facts, vnet, routedTo, routesAway);
                if (hasServices(facts, vnet)) {
                    services.add(vnet.id());
                }
            }
        }
        for (Element vnet : vnets) {
            if (looksLikeHub(facts, vnet, routedTo, routesAway, services)) {
                hubIds.add(vnet.id());
                hubs.add(vnet);
            }
        }
        for (Element vnet : vnets) {
            if (!hubIds.contains(vnet.id()) && facts.peersOf(vnet).stream().anyMatch(p -> hubIds.contains(p.id()))) {
                spokeIds.add(vnet.id());
                spokes.add(vnet);
            }
        }
    }

    /**
     * Records, for the routes of {@code vnet}'s subnets, which peered VNet each next hop is in ({@code routedTo})
     * and that {@code vnet} sends traffic to a peer ({@code routesAway}).
     */
    private static void routeEvidence(Facts facts, Element vnet, Set<String> routedTo, Set<String> routesAway) {
        Set<Element> peers = facts.peersOf(vnet);
        for (Element subnet : facts.subnets(vnet)) {
            for (Route route : SpokeRoutes.routes(subnet)) {
                if (route.nextHopType() != NextHopType.VIRTUAL_APPLIANCE
                        && route.nextHopType() != NextHopType.VIRTUAL_NETWORK_GATEWAY) {
                    continue;
                }
                Optional<Element> hopVnet = SpokeRoutes.hop(facts, route).flatMap(facts::vnetOf);
                if (hopVnet.isPresent() && peers.contains(hopVnet.get())) {
                    routedTo.add(hopVnet.get().id());
                    routesAway.add(vnet.id());
                }
            }
        }
    }

    private static boolean hasServices(Facts facts, Element vnet) {
        for (ElementKind kind : List.of(ElementKind.VPN_GATEWAY, ElementKind.EXPRESSROUTE_GATEWAY,
                ElementKind.AZURE_FIREWALL, ElementKind.NETWORK_VIRTUAL_APPLIANCE, ElementKind.BASTION,
                ElementKind.ROUTE_SERVER)) {
            if (!facts.inside(vnet, kind).isEmpty()) {
                return true;
            }
        }
        return facts.subnets(vnet).stream().anyMatch(s -> SERVICE_SUBNETS.contains(s.name()));
    }

    private static boolean looksLikeHub(Facts facts, Element vnet, Set<String> routedTo, Set<String> routesAway,
            Set<String> services) {
        Optional<NetworkRole> declared = facts.declaredRole(vnet);
        if (declared.isPresent()) {
            return declared.get() == NetworkRole.HUB;
        }
        List<PeeringLink> links = facts.peeringsOf(vnet);
        if (links.isEmpty()) {
            return false;
        }
        boolean offersTransit = links.stream().anyMatch(link ->
                link.sideOf(vnet.id()).map(PeeringDirection::allowGatewayTransit).orElse(false)
                        || link.sideFacing(vnet.id()).map(PeeringDirection::useRemoteGateways).orElse(false));
        if (offersTransit || routedTo.contains(vnet.id())) {
            return true;
        }
        boolean actsAsSpoke = routesAway.contains(vnet.id()) || links.stream().anyMatch(link ->
                link.sideOf(vnet.id()).map(PeeringDirection::useRemoteGateways).orElse(false));
        if (actsAsSpoke) {
            return false;
        }
        Set<Element> peers = facts.peersOf(vnet);
        if (services.contains(vnet.id())
                && (peers.size() >= 2 || peers.stream().anyMatch(p -> !services.contains(p.id())))) {
            return true;
        }
        return peers.size() >= 2 && peers.stream().allMatch(p -> facts.peersOf(p).size() < peers.size());
    }

    boolean isHub(String id) {
        return hubIds.contains(id);
    }

    boolean isSpoke(String id) {
        return spokeIds.contains(id);
    }

    List<Element> hubs() {
        return List.copyOf(hubs);
    }

    List<Element> spokes() {
        return List.copyOf(spokes);
    }
}
