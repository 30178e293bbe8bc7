package dev.hybridnet.validation;

import static dev.hybridnet.validation.Facts.label;

import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.NextHopType;
import dev.hybridnet.model.Props;
import dev.hybridnet.model.PublicIpAllocation;
import dev.hybridnet.model.PublicIpSku;
import dev.hybridnet.model.Route;
import dev.hybridnet.model.VpnGatewaySku;
import dev.hybridnet.model.VpnType;
import inet.ipaddr.IPAddress;
import java.util.List;
import java.util.Optional;

/**
 * Virtual network gateways and their GatewaySubnet.
 * The rules that have quick fixes are public, so the fixes name them.
 */
public final class GatewayRules {

    static final String GATEWAY_SUBNET = "GatewaySubnet";

    public static final Rule SUBNET_NAME = new Rule(new RuleInfo("gateway-subnet-name", Severity.ERROR,
            "Gateways live in a subnet named exactly GatewaySubnet",
            "Azure deploys VPN and ExpressRoute gateways only into the subnet named 'GatewaySubnet'.",
            Sources.ER_GATEWAY, "AZ-GWSUBNET-NAME"), GatewayRules::subnetName);

    public static final Rule SUBNET_SIZE = new Rule(new RuleInfo("gateway-subnet-size", Severity.WARNING,
            "GatewaySubnet is /27 or larger",
            "A /27 leaves room for gateway scale units, active-active and ExpressRoute coexistence; smaller "
                    + "subnets force a rebuild of the gateway later.",
            Sources.VPN, "AZ-GWSUBNET-SIZE"), GatewayRules::subnetSize);

    static final Rule CONTENTS = new Rule(new RuleInfo("gateway-subnet-contents", Severity.ERROR,
            "Nothing but gateways in GatewaySubnet",
            "VMs and other resources in GatewaySubnet break the gateway; Azure tells you never to deploy them "
                    + "there.",
            Sources.ER_GATEWAY, "AZ-GW-CONTAINMENT"), GatewayRules::contents);

    public static final Rule NO_NSG_OR_DEFAULT_ROUTE = new Rule(new RuleInfo("gateway-subnet-nsg-udr", Severity.ERROR,
            "No NSG, no 0.0.0.0/0 route and BGP propagation on GatewaySubnet",
            "An NSG or a default route on GatewaySubnet, or disabled BGP route propagation, stops the gateway "
                    + "from working; Azure refuses to create gateways that way.",
            Sources.VPN_SETTINGS, "AZ-GWSUBNET-NO-NSG-UDR"), GatewayRules::noNsgOrDefaultRoute);

    static final Rule ONE_PER_TYPE = new Rule(new RuleInfo("gateway-one-per-type", Severity.ERROR,
            "At most one VPN and one ExpressRoute gateway per VNet",
            "A virtual network can hold one virtual network gateway of each type.",
            Sources.LIMITS, "AZ-GW-ONE-PER-TYPE"), GatewayRules::onePerType);

    public static final Rule VPN_PUBLIC_IP = new Rule(new RuleInfo("vpn-gateway-public-ip", Severity.ERROR,
            "A VPN gateway has a Standard, static public IP address",
            "The on-premises appliance builds its tunnel to the gateway's public IP. Since December 2023 Azure "
                    + "creates VpnGw1-5 and VpnGw1AZ-5AZ gateways only with Standard SKU public IPs, which are "
                    + "always static; only the Basic gateway SKU still takes a Basic, dynamic one. The two "
                    + "instances of an active-active gateway have two different public IPs.",
            Sources.VPN_SKUS, "AZ-VPNGW-PUBLIC-IP").whenAbsent("Azure allocates the address, so a design seldom "
                    + "states it: a gateway without publicIp is an info finding. Without publicIpSku, "
                    + "publicIpAllocation or sku the SKU check is passed over."), GatewayRules::vpnPublicIp);

    static final Rule POLICY_BASED = new Rule(new RuleInfo("vpn-policy-based-limits", Severity.ERROR,
            "Policy-based VPN gateways: Basic SKU, one static tunnel",
            "Policy-based gateways support a single site-to-site tunnel without BGP, only on the Basic SKU, and "
                    + "cannot coexist with ExpressRoute.",
            Sources.VPN_SKUS, "AZ-VPN-POLICY-BASED-LIMITS"), GatewayRules::policyBased);

    static final Rule TUNNEL_LIMIT = new Rule(new RuleInfo("vpn-tunnel-limit", Severity.ERROR,
            "Site-to-site tunnels within the gateway SKU's limit",
            "Each VPN gateway SKU supports a maximum number of site-to-site tunnels; active-active gateways "
                    + "use two per connection.",
            Sources.VPN_SKUS, "AZ-VPN-TUNNEL-LIMIT"), GatewayRules::tunnelLimit);

    static final Rule NO_ER_NEXT_HOP = new Rule(new RuleInfo("udr-no-expressroute-next-hop", Severity.ERROR,
            "User-defined routes cannot point at an ExpressRoute gateway",
            "A route's next hop can be a VPN gateway but not an ExpressRoute gateway.",
            Sources.PEERING, "AZ-UDR-NO-ER-NEXTHOP"), GatewayRules::noExpressRouteNextHop);

    private GatewayRules() {
    }

    static List<Rule> rules() {
        return List.of(SUBNET_NAME, SUBNET_SIZE, CONTENTS, NO_NSG_OR_DEFAULT_ROUTE, ONE_PER_TYPE, VPN_PUBLIC_IP,
                POLICY_BASED, TUNNEL_LIMIT, NO_ER_NEXT_HOP);
    }

    static boolean isGatewaySubnet(Element subnet) {
        return subnet.kind() == ElementKind.SUBNET && subnet.name().equals(GATEWAY_SUBNET);
    }

    static List<Element> gateways(Facts f) {
        List<Element> gateways = new java.util.ArrayList<>(f.elements(ElementKind.VPN_GATEWAY));
        gateways.addAll(f.elements(ElementKind.EXPRESSROUTE_GATEWAY));
        return gateways;
    }

    private static void subnetName(Facts f, Reporter out) {
        for (Element gateway : gateways(f)) {
            Optional<Element> subnet = f.parent(gateway).filter(p -> p.kind() == ElementKind.SUBNET);
            if (subnet.isPresent() && !isGatewaySubnet(subnet.get())) {
                Element s = subnet.get();
                boolean nearMiss = s.name().equalsIgnoreCase(GATEWAY_SUBNET);
                out.report(Severity.ERROR, label(gateway) + " is in subnet '" + s.name() + "'; gateways can only "
                        + "be deployed to a subnet named exactly GatewaySubnet" + (nearMiss ? " (case matters)" : ""),
                        Reporter.ids(gateway, s), Optional.of("Rename subnet '" + s.name() + "' to GatewaySubnet."));
            }
        }
    }

    private static void subnetSize(Facts f, Reporter out) {
        for (Element subnet : f.elements(ElementKind.SUBNET)) {
            if (!isGatewaySubnet(subnet)) {
                continue;
            }
            Optional<IPAddress> prefix = f.prefix(subnet);
            Integer length = prefix.map(IPAddress::getNetworkPrefixLength).orElse(null);
            boolean coexistence = f.vnetOf(subnet).filter(v -> !f.inside(v, ElementKind.EXPRESSROUTE_GATEWAY).isEmpty()
                    && !f.inside(v, ElementKind.VPN_GATEWAY).isEmpty()).isPresent();
            if (length != null && length > 27 && length <= 29 && !coexistence) {
                out.report("GatewaySubnet " + prefix.get() + " in " + vnetLabel(f, subnet) + " is smaller than /27",
                        List.of(subnet.id()), "Widen GatewaySubnet to a /27.");
            }
        }
    }

    private static void contents(Facts f, Reporter out) {
        for (Element subnet : f.elements(ElementKind.SUBNET)) {
            if (!isGatewaySubnet(subnet)) {
                continue;
            }
            for (Element child : f.children(subnet)) {
                if (!child.kind().isGateway()) {
                    out.report(label(child) + " is in GatewaySubnet of " + vnetLabel(f, subnet) + "; only VPN and "
                            + "ExpressRoute gateways may be deployed there", child, subnet);
                }
            }
        }
    }

    private static void noNsgOrDefaultRoute(Facts f, Reporter out) {
        for (Element subnet : f.elements(ElementKind.SUBNET)) {
            if (!isGatewaySubnet(subnet)) {
                continue;
            }
            String where = "GatewaySubnet of " + vnetLabel(f, subnet);
            if (subnet.props().read(Keys.NSG).orElse(false)) {
                out.report(Severity.ERROR, where + " has a network security group; gateways stop working with one",
                        List.of(subnet.id()), Optional.of("Remove the NSG from GatewaySubnet."));
            }
            for (Route route : subnet.props().read(Keys.ROUTES).orElse(List.of())) {
                if (route.addressPrefix().getNetworkPrefixLength() == 0) {
                    out.report(where + " has a route to " + route.addressPrefix() + " (via " + route.nextHopType()
                            .spelling() + "); default routes are not supported on GatewaySubnet", subnet);
                }
            }
            if (subnet.props().read(Keys.DISABLE_BGP_ROUTE_PROPAGATION).orElse(false)) {
                out.report(where + " disables BGP route propagation; the gateway needs it", subnet);
            }
        }
    }

    private static void onePerType(Facts f, Reporter out) {
        for (Element vnet : f.elements(ElementKind.VIRTUAL_NETWORK)) {
            for (ElementKind kind : List.of(ElementKind.VPN_GATEWAY, ElementKind.EXPRESSROUTE_GATEWAY)) {
                List<Element> gateways = f.inside(vnet, kind);
                if (gateways.size() > 1) {
                    String type = kind == ElementKind.VPN_GATEWAY ? "VPN" : "ExpressRoute";
                    out.report(label(vnet) + " has " + gateways.size() + " " + type + " gateways ("
                            + String.join(", ", gateways.stream().map(Facts::label).toList()) + "); a VNet can have "
                            + "only one", gateways.stream().map(Element::id).toList());
                }
            }
        }
    }

    private static void vpnPublicIp(Facts f, Reporter out) {
        for (Element gateway : f.elements(ElementKind.VPN_GATEWAY)) {
            Props props = gateway.props();
            if (!props.read(Keys.PUBLIC_IP).isPresent() && !props.read(Keys.PUBLIC_IP).isInvalid()) {
                out.report(Severity.INFO, "VPN gateway " + label(gateway) + " does not give its public IP address; "
                        + "not checked: the address the on-premises devices build their tunnels to",
                        List.of(gateway.id()), Optional.empty());
            }
            VpnGatewaySku sku = props.read(Keys.VPN_GATEWAY_SKU).orElse(null);
            if (sku != null && needsStandardPublicIp(sku)) {
                PublicIpSku ipSku = props.read(Keys.PUBLIC_IP_SKU).orElse(null);
                PublicIpAllocation allocation = props.read(Keys.PUBLIC_IP_ALLOCATION)
                        .orElse(null);
                List<String> wrong = new java.util.ArrayList<>();
                if (ipSku == PublicIpSku.BASIC) {
                    wrong.add("a Basic SKU public IP");
                }
                if (allocation == PublicIpAllocation.DYNAMIC) {
                    wrong.add("a dynamically allocated public IP");
                }
                if (!wrong.isEmpty()) {
                    out.report("VPN gateway " + label(gateway) + " (" + sku.spelling() + ") has "
                            + String.join(" and ", wrong) + "; Azure creates " + sku.spelling() + " gateways only "
                            + "with Standard, static public IPs", List.of(gateway.id()),
                            "Use a Standard SKU public IP with static allocation.");
                }
            }
            Optional<IPAddress> first = props.read(Keys.PUBLIC_IP).toOptional();
            Optional<IPAddress> second = props.read(Keys.SECOND_PUBLIC_IP).toOptional();
            if (first.isPresent() && second.isPresent() && first.get().equals(second.get())) {
                out.report("VPN gateway " + label(gateway) + " gives both of its instances the public IP "
                        + first.get() + "; each instance of an active-active gateway has its own", gateway);
            }
        }
    }

    /** The SKUs Azure now creates only with Standard, static public IPs: all but Basic and the legacy ones. */
    static boolean needsStandardPublicIp(VpnGatewaySku sku) {
        return sku != VpnGatewaySku.BASIC && sku != VpnGatewaySku.STANDARD && sku != VpnGatewaySku.HIGH_PERFORMANCE;
    }

    private static void policyBased(Facts f, Reporter out) {
        for (Element gateway : f.elements(ElementKind.VPN_GATEWAY)) {
            if (gateway.props().read(Keys.VPN_TYPE).orElse(VpnType.ROUTE_BASED) != VpnType.POLICY_BASED) {
                continue;
            }
            String name = "Policy-based VPN gateway " + label(gateway);
            VpnGatewaySku sku = gateway.props().read(Keys.VPN_GATEWAY_SKU).orElse(null);
            if (sku != null && sku != VpnGatewaySku.BASIC) {
                out.report(name + " has SKU " + sku.spelling() + "; policy-based gateways exist only as Basic",
                        List.of(gateway.id()), "Make the gateway route-based.");
            }
            if (tunnels(f, gateway).stream().anyMatch(c -> c.props().read(Keys.ENABLE_BGP).orElse(false))) {
                out.report(name + " has a connection with BGP enabled; policy-based gateways use static routing",
                        gateway);
            }
        }
    }

    static List<dev.hybridnet.model.Connection> siteToSite(Facts f, Element gateway) {
        return f.diagram().connectionsOf(gateway.id()).stream()
                .filter(c -> c.kind() == ConnectionKind.SITE_TO_SITE_VPN).toList();
    }

    /**
     * A VPN gateway's IPsec tunnels: its site-to-site connections and one VNet-to-VNet connection per gateway at
     * the far end (a file may hold both halves Azure makes of one VNet-to-VNet link, one in each direction).
     */
    static List<dev.hybridnet.model.Connection> tunnels(Facts f, Element gateway) {
        java.util.Set<String> farEnds = new java.util.HashSet<>();
        return f.diagram().connectionsOf(gateway.id()).stream()
                .filter(c -> c.kind() == ConnectionKind.SITE_TO_SITE_VPN
                        || c.kind() == ConnectionKind.VNET_TO_VNET && farEnds.add(c.otherEnd(gateway.id())))
                .toList();
    }

    private static void tunnelLimit(Facts f, Reporter out) {
        for (Element gateway : f.elements(ElementKind.VPN_GATEWAY)) {
            VpnGatewaySku sku = gateway.props().read(Keys.VPN_GATEWAY_SKU).orElse(null);
            if (sku == null) {
                continue;
            }
            int perConnection = gateway.props().read(Keys.ACTIVE_ACTIVE).orElse(false) ? 2 : 1;
            int tunnels = tunnels(f, gateway).size() * perConnection;
            int limit = maxTunnels(sku);
            if (tunnels > limit) {
                out.report("VPN gateway " + label(gateway) + " needs " + tunnels + " site-to-site tunnels; SKU "
                        + sku.spelling() + " supports " + limit, gateway);
            }
        }
    }

    /** Basic and the legacy Standard carry 10 tunnels, HighPerformance 30, current SKUs 100. */
    static int maxTunnels(VpnGatewaySku sku) {
        return switch (sku) {
            case BASIC, STANDARD -> 10;
            case HIGH_PERFORMANCE -> 30;
            default -> 100;
        };
    }

    private static void noExpressRouteNextHop(Facts f, Reporter out) {
        for (Element subnet : f.elements(ElementKind.SUBNET)) {
            for (Route route : subnet.props().read(Keys.ROUTES).orElse(List.of())) {
                if (route.nextHopType() != NextHopType.VIRTUAL_NETWORK_GATEWAY || route.nextHop().isEmpty()) {
                    continue;
                }
                f.diagram().element(route.nextHop().get()).filter(e -> e.kind() == ElementKind.EXPRESSROUTE_GATEWAY)
                        .ifPresent(er -> out.report("Subnet " + label(subnet) + " routes " + route.addressPrefix()
                                + " to ExpressRoute gateway " + label(er) + "; only a VPN gateway can be a route's "
                                + "next hop", subnet, er));
            }
        }
    }

    static String vnetLabel(Facts f, Element e) {
        return f.vnetOf(e).map(Facts::label).orElse("no VNet");
    }
}
