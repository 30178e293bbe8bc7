package dev.hybridnet.validation;

import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.NetworkRole;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which VNets are hubs and which are spokes. A declared {@code role} wins; otherwise a VNet is a hub when a
 * peering offers gateway transit from it (or its peer uses it as remote gateway), or when it holds a gateway,
 * firewall or NVA and is peered with two or more VNets. A spoke is a VNet peered with a hub that is not a hub
 * itself: a VNet that is not peered with a hub is not a spoke, whatever its name or role.
 */
final class Roles {

    private final Set<String> hubIds = new HashSet<>();
    private final List<Element> hubs = new ArrayList<>();
    private final Set<String> spokeIds = new HashSet<>();
    private final List<Element> spokes = new ArrayList<>();

    Roles(Facts facts) {
        List<Element> vnets = facts.elements(ElementKind.VIRTUAL_NETWORK);
        for (Element vnet : vnets) {
            if (looksLikeHub(facts, vnet)) {
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

    private static boolean looksLikeHub(Facts facts, Element vnet) {
        Optional<NetworkRole> declared = facts.declaredRole(vnet);
        if (declared.isPresent()) {
            return declared.get() == NetworkRole.HUB;
        }
        boolean offersTransit = facts.peeringsOf(vnet).stream().anyMatch(link ->
                link.sideOf(vnet.id()).map(d -> d.allowGatewayTransit()).orElse(false)
                        || link.sideFacing(vnet.id()).map(d -> d.useRemoteGateways()).orElse(false));
        if (offersTransit) {
            return true;
        }
        boolean sharedServices = !facts.inside(vnet, ElementKind.VPN_GATEWAY).isEmpty()
                || !facts.inside(vnet, ElementKind.EXPRESSROUTE_GATEWAY).isEmpty()
                || !facts.inside(vnet, ElementKind.AZURE_FIREWALL).isEmpty()
                || !facts.inside(vnet, ElementKind.NETWORK_VIRTUAL_APPLIANCE).isEmpty();
        return sharedServices && facts.peersOf(vnet).size() >= 2;
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
