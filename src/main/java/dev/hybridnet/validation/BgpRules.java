package dev.hybridnet.validation;

import static dev.hybridnet.validation.Facts.label;

import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.VpnGatewaySku;
import dev.hybridnet.model.VpnType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** BGP on site-to-site connections and ExpressRoute: supported gateways, usable and distinct ASNs. */
final class BgpRules {

    /** Azure's default ASN for VPN gateways. */
    static final long AZURE_ASN = 65515;
    private static final Set<Long> AZURE_RESERVED = Set.of(8074L, 8075L, 12076L, 65515L, 65517L, 65518L, 65519L,
            65520L);

    static final Rule SKU = new Rule(new RuleInfo("bgp-gateway-sku", Severity.ERROR,
            "BGP needs a route-based gateway of a non-Basic SKU",
            "Basic and policy-based VPN gateways do not speak BGP.",
            Sources.VPN_BGP, "AZ-BGP-SKU"), BgpRules::sku);

    static final Rule RESERVED_ASN = new Rule(new RuleInfo("bgp-asn-reserved", Severity.ERROR,
            "ASNs are not reserved by Azure or IANA",
            "Azure uses 8074, 8075, 12076 and 65515-65520 itself; IANA reserves 0, 23456, 64496-64511, "
                    + "65535-65551 and 4294967295. On-premises devices cannot use them.",
            Sources.VPN_BGP, "AZ-BGP-ASN-RESERVED"), BgpRules::reservedAsn);

    static final Rule DISTINCT_ASN = new Rule(new RuleInfo("bgp-asn-distinct", Severity.ERROR,
            "On-premises and Azure use different ASNs",
            "BGP between on-premises and an Azure VPN gateway needs a different ASN on each side; the gateway "
                    + "uses 65515 unless set.",
            Sources.VPN_BGP, "AZ-BGP-ASN-DISTINCT"), BgpRules::distinctAsn);

    private BgpRules() {
    }

    static List<Rule> rules() {
        return List.of(SKU, RESERVED_ASN, DISTINCT_ASN);
    }

    static boolean bgp(Connection c) {
        return c.props().bool("enableBgp").orElse(false);
    }

    private static void sku(Facts f, Reporter out) {
        for (Connection c : f.connections(ConnectionKind.SITE_TO_SITE_VPN)) {
            Optional<Element> gateway = gatewayOf(f, c);
            if (!bgp(c) || gateway.isEmpty()) {
                continue;
            }
            Element g = gateway.get();
            VpnType type = g.props().choice("vpnType", VpnType.class).orElse(VpnType.ROUTE_BASED);
            VpnGatewaySku sku = g.props().choice("sku", VpnGatewaySku.class).orElse(null);
            if (type == VpnType.POLICY_BASED || sku == VpnGatewaySku.BASIC) {
                String why = type == VpnType.POLICY_BASED ? "policy-based" : "of the Basic SKU";
                out.report("Connection " + c.id() + " enables BGP, but VPN gateway " + label(g) + " is " + why,
                        Reporter.ids(c, g));
            }
        }
    }

    static Optional<Element> gatewayOf(Facts f, Connection c) {
        return f.diagram().element(c.from()).filter(e -> e.kind() == ElementKind.VPN_GATEWAY)
                .or(() -> f.diagram().element(c.to()).filter(e -> e.kind() == ElementKind.VPN_GATEWAY));
    }

    /** Why an ASN cannot be used on premises; empty when it can. */
    static Optional<String> reservedBy(long asn, boolean onPremises) {
        if (asn <= 0 || asn > 4294967295L) {
            return Optional.of("is not a valid ASN (1 to 4294967295)");
        }
        if (asn == 23456 || (asn >= 64496 && asn <= 64511) || (asn >= 65535 && asn <= 65551) || asn == 4294967295L) {
            return Optional.of("is reserved by IANA");
        }
        if (onPremises && AZURE_RESERVED.contains(asn)) {
            return Optional.of("is reserved by Azure");
        }
        return Optional.empty();
    }

    private static void reservedAsn(Facts f, Reporter out) {
        List<Element> withAsn = new java.util.ArrayList<>(f.elements(ElementKind.VPN_APPLIANCE));
        withAsn.addAll(f.elements(ElementKind.EDGE_ROUTER));
        withAsn.addAll(f.elements(ElementKind.LOCAL_NETWORK_GATEWAY));
        withAsn.addAll(f.elements(ElementKind.VPN_GATEWAY));
        for (Element e : withAsn) {
            boolean onPremises = e.kind() != ElementKind.VPN_GATEWAY;
            e.props().integer("bgpAsn").toOptional().ifPresent(asn -> reservedBy(asn, onPremises).ifPresent(why ->
                    out.report("ASN " + asn + " of " + label(e) + " " + why, e)));
        }
        for (Connection c : f.connections(ConnectionKind.EXPRESSROUTE_PEERING)) {
            c.props().integer("peerAsn").toOptional().ifPresent(asn -> reservedBy(asn, true).ifPresent(why ->
                    out.report("Peer ASN " + asn + " of ExpressRoute peering " + c.id() + " " + why,
                            List.of(c.id()))));
        }
    }

    private static void distinctAsn(Facts f, Reporter out) {
        for (Connection c : f.connections(ConnectionKind.SITE_TO_SITE_VPN)) {
            Optional<Element> gateway = gatewayOf(f, c);
            if (!bgp(c) || gateway.isEmpty()) {
                continue;
            }
            Element far = f.element(c.otherEnd(gateway.get().id()));
            Optional<Long> onPremises = far.props().integer("bgpAsn").toOptional();
            if (onPremises.isEmpty() && far.kind() == ElementKind.LOCAL_NETWORK_GATEWAY) {
                onPremises = f.applianceOf(far).flatMap(a -> a.props().integer("bgpAsn").toOptional());
            }
            long azure = gateway.get().props().integer("bgpAsn").orElse(AZURE_ASN);
            if (onPremises.isEmpty()) {
                out.report("Connection " + c.id() + " enables BGP, but " + label(far) + " has no BGP ASN",
                        Reporter.ids(c, far), "Set the on-premises BGP ASN (a private one such as 65010).");
            } else if (onPremises.get() == azure) {
                out.report("Connection " + c.id() + " enables BGP with ASN " + azure + " on both sides ("
                        + label(far) + " and " + label(gateway.get()) + ")", Reporter.ids(c, far, gateway.get()));
            }
        }
    }
}
