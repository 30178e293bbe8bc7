package dev.hybridnet.validation;

import static dev.hybridnet.validation.ConnectivityPatterns.step;
import static dev.hybridnet.validation.Facts.label;

import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Reference;
import dev.hybridnet.validation.PatternMatch.Status;
import dev.hybridnet.validation.PatternMatch.Step;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises the hub-spoke reference: a hub peered in both directions with at least one spoke and, when the
 * diagram has an on-premises network, a gateway in the hub that reaches it.
 */
final class HubSpokePattern {

    private HubSpokePattern() {
    }

    /** The hubs that complete the pattern. */
    static List<Element> completeHubs(Facts f) {
        return f.hubs().stream().filter(h -> steps(f, h).isEmpty()).toList();
    }

    static PatternMatch match(Facts f) {
        List<Element> complete = completeHubs(f);
        if (!complete.isEmpty()) {
            Set<String> ids = new LinkedHashSet<>();
            for (Element hub : complete) {
                ids.add(hub.id());
                f.peeringsOf(hub).stream().filter(l -> f.isSpoke(l.other(hub.id()))).forEach(l -> {
                    ids.add(l.connection().id());
                    ids.add(l.other(hub.id()).id());
                });
            }
            return new PatternMatch(Reference.HUB_SPOKE, Status.COMPLETE, List.copyOf(ids), List.of(),
                    Optional.empty());
        }
        boolean anchored = !f.peerings().isEmpty()
                || f.elements(ElementKind.VIRTUAL_NETWORK).stream().anyMatch(v -> f.declaredRole(v).isPresent());
        List<Step> steps = f.hubs().isEmpty() ? noHub(f) : steps(f, f.hubs().get(0));
        return ConnectivityPatterns.partial(Reference.HUB_SPOKE, anchored, steps);
    }

    private static List<Step> noHub(Facts f) {
        List<Element> vnets = f.elements(ElementKind.VIRTUAL_NETWORK);
        if (vnets.isEmpty()) {
            return List.of(step("Add a hub virtual network and peer it with spoke virtual networks."));
        }
        Element candidate = vnets.stream().filter(v -> !f.inside(v, ElementKind.VPN_GATEWAY).isEmpty()
                || !f.inside(v, ElementKind.EXPRESSROUTE_GATEWAY).isEmpty()).findFirst().orElse(vnets.get(0));
        return List.of(step("Make " + label(candidate) + " the hub: set its role to hub and peer it with the spoke "
                + "virtual networks.", candidate));
    }

    private static List<Step> steps(Facts f, Element hub) {
        List<Step> steps = new ArrayList<>();
        List<PeeringLink> spokeLinks = f.peeringsOf(hub).stream().filter(l -> f.isSpoke(l.other(hub.id()))).toList();
        if (spokeLinks.isEmpty()) {
            steps.add(step("Peer " + label(hub) + " with a spoke virtual network.", hub));
        }
        for (PeeringLink link : spokeLinks) {
            if (!link.bothSides()) {
                steps.add(new Step("Create both directions of peering " + link.connection().id() + " between "
                        + label(hub) + " and " + label(link.other(hub.id())) + ".",
                        List.of(link.connection().id(), hub.id(), link.other(hub.id()).id())));
            }
        }
        List<Element> sites = f.elements(ElementKind.ON_PREMISES_NETWORK);
        if (!sites.isEmpty() && f.sitesOf(hub).isEmpty()) {
            steps.add(step("Add a VPN or ExpressRoute gateway to GatewaySubnet of " + label(hub) + " and connect it "
                    + "to " + label(sites.get(0)) + ".", hub, sites.get(0)));
        } else if (!sites.isEmpty()) {
            List<Element> gateways = new ArrayList<>(f.inside(hub, ElementKind.VPN_GATEWAY));
            gateways.addAll(f.inside(hub, ElementKind.EXPRESSROUTE_GATEWAY));
            boolean deployable = gateways.stream()
                    .anyMatch(g -> f.parent(g).filter(GatewayRules::isGatewaySubnet).isPresent());
            Optional<Element> subnet = gateways.stream().flatMap(g -> f.parent(g).stream())
                    .filter(p -> p.kind() == ElementKind.SUBNET).findFirst();
            if (!deployable && subnet.isPresent()) {
                steps.add(step("Rename " + label(subnet.get()) + " to GatewaySubnet: Azure deploys the hub's "
                        + "gateway only to a subnet of exactly that name.", subnet.get()));
            }
        }
        return steps;
    }
}
