package dev.hybridnet.validation;

import static dev.hybridnet.validation.Facts.label;

import dev.hybridnet.model.CircuitFamily;
import dev.hybridnet.model.CircuitTier;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.ExpressRouteGatewaySku;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.Typed;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ExpressRoute: how VNets link to circuits (gateway, connection kind, geopolitical area, link and circuit limits),
 * the circuit's SKU and VMs reachable over a circuit. The rules about the peerings between edge routers and a
 * circuit are in {@link ExpressRoutePeeringRules}; {@link #rules()} lists both.
 */
final class ExpressRouteRules {

    static final String FAQ = "https://learn.microsoft.com/azure/expressroute/expressroute-faqs";

    static final Rule GATEWAY_REQUIRED = new Rule(new RuleInfo("er-gateway-required", Severity.ERROR,
            "A VNet links to a circuit through an ExpressRoute gateway in its GatewaySubnet",
            "An ExpressRoute connection runs from an ExpressRoute virtual network gateway, which Azure deploys only "
                    + "into the VNet's GatewaySubnet.",
            Sources.EXPRESSROUTE, "ER-GW-REQUIRED"), ExpressRouteRules::gatewayRequired);

    static final Rule CONNECTION_TYPE = new Rule(new RuleInfo("er-connection-type", Severity.ERROR,
            "ExpressRoute gateways and circuits take ExpressRoute connections; VPN gateways take IPsec",
            "A gateway's type is fixed when it is created: an ExpressRoute gateway cannot end an IPsec tunnel and a "
                    + "VPN gateway cannot be linked to a circuit.",
            Sources.EXPRESSROUTE, "ER-CONN-TYPE"), ExpressRouteRules::connectionType);

    static final Rule GEOPOLITICAL = new Rule(new RuleInfo("er-geopolitical", Severity.ERROR,
            "VNets linked to a non-Premium circuit are in the circuit's geopolitical area",
            "Standard and Local circuits reach Azure regions in the geopolitical area of their peering location "
                    + "only; global reach across areas needs the Premium add-on.",
            Geography.SOURCE, "ER-GEOPOLITICAL").whenAbsent("A circuit without skuTier may be Premium: where the "
                    + "VNet and the peering location are in different areas, an info finding says the link needs "
                    + "Premium. Without a VNet region or a known peering location there is nothing to compare."),
            ExpressRouteRules::geopolitical);

    static final Rule VNET_LINK_LIMIT = new Rule(new RuleInfo("er-vnet-link-limit", Severity.ERROR,
            "VNet links per circuit within the limit of its SKU and bandwidth",
            "A Standard or Local circuit takes 10 VNet links; a Premium circuit takes 20 to 100 depending on its "
                    + "bandwidth.",
            Sources.LIMITS, "ER-VNET-LINK-LIMIT").whenAbsent("Without skuTier, more than 10 links is an info finding "
                    + "(they fit only on a Premium circuit); more than a Premium circuit of the stated bandwidth "
                    + "takes (100 without a bandwidth) is still an error."), ExpressRouteRules::vnetLinkLimit);

    static final Rule CIRCUITS_PER_VNET = new Rule(new RuleInfo("er-circuits-per-vnet", Severity.ERROR,
            "Circuits per ExpressRoute gateway within the limit of its SKU",
            "An ExpressRoute gateway links 4, 8 or 16 circuits depending on its SKU, at most 4 of them from one "
                    + "peering location; more than 8 circuits need a /26 GatewaySubnet.",
            Sources.ER_GATEWAY, "ER-CIRCUITS-PER-VNET"), ExpressRouteRules::circuitsPerVnet);

    static final Rule CIRCUIT_SKU = new Rule(new RuleInfo("er-circuit-sku", Severity.ERROR,
            "A circuit has a SKU tier and family that go together",
            "Azure names a circuit's SKU after its tier and family (Standard_MeteredData, say), and Local circuits "
                    + "are sold with unlimited data only.",
            FAQ, "ER-SKU-NAME").whenAbsent("A circuit the design only links to often has no SKU written down: a "
                    + "missing skuTier or skuFamily is an info finding naming what was not checked."),
            ExpressRouteRules::circuitSku);

    static final Rule VM_NO_PUBLIC_IP = new Rule(new RuleInfo("er-vm-no-public-ip", Severity.WARNING,
            "No public IPs on VMs reached over ExpressRoute",
            "VMs that on-premises users reach privately over ExpressRoute need no internet exposure; a public IP "
                    + "only widens the attack surface.",
            Sources.EXPRESSROUTE, "ER-VM-NO-PUBLIC-IP"), ExpressRouteRules::vmNoPublicIp);

    private ExpressRouteRules() {
    }

    static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>(List.of(GATEWAY_REQUIRED, CONNECTION_TYPE, GEOPOLITICAL, VNET_LINK_LIMIT,
                CIRCUITS_PER_VNET, CIRCUIT_SKU, VM_NO_PUBLIC_IP));
        rules.addAll(ExpressRoutePeeringRules.rules());
        return List.copyOf(rules);
    }

    /**
     * True exactly for the connections {@code er-connection-type} reports, so that the generic check of legal
     * connections can leave them to it instead of reporting them twice.
     */
    static boolean mixesUpConnectionType(Diagram d, Connection c) {
        return mixUp(d, c).isPresent();
    }

    /**
     * True for the connections whose problems these rules report more precisely than the generic legal-connection
     * rule: VPN and ExpressRoute mixed up, and ExpressRoute connections without an ExpressRoute gateway.
     */
    static boolean claims(Diagram d, Connection c) {
        return mixesUpConnectionType(d, c) || (c.kind() == ConnectionKind.EXPRESSROUTE_CONNECTION
                && end(d, c, ElementKind.EXPRESSROUTE_GATEWAY).isEmpty());
    }

    /** What a connection mixes up: a wrong kind of connection on an ExpressRoute gateway, VPN gateway or circuit. */
    private record MixUp(String message, List<String> ids, String fix) {
    }

    private static Optional<MixUp> mixUp(Diagram d, Connection c) {
        Optional<Element> vpn = end(d, c, ElementKind.VPN_GATEWAY);
        Optional<Element> er = end(d, c, ElementKind.EXPRESSROUTE_GATEWAY);
        Optional<Element> circuit = end(d, c, ElementKind.EXPRESSROUTE_CIRCUIT);
        if (c.kind() == ConnectionKind.EXPRESSROUTE_CONNECTION && vpn.isPresent()) {
            return Optional.of(new MixUp(c.kind().id() + " connection " + c.id() + " joins VPN gateway " + label(vpn.get()) + "; only an ExpressRoute "
                    + "gateway can be linked to a circuit", Reporter.ids(c, vpn.get()),
                    "Link the circuit from an ExpressRoute gateway in GatewaySubnet instead."));
        }
        if (c.kind() != ConnectionKind.EXPRESSROUTE_CONNECTION && er.isPresent()) {
            return Optional.of(new MixUp(c.kind().id() + " connection " + c.id() + " ends on ExpressRoute gateway " + label(er.get()) + "; an "
                    + "ExpressRoute gateway takes only expressroute-connection links to a circuit",
                    Reporter.ids(c, er.get()), c.kind() == ConnectionKind.SITE_TO_SITE_VPN
                            ? "Move the tunnel to a VPN gateway (both can share GatewaySubnet)."
                            : "Remove " + c.id() + "; link the gateway to its circuit with an expressroute-connection."));
        }
        if (c.kind() == ConnectionKind.SITE_TO_SITE_VPN && circuit.isPresent()) {
            return Optional.of(new MixUp(c.kind().id() + " connection " + c.id() + " ends on circuit " + label(circuit.get()) + "; a circuit is "
                    + "reached over an expressroute-connection from an ExpressRoute gateway, not over IPsec",
                    Reporter.ids(c, circuit.get()), "Replace " + c.id() + " with an expressroute-connection from an "
                            + "ExpressRoute gateway."));
        }
        return Optional.empty();
    }

    /** The end of a connection that is of {@code kind}, if either is. */
    static Optional<Element> end(Diagram d, Connection c, ElementKind kind) {
        return d.element(c.from()).filter(e -> e.kind() == kind).or(() -> d.element(c.to())
                .filter(e -> e.kind() == kind));
    }

    private static void connectionType(Facts f, Reporter out) {
        for (Connection c : f.diagram().connections()) {
            mixUp(f.diagram(), c).ifPresent(m -> out.report(m.message(), m.ids(), m.fix()));
        }
    }

    private static void gatewayRequired(Facts f, Reporter out) {
        Diagram d = f.diagram();
        for (Connection c : f.connections(ConnectionKind.EXPRESSROUTE_CONNECTION)) {
            if (mixesUpConnectionType(d, c)) {
                continue;
            }
            Optional<Element> gateway = end(d, c, ElementKind.EXPRESSROUTE_GATEWAY);
            if (gateway.isEmpty()) {
                List<String> ids = List.of(c.id(), c.from(), c.to());
                out.report("expressroute-connection " + c.id() + " joins " + label(f.element(c.from())) + " and "
                        + label(f.element(c.to())) + " without an ExpressRoute gateway; a VNet reaches a circuit "
                        + "only through an ExpressRoute gateway in its GatewaySubnet", ids,
                        "Add an ExpressRoute gateway to the VNet's GatewaySubnet and link it to the circuit.");
                continue;
            }
        }
    }

    private static void geopolitical(Facts f, Reporter out) {
        for (Element gateway : f.elements(ElementKind.EXPRESSROUTE_GATEWAY)) {
            Optional<Element> vnet = f.vnetOf(gateway);
            Optional<String> region = vnet.flatMap(v -> v.props().read(Keys.REGION).toOptional());
            Optional<String> vnetArea = region.flatMap(Geography::areaOfRegion);
            if (vnetArea.isEmpty()) {
                continue;
            }
            for (Element circuit : f.circuitsOf(gateway)) {
                Typed<CircuitTier> tier = circuit.props().read(Keys.SKU_TIER);
                Optional<String> location = circuit.props().read(Keys.PEERING_LOCATION).toOptional();
                Optional<String> area = location.flatMap(Geography::areaOfLocation);
                if (tier.isInvalid() || tier.orElse(null) == CircuitTier.PREMIUM || area.isEmpty()
                        || area.equals(vnetArea)) {
                    continue;
                }
                if (!tier.isPresent()) {
                    out.report(Severity.INFO, label(vnet.get()) + " in " + region.get() + " (" + vnetArea.get()
                            + ") is linked to circuit " + label(circuit) + " at " + location.get() + " (" + area.get()
                            + "), whose " + Keys.SKU_TIER + " the design does not give; not checked: the link works "
                            + "only if the circuit is Premium", Reporter.ids(vnet.get(), gateway, circuit),
                            Optional.empty());
                    continue;
                }
                String tierName = tier.orElse(CircuitTier.STANDARD).spelling();
                out.report(label(vnet.get()) + " in " + region.get() + " (" + vnetArea.get() + ") is linked to "
                        + tierName + " circuit " + label(circuit) + " at " + location.get() + " (" + area.get()
                        + "); use a Premium circuit or a circuit in " + vnetArea.get(),
                        Reporter.ids(vnet.get(), gateway, circuit),
                        "Upgrade " + label(circuit) + " to Premium, or link " + label(vnet.get()) + " to a circuit "
                                + "at a peering location in " + vnetArea.get() + ".");
            }
        }
    }

    private static void vnetLinkLimit(Facts f, Reporter out) {
        Diagram d = f.diagram();
        for (Element circuit : f.elements(ElementKind.EXPRESSROUTE_CIRCUIT)) {
            Typed<CircuitTier> tier = circuit.props().read(Keys.SKU_TIER);
            Typed<Long> bandwidth = circuit.props().read(Keys.BANDWIDTH_MBPS);
            if (tier.isInvalid()) {
                continue;
            }
            long links = d.connectionsOf(circuit.id()).stream()
                    .filter(c -> c.kind() == ConnectionKind.EXPRESSROUTE_CONNECTION)
                    .filter(c -> end(d, c, ElementKind.EXPRESSROUTE_GATEWAY).isPresent()).count();
            if (!tier.isPresent()) {
                int most = premiumLinks(bandwidth.toOptional());
                if (links > most) {
                    out.report("Circuit " + label(circuit) + " has " + links + " VNet links; no circuit of its "
                            + "bandwidth takes more than " + most, List.of(circuit.id()), "Link fewer VNets.");
                } else if (links > 10) {
                    out.report(Severity.INFO, "Circuit " + label(circuit) + " has " + links + " VNet links and the "
                            + "design does not give its " + Keys.SKU_TIER + "; not checked: more than 10 links need a "
                            + "Premium circuit", List.of(circuit.id()), Optional.empty());
                }
                continue;
            }
            boolean premium = tier.orElse(CircuitTier.STANDARD) == CircuitTier.PREMIUM;
            int limit = premium ? premiumLinks(bandwidth.toOptional()) : 10;
            if (links > limit) {
                String sku = premium ? bandwidth.toOptional().map(b -> "a Premium circuit of " + b + " Mbps")
                        .orElse("a Premium circuit") : "a " + tier.orElse(CircuitTier.STANDARD).spelling() + " circuit";
                out.report("Circuit " + label(circuit) + " has " + links + " VNet links; " + sku + " allows "
                        + limit, List.of(circuit.id()), premium ? "Link fewer VNets, or raise the bandwidth."
                                : "Upgrade " + label(circuit) + " to Premium, or link fewer VNets.");
            }
        }
    }

    /** VNet links a Premium circuit allows: by the smallest listed bandwidth at least as large as the circuit's. */
    static int premiumLinks(Optional<Long> bandwidthMbps) {
        long[][] table = {{50, 20}, {100, 25}, {200, 25}, {500, 40}, {1000, 50}, {2000, 60}, {5000, 75}};
        long mbps = bandwidthMbps.orElse(Long.MAX_VALUE);
        for (long[] row : table) {
            if (mbps <= row[0]) {
                return (int) row[1];
            }
        }
        return 100;
    }

    private static void circuitsPerVnet(Facts f, Reporter out) {
        for (Element gateway : f.elements(ElementKind.EXPRESSROUTE_GATEWAY)) {
            List<Element> circuits = f.circuitsOf(gateway);
            Optional<ExpressRouteGatewaySku> sku = gateway.props().read(Keys.EXPRESSROUTE_GATEWAY_SKU)
                    .toOptional();
            String where = label(gateway) + " in " + GatewayRules.vnetLabel(f, gateway);
            if (sku.isPresent() && circuits.size() > maxCircuits(sku.get())) {
                out.report(where + " links " + circuits.size() + " circuits; SKU " + sku.get().spelling()
                        + " supports " + maxCircuits(sku.get()), List.of(gateway.id()),
                        "Use a larger gateway SKU (ErGw2AZ: 8, ErGw3AZ: 16 circuits) or link fewer circuits.");
            }
            sameLocation(circuits, where, gateway, out);
            if (circuits.size() > 8) {
                Optional<Element> subnet = f.parent(gateway);
                Optional<IPAddress> prefix = subnet.flatMap(f::prefix);
                if (prefix.isPresent() && prefix.get().getNetworkPrefixLength() > 26) {
                    out.report(where + " links " + circuits.size() + " circuits; with more than 8 its GatewaySubnet "
                            + prefix.get() + " must be /26 or larger", List.of(gateway.id(), subnet.get().id()),
                            "Widen GatewaySubnet to a /26.");
                }
            }
        }
    }

    private static void sameLocation(List<Element> circuits, String where, Element gateway, Reporter out) {
        Map<String, List<Element>> byLocation = new LinkedHashMap<>();
        for (Element circuit : circuits) {
            circuit.props().read(Keys.PEERING_LOCATION).toOptional().ifPresent(l ->
                    byLocation.computeIfAbsent(Geography.key(l), k -> new ArrayList<>()).add(circuit));
        }
        for (List<Element> group : byLocation.values()) {
            if (group.size() > 4) {
                String location = group.get(0).props().read(Keys.PEERING_LOCATION).orElse("");
                List<String> ids = new ArrayList<>(List.of(gateway.id()));
                group.forEach(c -> ids.add(c.id()));
                out.report(where + " links " + group.size() + " circuits at " + location + "; at most 4 circuits "
                        + "from one peering location can be linked to a VNet", ids,
                        "Link circuits from another peering location instead.");
            }
        }
    }

    static int maxCircuits(ExpressRouteGatewaySku sku) {
        return switch (sku) {
            case STANDARD, ERGW1AZ -> 4;
            case HIGH_PERFORMANCE, ERGW2AZ -> 8;
            // ErGwScale's limit depends on its scale units, which the design does not give: only more than the
            // most it can take is reported.
            case ULTRA_PERFORMANCE, ERGW3AZ, ERGW_SCALE -> 16;
        };
    }

    private static void circuitSku(Facts f, Reporter out) {
        for (Element circuit : f.elements(ElementKind.EXPRESSROUTE_CIRCUIT)) {
            Typed<CircuitTier> tier = circuit.props().read(Keys.SKU_TIER);
            Typed<CircuitFamily> family = circuit.props().read(Keys.SKU_FAMILY);
            String name = "Circuit " + label(circuit);
            boolean noTier = !tier.isPresent() && !tier.isInvalid();
            List<String> absent = new ArrayList<>();
            if (noTier) {
                absent.add(Keys.SKU_TIER.name());
            }
            if (!family.isPresent() && !family.isInvalid()) {
                absent.add(Keys.SKU_FAMILY.name());
            }
            if (!absent.isEmpty()) {
                out.report(Severity.INFO, name + " does not give its " + String.join(" or ", absent) + "; not "
                        + "checked: its SKU" + (noTier ? ", and the VNet links and regions it allows" : ""),
                        List.of(circuit.id()), Optional.of("Set " + String.join(" and ", absent)
                        + " if you know them, e.g. Standard and MeteredData."));
            }
            if (tier.orElse(null) == CircuitTier.LOCAL && family.orElse(null) == CircuitFamily.METERED_DATA) {
                out.report(name + " is Local with MeteredData; Local circuits come with UnlimitedData only",
                        List.of(circuit.id()), "Set " + Keys.SKU_FAMILY + " to UnlimitedData.");
            }
        }
    }

    private static void vmNoPublicIp(Facts f, Reporter out) {
        for (Element vnet : f.elements(ElementKind.VIRTUAL_NETWORK)) {
            Optional<Element> circuit = Optional.empty();
            for (Element gateway : f.inside(vnet, ElementKind.EXPRESSROUTE_GATEWAY)) {
                List<Element> circuits = f.circuitsOf(gateway);
                if (!circuits.isEmpty()) {
                    circuit = Optional.of(circuits.get(0));
                    break;
                }
            }
            if (circuit.isEmpty()) {
                continue;
            }
            for (Element vm : f.inside(vnet, ElementKind.VIRTUAL_MACHINE)) {
                Optional<IPAddress> ip = vm.props().read(Keys.PUBLIC_IP).toOptional();
                if (ip.isPresent()) {
                    out.report(label(vm) + " in " + label(vnet) + ", which is reached over ExpressRoute circuit "
                            + label(circuit.get()) + ", has public IP " + ip.get() + "; it does not need one",
                            List.of(vm.id(), vnet.id()), "Remove the public IP; reach " + label(vm)
                                    + " over ExpressRoute, or through Bastion.");
                }
            }
        }
    }
}
