package dev.hybridnet.validation;

import static dev.hybridnet.validation.Facts.label;

import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.VpnGatewaySku;
import dev.hybridnet.model.VpnType;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * BGP on site-to-site connections and ExpressRoute: supported gateways, usable and distinct ASNs.
 * The rules that have quick fixes are public, so the fixes name them.
 */
public final class BgpRules {

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
            "The two ends of a BGP tunnel use different ASNs",
            "BGP between on-premises and an Azure VPN gateway, or between two VPN gateways over a VNet-to-VNet "
                    + "connection, needs a different ASN on each side; a gateway uses 65515 unless set.",
            Sources.VPN_BGP, "AZ-BGP-ASN-DISTINCT").whenAbsent("When the far end of a BGP tunnel gives no ASN, or "
                    + "neither gateway of a VNet-to-VNet connection does, an info finding says the ASNs were not "
                    + "compared."), BgpRules::distinctAsn);

    static final Rule PEERING_ADDRESSES = new Rule(new RuleInfo("vpn-gateway-bgp-address", Severity.ERROR,
            "A VPN gateway's BGP peering addresses lie in its GatewaySubnet or the custom APIPA range",
            "Azure gives each gateway instance a BGP address from GatewaySubnet; the only other addresses it "
                    + "accepts are custom APIPA addresses from 169.254.21.0 to 169.254.22.255. An active-standby "
                    + "gateway takes one custom APIPA address; an active-active one takes several per instance (as "
                    + "for tunnels to AWS).",
            Sources.VPN_BGP_HOWTO, ""), BgpRules::peeringAddresses);

    public static final Rule ROUTE_SERVER_VPN = new Rule(new RuleInfo("route-server-vpn-gateway", Severity.ERROR,
            "A VPN gateway beside Route Server is active-active with ASN 65515",
            "Route Server exchanges routes with a VPN gateway in its VNet only when the gateway runs active-active "
                    + "and keeps Azure's ASN 65515.",
            Sources.ROUTE_SERVER_VPN, "").whenAbsent("A gateway that does not say whether it is active-active gets "
                    + "an info finding; an absent bgpAsn is Azure's 65515."), BgpRules::routeServerVpn);

    /** The custom APIPA range Azure VPN gateways accept as BGP addresses. */
    private static final IPAddress APIPA_LOW = new IPAddressString("169.254.21.0").getAddress();
    private static final IPAddress APIPA_HIGH = new IPAddressString("169.254.22.255").getAddress();

    private BgpRules() {
    }

    static List<Rule> rules() {
        return List.of(SKU, RESERVED_ASN, DISTINCT_ASN, PEERING_ADDRESSES, ROUTE_SERVER_VPN);
    }

    static boolean bgp(Connection c) {
        return c.props().read(Keys.ENABLE_BGP).orElse(false);
    }

    /** Site-to-site and VNet-to-VNet connections: the IPsec tunnels of VPN gateways. */
    static List<Connection> tunnels(Facts f) {
        List<Connection> all = new java.util.ArrayList<>(f.connections(ConnectionKind.SITE_TO_SITE_VPN));
        all.addAll(f.connections(ConnectionKind.VNET_TO_VNET));
        return all;
    }

    /** The VPN gateways at the ends of a tunnel: one for site-to-site, two for VNet-to-VNet. */
    static List<Element> gatewaysOf(Facts f, Connection c) {
        List<Element> result = new java.util.ArrayList<>(2);
        for (String id : List.of(c.from(), c.to())) {
            f.diagram().element(id).filter(e -> e.kind() == ElementKind.VPN_GATEWAY).ifPresent(result::add);
        }
        return result;
    }

    private static void sku(Facts f, Reporter out) {
        for (Connection c : tunnels(f)) {
            if (!bgp(c)) {
                continue;
            }
            for (Element g : gatewaysOf(f, c)) {
                VpnType type = g.props().read(Keys.VPN_TYPE).orElse(VpnType.ROUTE_BASED);
                VpnGatewaySku sku = g.props().read(Keys.VPN_GATEWAY_SKU).orElse(null);
                if (type == VpnType.POLICY_BASED || sku == VpnGatewaySku.BASIC) {
                    String why = type == VpnType.POLICY_BASED ? "policy-based" : "of the Basic SKU";
                    out.report("Connection " + c.id() + " enables BGP, but VPN gateway " + label(g) + " is " + why,
                            Reporter.ids(c, g));
                }
            }
        }
    }

    private static void peeringAddresses(Facts f, Reporter out) {
        for (Element gateway : f.elements(ElementKind.VPN_GATEWAY)) {
            List<IPAddress> addresses = gateway.props().read(Keys.BGP_PEERING_ADDRESSES).orElse(List.of());
            if (addresses.isEmpty()) {
                continue;
            }
            Optional<Element> subnet = f.parent(gateway).filter(GatewayRules::isGatewaySubnet);
            Optional<IPAddress> prefix = subnet.flatMap(f::prefix);
            for (IPAddress address : addresses) {
                if (isApipa(address) || prefix.isEmpty()) {
                    continue;
                }
                if (!prefix.get().contains(address)) {
                    out.report("BGP peering address " + address + " of VPN gateway " + label(gateway) + " is outside "
                            + "its GatewaySubnet " + prefix.get() + " and outside the custom APIPA range "
                            + "169.254.21.0-169.254.22.255", Reporter.ids(gateway, subnet.get()),
                            "Use an address of " + prefix.get() + ", or an APIPA address from 169.254.21.0 to "
                                    + "169.254.22.255.");
                }
            }
            long custom = addresses.stream().filter(BgpRules::isApipa).count();
            if (custom > 1 && gateway.props().read(Keys.ACTIVE_ACTIVE).isPresent()
                    && !gateway.props().read(Keys.ACTIVE_ACTIVE).orElse(false)) {
                out.report("VPN gateway " + label(gateway) + " is active-standby and lists " + custom + " custom APIPA "
                        + "BGP addresses; an active-standby gateway takes one", List.of(gateway.id()),
                        "Keep one APIPA address, or make the gateway active-active.");
            }
        }
    }

    /** A custom APIPA BGP address Azure accepts: 169.254.21.0 to 169.254.22.255. */
    static boolean isApipa(IPAddress address) {
        return address.isIPv4() && address.compareTo(APIPA_LOW) >= 0 && address.compareTo(APIPA_HIGH) <= 0;
    }

    private static void routeServerVpn(Facts f, Reporter out) {
        for (Element vnet : f.elements(ElementKind.VIRTUAL_NETWORK)) {
            List<Element> servers = f.inside(vnet, ElementKind.ROUTE_SERVER);
            if (servers.isEmpty()) {
                continue;
            }
            Element server = servers.get(0);
            for (Element gateway : f.inside(vnet, ElementKind.VPN_GATEWAY)) {
                List<String> ids = Reporter.ids(gateway, server);
                var activeActive = gateway.props().read(Keys.ACTIVE_ACTIVE);
                if (activeActive.isPresent() && !activeActive.orElse(false)) {
                    out.report("VPN gateway " + label(gateway) + " shares " + label(vnet) + " with Route Server "
                            + label(server) + " but is not active-active; Route Server works with VPN gateways "
                            + "in active-active mode only", ids, "Make " + label(gateway) + " active-active.");
                } else if (!activeActive.isPresent() && !activeActive.isInvalid()) {
                    out.report(Severity.INFO, "VPN gateway " + label(gateway) + " shares " + label(vnet) + " with "
                            + "Route Server " + label(server) + " and does not say whether it is active-active; not "
                            + "checked: Route Server needs it active-active", ids, Optional.empty());
                }
                Optional<Long> asn = gateway.props().read(Keys.BGP_ASN).toOptional();
                if (asn.isPresent() && asn.get() != AZURE_ASN) {
                    out.report("VPN gateway " + label(gateway) + " has ASN " + asn.get() + " beside Route Server "
                            + label(server) + "; with Route Server the gateway must keep ASN 65515", ids,
                            "Set " + Keys.BGP_ASN + " to 65515, or leave it unset.");
                }
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
            e.props().read(Keys.BGP_ASN).toOptional().ifPresent(asn -> reservedBy(asn, onPremises).ifPresent(why ->
                    out.report("ASN " + asn + " of " + label(e) + " " + why, e)));
        }
        for (Connection c : f.connections(ConnectionKind.EXPRESSROUTE_PEERING)) {
            c.props().read(Keys.PEER_ASN).toOptional().ifPresent(asn -> reservedBy(asn, true).ifPresent(why ->
                    out.report("Peer ASN " + asn + " of ExpressRoute peering " + c.id() + " " + why,
                            List.of(c.id()))));
        }
    }

    private static void distinctAsn(Facts f, Reporter out) {
        for (Connection c : f.connections(ConnectionKind.VNET_TO_VNET)) {
            List<Element> ends = gatewaysOf(f, c);
            if (!bgp(c) || ends.size() != 2) {
                continue;
            }
            Optional<Long> a = ends.get(0).props().read(Keys.BGP_ASN).toOptional();
            Optional<Long> b = ends.get(1).props().read(Keys.BGP_ASN).toOptional();
            if (a.isEmpty() && b.isEmpty()) {
                out.report(Severity.INFO, "Connection " + c.id() + " enables BGP, but neither " + label(ends.get(0))
                        + " nor " + label(ends.get(1)) + " gives its ASN; not checked: left at Azure's 65515 both "
                        + "would be the same, and BGP needs them to differ", Reporter.ids(c, ends.get(0), ends.get(1)),
                        Optional.of("Give one of the gateways a private ASN other than 65515."));
            } else if (a.orElse(AZURE_ASN).equals(b.orElse(AZURE_ASN))) {
                out.report("Connection " + c.id() + " enables BGP with ASN " + a.orElse(AZURE_ASN) + " on both "
                        + "gateways (" + label(ends.get(0)) + " and " + label(ends.get(1)) + ")",
                        Reporter.ids(c, ends.get(0), ends.get(1)), "Give one gateway another private ASN.");
            }
        }
        for (Connection c : f.connections(ConnectionKind.SITE_TO_SITE_VPN)) {
            Optional<Element> gateway = gatewayOf(f, c);
            if (!bgp(c) || gateway.isEmpty()) {
                continue;
            }
            Element far = f.element(c.otherEnd(gateway.get().id()));
            Optional<Long> onPremises = far.props().read(Keys.BGP_ASN).toOptional();
            if (onPremises.isEmpty() && far.kind() == ElementKind.LOCAL_NETWORK_GATEWAY) {
                onPremises = f.applianceOf(far).flatMap(a -> a.props().read(Keys.BGP_ASN).toOptional());
            }
            long azure = gateway.get().props().read(Keys.BGP_ASN).orElse(AZURE_ASN);
            if (onPremises.isEmpty()) {
                out.report(Severity.INFO, "Connection " + c.id() + " enables BGP, but " + label(far) + " does not "
                        + "give its ASN; not checked: the two ends need different ASNs", Reporter.ids(c, far),
                        Optional.of("Set the on-premises BGP ASN (a private one such as 65010)."));
            } else if (onPremises.get() == azure) {
                out.report("Connection " + c.id() + " enables BGP with ASN " + azure + " on both sides ("
                        + label(far) + " and " + label(gateway.get()) + ")", Reporter.ids(c, far, gateway.get()));
            }
        }
    }
}
