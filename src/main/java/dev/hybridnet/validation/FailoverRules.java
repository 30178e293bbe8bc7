package dev.hybridnet.validation;

import static dev.hybridnet.validation.Facts.label;

import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.PeeringType;
import dev.hybridnet.model.VpnGatewaySku;
import dev.hybridnet.model.VpnType;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ExpressRoute with VPN failover: a VNet that holds both an ExpressRoute gateway and a VPN gateway (a
 * "coexistence" VNet) and the conditions Azure sets for the two to live together.
 * The rules that have quick fixes are public, so the fixes name them.
 */
public final class FailoverRules {

    static final Rule SAME_GATEWAY_SUBNET = new Rule(new RuleInfo("ervpn-same-gateway-subnet", Severity.ERROR,
            "Coexisting ExpressRoute and VPN gateways share one GatewaySubnet",
            "Both gateways of a VNet are deployed into the same subnet named GatewaySubnet.",
            Sources.FAILOVER, "ERVPN-SAME-GWSUBNET"), FailoverRules::sameGatewaySubnet);

    public static final Rule GATEWAY_SUBNET_27 = new Rule(new RuleInfo("ervpn-gateway-subnet-27", Severity.ERROR,
            "GatewaySubnet is /27 or larger when ExpressRoute and VPN gateways coexist",
            "Azure refuses to add the second gateway to a GatewaySubnet smaller than /27; growing it later means "
                    + "deleting the gateways first.",
            Sources.COEXIST, "ERVPN-GWSUBNET-27"), FailoverRules::gatewaySubnet27);

    static final Rule VPN_ROUTE_BASED = new Rule(new RuleInfo("ervpn-vpn-route-based", Severity.ERROR,
            "The VPN gateway that backs up ExpressRoute is route-based",
            "Only a route-based VPN gateway can coexist with an ExpressRoute gateway (its connections may still "
                    + "use policy-based traffic selectors).",
            Sources.COEXIST, "ERVPN-VPN-ROUTEBASED"), FailoverRules::vpnRouteBased);

    static final Rule NO_BASIC = new Rule(new RuleInfo("ervpn-no-basic", Severity.ERROR,
            "No Basic SKU on either gateway in coexistence",
            "Basic gateways cannot coexist with ExpressRoute: both gateways need a non-Basic SKU.",
            Sources.COEXIST, "ERVPN-NO-BASIC"), FailoverRules::noBasic);

    static final Rule PRIVATE_PEERING_ONLY = new Rule(new RuleInfo("ervpn-private-peering-only", Severity.INFO,
            "VPN failover covers private peering only",
            "When the circuit is down the VPN carries private-peering traffic only; Microsoft-peering services are "
                    + "then reached over the internet.",
            Sources.FAILOVER, "ERVPN-PRIVATE-PEERING-ONLY"), FailoverRules::privatePeeringOnly);

    static final Rule PREFER_EXPRESSROUTE = new Rule(new RuleInfo("ervpn-prefer-expressroute", Severity.WARNING,
            "The VPN does not advertise more specific prefixes than ExpressRoute",
            "Azure prefers ExpressRoute only between equal prefixes; a longer prefix over the VPN wins by longest "
                    + "match and pulls that traffic off ExpressRoute.",
            Sources.COEXIST, "ERVPN-PREFER-ER"), FailoverRules::preferExpressRoute);

    static final Rule NO_TRANSIT = new Rule(new RuleInfo("ervpn-no-transit", Severity.WARNING,
            "No routing between VPN-only and ExpressRoute sites without Route Server",
            "Azure does not pass traffic between a site reached only over the VPN and a site reached over "
                    + "ExpressRoute, unless Azure Route Server is deployed and the VPN gateway keeps ASN 65515.",
            Sources.COEXIST, "ERVPN-NO-TRANSIT"), FailoverRules::noTransit);

    static final Rule ASN_65515 = new Rule(new RuleInfo("ervpn-asn-65515", Severity.WARNING,
            "The VPN gateway keeps ASN 65515 next to ExpressRoute",
            "ExpressRoute and the VPN gateway work together with the VPN gateway on Azure's default ASN 65515.",
            Sources.COEXIST, "ERVPN-ASN-65515"), FailoverRules::asn65515);

    private FailoverRules() {
    }

    static List<Rule> rules() {
        return List.of(SAME_GATEWAY_SUBNET, GATEWAY_SUBNET_27, VPN_ROUTE_BASED, NO_BASIC, PRIVATE_PEERING_ONLY,
                PREFER_EXPRESSROUTE, NO_TRANSIT, ASN_65515);
    }

    /** A VNet with both gateway types; each list is non-empty (more than one of a type is reported elsewhere). */
    record Coexistence(Element vnet, List<Element> erGateways, List<Element> vpnGateways) {
    }

    static List<Coexistence> coexistences(Facts f) {
        List<Coexistence> result = new ArrayList<>();
        for (Element vnet : f.elements(ElementKind.VIRTUAL_NETWORK)) {
            List<Element> er = f.inside(vnet, ElementKind.EXPRESSROUTE_GATEWAY);
            List<Element> vpn = f.inside(vnet, ElementKind.VPN_GATEWAY);
            if (!er.isEmpty() && !vpn.isEmpty()) {
                result.add(new Coexistence(vnet, er, vpn));
            }
        }
        return result;
    }

    private static void sameGatewaySubnet(Facts f, Reporter out) {
        for (Coexistence co : coexistences(f)) {
            Element er = co.erGateways().get(0);
            Element erSubnet = f.parent(er).orElseThrow();
            for (Element vpn : co.vpnGateways()) {
                Element vpnSubnet = f.parent(vpn).orElseThrow();
                if (!vpnSubnet.id().equals(erSubnet.id())) {
                    out.report("ExpressRoute gateway " + label(er) + " is in subnet '" + erSubnet.name() + "' but VPN "
                            + "gateway " + label(vpn) + " is in subnet '" + vpnSubnet.name() + "' of " + label(co.vnet())
                            + "; both gateways must share GatewaySubnet",
                            List.of(er.id(), vpn.id(), erSubnet.id(), vpnSubnet.id()),
                            "Move both gateways into the one GatewaySubnet.");
                }
            }
        }
    }

    private static void gatewaySubnet27(Facts f, Reporter out) {
        for (Coexistence co : coexistences(f)) {
            Set<Element> subnets = new LinkedHashSet<>();
            co.erGateways().forEach(g -> f.parent(g).ifPresent(subnets::add));
            co.vpnGateways().forEach(g -> f.parent(g).ifPresent(subnets::add));
            for (Element subnet : subnets) {
                Optional<IPAddress> prefix = f.prefix(subnet);
                if (prefix.isPresent() && prefix.get().getNetworkPrefixLength() > 27) {
                    out.report(subnet.name() + " " + prefix.get() + " in " + label(co.vnet()) + " is smaller than "
                            + "/27; a VNet with both an ExpressRoute and a VPN gateway needs /27 or larger",
                            List.of(subnet.id(), co.vnet().id()), "Widen GatewaySubnet to a /27.");
                }
            }
        }
    }

    private static void vpnRouteBased(Facts f, Reporter out) {
        for (Coexistence co : coexistences(f)) {
            for (Element vpn : co.vpnGateways()) {
                if (vpn.props().read(Keys.VPN_TYPE).orElse(VpnType.ROUTE_BASED) == VpnType.POLICY_BASED) {
                    out.report("VPN gateway " + label(vpn) + " is policy-based; next to ExpressRoute gateway "
                            + label(co.erGateways().get(0)) + " in " + label(co.vnet()) + " it must be route-based",
                            List.of(vpn.id(), co.vnet().id()), "Set " + Keys.VPN_TYPE + " to RouteBased.");
                }
            }
        }
    }

    private static void noBasic(Facts f, Reporter out) {
        for (Coexistence co : coexistences(f)) {
            for (Element vpn : co.vpnGateways()) {
                if (vpn.props().read(Keys.VPN_GATEWAY_SKU).orElse(null) == VpnGatewaySku.BASIC) {
                    out.report("VPN gateway " + label(vpn) + " in " + label(co.vnet()) + " is Basic; a Basic gateway "
                            + "cannot coexist with an ExpressRoute gateway", List.of(vpn.id(), co.vnet().id()),
                            "Use VpnGw1AZ or larger.");
                }
            }
            for (Element er : co.erGateways()) {
                if (er.props().read(Keys.EXPRESSROUTE_GATEWAY_SKU).isInvalid()) {
                    String sku = er.props().nonBlankText(Keys.EXPRESSROUTE_GATEWAY_SKU.name()).orElse("?");
                    out.report("ExpressRoute gateway " + label(er) + " in " + label(co.vnet()) + " has SKU '" + sku
                            + "', which cannot coexist with a VPN gateway; valid SKUs are Standard, HighPerformance, "
                            + "UltraPerformance, ErGw1AZ to ErGw3AZ and ErGwScale", List.of(er.id(), co.vnet().id()),
                            "Use ErGw1AZ or larger.");
                }
            }
        }
    }

    private static void privatePeeringOnly(Facts f, Reporter out) {
        for (Coexistence co : coexistences(f)) {
            Set<Element> circuits = new LinkedHashSet<>();
            co.erGateways().forEach(g -> circuits.addAll(f.circuitsOf(g)));
            for (Element circuit : circuits) {
                if (ExpressRoutePeeringRules.linksByType(f.diagram(), circuit).containsKey(PeeringType.MICROSOFT)) {
                    out.report(label(co.vnet()) + " fails over to VPN for private peering only: when " + label(circuit)
                            + " is down, the services of its Microsoft peering are reached over the internet",
                            List.of(co.vnet().id(), circuit.id()));
                }
            }
        }
    }

    private static void preferExpressRoute(Facts f, Reporter out) {
        for (Coexistence co : coexistences(f)) {
            List<IPAddress> erSpaces = new ArrayList<>();
            co.erGateways().forEach(g -> f.expressRouteSites(g).forEach(s -> erSpaces.addAll(f.spaces(s))));
            for (Element vpn : co.vpnGateways()) {
                for (Connection c : GatewayRules.siteToSite(f, vpn)) {
                    f.diagram().element(c.otherEnd(vpn.id()))
                            .filter(e -> e.kind() == ElementKind.LOCAL_NETWORK_GATEWAY)
                            .ifPresent(lng -> moreSpecific(lng, vpn, erSpaces, out));
                }
            }
        }
    }

    private static void moreSpecific(Element lng, Element vpn, List<IPAddress> erSpaces, Reporter out) {
        Optional<IPAddress> bgpPeer = lng.props().read(Keys.BGP_PEERING_ADDRESS).toOptional();
        for (IPAddress prefix : lng.props().read(Keys.ADDRESS_PREFIXES).orElse(List.of())) {
            if (bgpPeer.isPresent() && prefix.getNetworkPrefixLength() == prefix.getBitCount()
                    && prefix.contains(bgpPeer.get())) {
                continue;
            }
            Optional<IPAddress> wider = erSpaces.stream().filter(space -> AddressRange.contains(space, prefix)
                    && prefix.getNetworkPrefixLength() > space.getNetworkPrefixLength()).findFirst();
            wider.ifPresent(space -> out.report(label(lng) + " gives VPN gateway " + label(vpn) + " the prefix "
                    + prefix + ", more specific than " + space + " reached over ExpressRoute; Azure routes by longest "
                    + "prefix, so that traffic takes the VPN", List.of(lng.id(), vpn.id()),
                    "Advertise " + space + " on " + label(lng) + " instead of " + prefix + "."));
        }
    }

    private static void noTransit(Facts f, Reporter out) {
        for (Coexistence co : coexistences(f)) {
            Set<Element> erSites = new LinkedHashSet<>();
            co.erGateways().forEach(g -> erSites.addAll(f.expressRouteSites(g)));
            Set<Element> vpnOnly = new LinkedHashSet<>();
            co.vpnGateways().forEach(g -> vpnOnly.addAll(f.vpnSites(g)));
            vpnOnly.removeAll(erSites);
            boolean routeServer = !f.inside(co.vnet(), ElementKind.ROUTE_SERVER).isEmpty();
            boolean azureAsn = co.vpnGateways().stream()
                    .allMatch(g -> g.props().read(Keys.BGP_ASN).orElse(BgpRules.AZURE_ASN) == BgpRules.AZURE_ASN);
            if (vpnOnly.isEmpty() || erSites.isEmpty() || (routeServer && azureAsn)) {
                continue;
            }
            List<String> ids = new ArrayList<>(List.of(co.vnet().id()));
            vpnOnly.forEach(s -> ids.add(s.id()));
            erSites.forEach(s -> ids.add(s.id()));
            out.report(label(co.vnet()) + " reaches " + names(vpnOnly) + " over VPN only and " + names(erSites)
                    + " over ExpressRoute; Azure does not route between them" + (routeServer ? " while the VPN "
                    + "gateway's ASN is not 65515" : " without a route server"), ids,
                    "Add a route server to " + label(co.vnet()) + " and keep the VPN gateway's ASN at 65515, or "
                            + "connect the sites to each other on-premises.");
        }
    }

    private static String names(Set<Element> elements) {
        return String.join(", ", elements.stream().map(Facts::label).toList());
    }

    private static void asn65515(Facts f, Reporter out) {
        for (Coexistence co : coexistences(f)) {
            for (Element vpn : co.vpnGateways()) {
                Optional<Long> asn = vpn.props().read(Keys.BGP_ASN).toOptional();
                if (asn.isPresent() && asn.get() != BgpRules.AZURE_ASN) {
                    out.report("VPN gateway " + label(vpn) + " in " + label(co.vnet()) + " has ASN " + asn.get()
                            + "; next to an ExpressRoute gateway it should keep Azure's 65515",
                            List.of(vpn.id(), co.vnet().id()), "Set " + Keys.BGP_ASN + " to 65515, or leave it unset.");
                }
            }
        }
    }
}
