package dev.hybridnet.validation;

import static dev.hybridnet.validation.Facts.label;

import dev.hybridnet.model.ConnectionKind;
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
 * Recognises the three single-VNet references: site-to-site VPN, ExpressRoute, and ExpressRoute with VPN
 * failover. A reference is complete when an on-premises network reaches a VNet by the path it describes; partial
 * when some of its pieces are on the canvas; the missing steps are worked out for the most advanced candidates.
 */
final class ConnectivityPatterns {

    private final Facts f;
    private final Links links;

    ConnectivityPatterns(Facts f, Links links) {
        this.f = f;
        this.links = links;
    }

    PatternMatch vpn() {
        if (!links.vpn.isEmpty()) {
            return complete(Reference.VPN, links.vpn);
        }
        boolean anchored = has(ElementKind.VPN_GATEWAY) || has(ElementKind.VPN_APPLIANCE)
                || has(ElementKind.LOCAL_NETWORK_GATEWAY);
        return partial(Reference.VPN, anchored, vpnSteps(site(ElementKind.VPN_APPLIANCE),
                vnet(ElementKind.VPN_GATEWAY)));
    }

    PatternMatch expressRoute() {
        if (!links.expressRoute.isEmpty()) {
            return complete(Reference.EXPRESSROUTE, links.expressRoute);
        }
        boolean anchored = has(ElementKind.EXPRESSROUTE_GATEWAY) || has(ElementKind.EXPRESSROUTE_CIRCUIT)
                || has(ElementKind.EDGE_ROUTER);
        return partial(Reference.EXPRESSROUTE, anchored, erSteps(site(ElementKind.EDGE_ROUTER),
                vnet(ElementKind.EXPRESSROUTE_GATEWAY)));
    }

    PatternMatch failover(PatternMatch vpn, PatternMatch er) {
        List<Links.Link> both = links.failover();
        if (!both.isEmpty()) {
            List<Links.Link> all = new ArrayList<>(both);
            links.expressRoute.stream().filter(l -> both.stream().anyMatch(l::samePair)).forEach(all::add);
            return complete(Reference.EXPRESSROUTE_VPN_FAILOVER, all);
        }
        boolean anchored = vpn.status() != Status.ABSENT && er.status() != Status.ABSENT;
        List<Step> steps = new ArrayList<>();
        if (!links.expressRoute.isEmpty()) {
            Links.Link l = links.expressRoute.get(0);
            steps.addAll(vpnSteps(Optional.of(l.site()), Optional.of(l.vnet())));
        } else if (!links.vpn.isEmpty()) {
            Links.Link l = links.vpn.get(0);
            steps.addAll(erSteps(Optional.of(l.site()), Optional.of(l.vnet())));
        } else {
            Optional<Element> site = site(ElementKind.EDGE_ROUTER).or(() -> site(ElementKind.VPN_APPLIANCE));
            Optional<Element> vnet = vnet(ElementKind.EXPRESSROUTE_GATEWAY).or(() -> vnet(ElementKind.VPN_GATEWAY));
            steps.addAll(erSteps(site, vnet));
            vpnSteps(site, vnet).stream().filter(s -> !steps.contains(s)).forEach(steps::add);
        }
        return partial(Reference.EXPRESSROUTE_VPN_FAILOVER, anchored, steps);
    }

    private List<Step> vpnSteps(Optional<Element> site, Optional<Element> vnet) {
        List<Step> steps = new ArrayList<>();
        Optional<Element> appliance = site.flatMap(s -> child(s, ElementKind.VPN_APPLIANCE));
        if (site.isEmpty()) {
            steps.add(step("Add an on-premises network."));
        } else if (appliance.isEmpty()) {
            steps.add(step("Add a VPN appliance to " + label(site.get()) + ".", site.get()));
        }
        Optional<Element> gateway = gatewaySteps(vnet, ElementKind.VPN_GATEWAY, "a VPN gateway", steps);
        if (appliance.isPresent() && gateway.isPresent()) {
            steps.add(step("Connect " + label(gateway.get()) + " to " + label(appliance.get()) + " with a "
                    + "site-to-site VPN, directly or through a local network gateway that represents it.",
                    gateway.get(), appliance.get()));
        }
        return steps;
    }

    private List<Step> erSteps(Optional<Element> site, Optional<Element> vnet) {
        List<Step> steps = new ArrayList<>();
        Optional<Element> router = site.flatMap(s -> child(s, ElementKind.EDGE_ROUTER));
        if (site.isEmpty()) {
            steps.add(step("Add an on-premises network."));
        } else if (router.isEmpty()) {
            steps.add(step("Add an edge router to " + label(site.get()) + ".", site.get()));
        }
        Optional<Element> circuit = f.elements(ElementKind.EXPRESSROUTE_CIRCUIT).stream().findFirst();
        if (circuit.isEmpty()) {
            steps.add(step("Add an ExpressRoute circuit."));
        } else if (router.isPresent() && !joined(router.get(), circuit.get(), ConnectionKind.EXPRESSROUTE_PEERING)) {
            steps.add(step("Connect " + label(router.get()) + " to " + label(circuit.get()) + " with an "
                    + "ExpressRoute peering.", router.get(), circuit.get()));
        }
        Optional<Element> gateway = gatewaySteps(vnet, ElementKind.EXPRESSROUTE_GATEWAY, "an ExpressRoute gateway",
                steps);
        if (gateway.isPresent() && circuit.isPresent()
                && !joined(gateway.get(), circuit.get(), ConnectionKind.EXPRESSROUTE_CONNECTION)) {
            steps.add(step("Link " + label(gateway.get()) + " to " + label(circuit.get()) + " with an ExpressRoute "
                    + "connection.", gateway.get(), circuit.get()));
        }
        return steps;
    }

    /** Adds the steps up to a gateway of {@code kind} in {@code vnet}; returns the gateway when there is one. */
    private Optional<Element> gatewaySteps(Optional<Element> vnet, ElementKind kind, String what, List<Step> steps) {
        if (vnet.isEmpty()) {
            steps.add(step("Add a virtual network."));
            return Optional.empty();
        }
        Optional<Element> gatewaySubnet = f.subnets(vnet.get()).stream().filter(GatewayRules::isGatewaySubnet)
                .findFirst();
        if (gatewaySubnet.isEmpty()) {
            Optional<Element> misplaced = f.inside(vnet.get(), kind).stream().findFirst();
            Optional<Element> itsSubnet = misplaced.flatMap(f::parent).filter(p -> p.kind() == ElementKind.SUBNET);
            if (itsSubnet.isPresent()) {
                steps.add(step("Rename " + label(itsSubnet.get()) + " to GatewaySubnet: Azure deploys "
                        + label(misplaced.get()) + " only to a subnet of exactly that name.", itsSubnet.get(),
                        misplaced.get()));
            } else {
                steps.add(step("Add a GatewaySubnet (/27) to " + label(vnet.get()) + ".", vnet.get()));
            }
            return Optional.empty();
        }
        Optional<Element> gateway = f.inside(vnet.get(), kind).stream().findFirst();
        if (gateway.isEmpty()) {
            steps.add(step("Add " + what + " to GatewaySubnet of " + label(vnet.get()) + ".", gatewaySubnet.get()));
        }
        return gateway;
    }

    private boolean joined(Element a, Element b, ConnectionKind kind) {
        return f.diagram().connectionsOf(a.id()).stream().anyMatch(c -> c.kind() == kind && c.touches(b.id()));
    }

    private boolean has(ElementKind kind) {
        return !f.elements(kind).isEmpty();
    }

    /** The on-premises network holding a device of {@code kind}, else the first one. */
    private Optional<Element> site(ElementKind device) {
        return f.elements(device).stream().flatMap(d -> f.parent(d).stream())
                .filter(p -> p.kind() == ElementKind.ON_PREMISES_NETWORK).findFirst()
                .or(() -> f.elements(ElementKind.ON_PREMISES_NETWORK).stream().findFirst());
    }

    /** The VNet holding a gateway of {@code kind}, else one with a GatewaySubnet, else the first one. */
    private Optional<Element> vnet(ElementKind gateway) {
        return f.elements(gateway).stream().flatMap(g -> f.vnetOf(g).stream()).findFirst()
                .or(() -> f.elements(ElementKind.VIRTUAL_NETWORK).stream()
                        .filter(v -> f.subnets(v).stream().anyMatch(GatewayRules::isGatewaySubnet)).findFirst())
                .or(() -> f.elements(ElementKind.VIRTUAL_NETWORK).stream().findFirst());
    }

    private Optional<Element> child(Element parent, ElementKind kind) {
        return f.children(parent).stream().filter(c -> c.kind() == kind).findFirst();
    }

    static Step step(String instruction, Element... elements) {
        return new Step(instruction, Reporter.ids(elements));
    }

    static PatternMatch complete(Reference reference, List<Links.Link> links) {
        Set<String> ids = new LinkedHashSet<>();
        links.forEach(l -> {
            ids.add(l.site().id());
            ids.add(l.vnet().id());
            ids.add(l.gateway().id());
        });
        return new PatternMatch(reference, Status.COMPLETE, List.copyOf(ids), List.of(), Optional.empty());
    }

    static PatternMatch partial(Reference reference, boolean anchored, List<Step> steps) {
        Set<String> ids = new LinkedHashSet<>();
        steps.forEach(s -> ids.addAll(s.elements()));
        return new PatternMatch(reference, anchored ? Status.PARTIAL : Status.ABSENT, List.copyOf(ids), steps,
                Optional.empty());
    }
}
