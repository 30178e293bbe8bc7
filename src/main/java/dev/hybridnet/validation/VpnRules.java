package dev.hybridnet.validation;

import static dev.hybridnet.validation.Facts.describe;
import static dev.hybridnet.validation.Facts.label;

import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.VpnType;
import inet.ipaddr.IPAddress;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The site-to-site VPN reference: appliance, local network gateway, routing type, GatewaySubnet placement. */
public final class VpnRules {

    static final Rule LNG_DEFINED = new Rule(new RuleInfo("lng-gateway-ip", Severity.ERROR,
            "A local network gateway carries the appliance's public IP",
            "The local network gateway is Azure's record of the on-premises appliance: its gateway IP must be the "
                    + "appliance's public IP, or the tunnel points nowhere.",
            Sources.VPN, "VPN-LNG-DEFINED").whenAbsent("A local network gateway without gatewayIp (it may use an "
                    + "FQDN) is an info finding; the comparison with the appliance is passed over."),
            VpnRules::lngDefined);

    public static final Rule LNG_ADDRESS = new Rule(new RuleInfo("lng-address-prefixes", Severity.ERROR,
            "Local network gateway prefixes describe on-premises and not the VNet",
            "Azure sends traffic for the local network gateway's prefixes into the tunnel: they must be on-premises "
                    + "ranges, and must never overlap the VNet, or Azure would route its own addresses away.",
            Sources.VPN, "VPN-LNG-ADDRESS").whenAbsent("Without addressPrefixes (and without BGP) an info finding "
                    + "says the tunnel's routes were not checked; an empty list that is stated is an error."),
            VpnRules::lngAddress);

    static final Rule APPLIANCE_PUBLIC_IP = new Rule(new RuleInfo("vpn-appliance-public-ip", Severity.ERROR,
            "The VPN appliance has a public IP and is not behind NAT",
            "Azure's VPN gateway must reach the appliance at a public address; an appliance behind NAT cannot be a "
                    + "tunnel endpoint in this architecture.",
            Sources.VPN, "VPN-APPLIANCE-PUBLIC-IP").whenAbsent("An appliance without publicIp is an info finding; "
                    + "behindNat absent means not behind NAT."), VpnRules::appliancePublicIp);

    static final Rule ROUTE_BASED = new Rule(new RuleInfo("vpn-route-based-multisite", Severity.ERROR,
            "Several sites, VNet-to-VNet or RRAS need a route-based gateway",
            "Policy-based gateways serve one static tunnel; more than one site-to-site connection, a VNet-to-VNet "
                    + "connection or a Windows RRAS appliance needs a route-based gateway.",
            Sources.VPN, "VPN-ROUTEBASED-FOR-MULTISITE"), VpnRules::routeBased);

    static final Rule BASTION = new Rule(new RuleInfo("vpn-management-bastion", Severity.WARNING,
            "VMs reached over VPN stay manageable through Bastion",
            "If the VPN is down, Azure Bastion (in the VNet or in a peered hub) still reaches the VMs.",
            Sources.VPN, "VPN-MGMT-BASTION"), VpnRules::bastion);

    static final Rule SUBNET_POSITION = new Rule(new RuleInfo("gateway-subnet-position", Severity.INFO,
            "GatewaySubnet sits at the top of the VNet's address space",
            "Keeping GatewaySubnet in the last block of the address space leaves the rest in one piece for "
                    + "workload subnets.",
            Sources.VPN, "VPN-GW-SUBNET-POSITION"), VpnRules::subnetPosition);

    private VpnRules() {
    }

    static List<Rule> rules() {
        return List.of(LNG_DEFINED, LNG_ADDRESS, APPLIANCE_PUBLIC_IP, ROUTE_BASED, BASTION, SUBNET_POSITION);
    }

    private static void lngDefined(Facts f, Reporter out) {
        for (Element lng : f.elements(ElementKind.LOCAL_NETWORK_GATEWAY)) {
            Optional<IPAddress> ip = lng.props().read(Keys.GATEWAY_IP).toOptional();
            if (ip.isEmpty()) {
                if (!lng.props().read(Keys.GATEWAY_IP).isInvalid()) {
                    out.report(Severity.INFO, describe(lng) + " does not give its gateway IP; not checked: that it "
                            + "is the public IP of the on-premises VPN appliance", List.of(lng.id()),
                            Optional.of("Set it to the public IP of the on-premises VPN appliance."));
                }
                continue;
            }
            for (Connection c : f.diagram().connectionsOf(lng.id())) {
                if (c.kind() != ConnectionKind.REPRESENTS || !c.from().equals(lng.id())) {
                    continue;
                }
                Element appliance = f.element(c.to());
                Optional<IPAddress> publicIp = appliance.props().read(Keys.PUBLIC_IP).toOptional();
                if (publicIp.isPresent() && !publicIp.get().equals(ip.get())) {
                    out.report(describe(lng) + " has gateway IP " + ip.get() + ", but the "
                            + "appliance it stands for, " + label(appliance) + ", has public IP " + publicIp.get(),
                            Reporter.ids(lng, appliance), "Set the gateway IP to " + publicIp.get() + ".");
                }
            }
        }
    }

    private static void lngAddress(Facts f, Reporter out) {
        for (Connection c : f.connections(ConnectionKind.SITE_TO_SITE_VPN)) {
            Optional<Element> gateway = BgpRules.gatewayOf(f, c);
            Element far = f.element(gateway.map(g -> c.otherEnd(g.id())).orElse(c.to()));
            if (gateway.isEmpty() || far.kind() != ElementKind.LOCAL_NETWORK_GATEWAY) {
                continue;
            }
            var read = far.props().read(Keys.ADDRESS_PREFIXES);
            List<IPAddress> prefixes = read.orElse(List.of());
            if (prefixes.isEmpty() && !BgpRules.bgp(c) && read.isPresent()) {
                out.report(describe(far) + " has an empty list of address prefixes and connection "
                        + c.id() + " does not use BGP, so Azure routes nothing into the tunnel", far);
            } else if (!BgpRules.bgp(c) && !read.isPresent() && !read.isInvalid()) {
                out.report(Severity.INFO, describe(far) + " does not give its address prefixes; not checked: "
                        + "which on-premises ranges connection " + c.id() + " carries", List.of(far.id()),
                        Optional.empty());
            }
            f.vnetOf(gateway.get()).ifPresent(vnet -> overlapsVnet(f, out, far, prefixes, vnet));
            f.applianceOf(far).flatMap(a -> f.parent(a))
                    .filter(n -> n.kind() == ElementKind.ON_PREMISES_NETWORK)
                    .ifPresent(site -> outsideSite(f, out, far, prefixes, site));
        }
    }

    private static void overlapsVnet(Facts f, Reporter out, Element lng, List<IPAddress> prefixes, Element vnet) {
        for (IPAddress prefix : prefixes) {
            for (IPAddress space : f.spaces(vnet)) {
                if (prefix.getIPVersion() == space.getIPVersion() && prefix.overlaps(space)) {
                    out.report(describe(lng) + " advertises " + prefix + ", which overlaps "
                            + label(vnet) + " (" + space + ")", lng, vnet);
                }
            }
        }
    }

    private static void outsideSite(Facts f, Reporter out, Element lng, List<IPAddress> prefixes, Element site) {
        List<IPAddress> spaces = f.spaces(site);
        Optional<IPAddress> bgpPeer = lng.props().read(Keys.BGP_PEERING_ADDRESS).toOptional();
        for (IPAddress prefix : prefixes) {
            boolean inside = spaces.stream().anyMatch(s -> AddressRange.contains(s, prefix));
            boolean bgpHost = bgpPeer.isPresent() && prefix.contains(bgpPeer.get()) && prefix.isSingleNetwork()
                    && prefix.getCount().equals(BigInteger.ONE);
            if (!inside && !bgpHost && !spaces.isEmpty()) {
                out.report(Severity.WARNING, describe(lng) + " advertises " + prefix
                        + ", which is not part of " + label(site) + " (" + AddressRules.join(spaces) + ")",
                        Reporter.ids(lng, site), Optional.empty());
            }
        }
    }

    private static void appliancePublicIp(Facts f, Reporter out) {
        for (Element appliance : f.elements(ElementKind.VPN_APPLIANCE)) {
            var read = appliance.props().read(Keys.PUBLIC_IP);
            if (read.isInvalid()) {
                continue;
            }
            Optional<IPAddress> ip = read.toOptional();
            if (ip.isEmpty()) {
                out.report(Severity.INFO, describe(appliance) + " does not give its public IP address; not "
                        + "checked: that the tunnel can reach it", List.of(appliance.id()), Optional.empty());
            } else if (!isPublic(ip.get())) {
                out.report(describe(appliance) + " has " + ip.get() + ", which is not a public "
                        + "address", appliance);
            }
            if (appliance.props().read(Keys.BEHIND_NAT).orElse(false)) {
                out.report(describe(appliance) + " is behind NAT; the tunnel needs it reachable "
                        + "at its own public address", appliance);
            }
        }
    }

    /** Not private, shared (100.64/10), link-local, loopback, multicast or unspecified. */
    static boolean isPublic(IPAddress ip) {
        if (ip.isLoopback() || ip.isLinkLocal() || ip.isMulticast() || ip.isAnyLocal() || ip.isLocal()) {
            return false;
        }
        return !(ip.isIPv4() && ip.toIPv4().isPrivate())
                && !new inet.ipaddr.IPAddressString("100.64.0.0/10").getAddress().contains(ip);
    }

    private static void routeBased(Facts f, Reporter out) {
        for (Element gateway : f.elements(ElementKind.VPN_GATEWAY)) {
            if (gateway.props().read(Keys.VPN_TYPE).orElse(VpnType.ROUTE_BASED) != VpnType.POLICY_BASED) {
                continue;
            }
            List<Connection> tunnels = GatewayRules.siteToSite(f, gateway);
            for (Connection c : GatewayRules.tunnels(f, gateway)) {
                if (c.kind() == ConnectionKind.VNET_TO_VNET) {
                    out.report("Policy-based VPN gateway " + label(gateway) + " has VNet-to-VNet connection " + c.id()
                            + "; VNet-to-VNet connections need route-based gateways at both ends",
                            Reporter.ids(c, gateway), "Make the gateway route-based.");
                }
            }
            if (tunnels.size() > 1) {
                out.report("Policy-based VPN gateway " + label(gateway) + " has " + tunnels.size() + " site-to-site "
                        + "connections; several sites need a route-based gateway", List.of(gateway.id()),
                        "Make the gateway route-based.");
            }
            for (Connection c : tunnels) {
                Element far = f.element(c.otherEnd(gateway.id()));
                Optional<Element> appliance = far.kind() == ElementKind.VPN_APPLIANCE ? Optional.of(far)
                        : f.applianceOf(far);
                appliance.filter(a -> a.props().read(Keys.DEVICE).orElse("").toLowerCase(Locale.ROOT).contains("rras"))
                        .ifPresent(a -> out.report("Policy-based VPN gateway " + label(gateway) + " connects to "
                                + "RRAS appliance " + label(a) + "; RRAS needs a route-based gateway",
                                Reporter.ids(gateway, a), "Make the gateway route-based."));
            }
        }
    }

    /**
     * One finding per VNet whose VPN gateway reaches on-premises, naming every VNet that reaches on-premises through
     * it (its own and its peers' through gateway transit) and has VMs but no Bastion: a hub with a hundred such
     * spokes gets one finding, not a hundred.
     */
    private static void bastion(Facts f, Reporter out) {
        java.util.Map<String, List<Element>> byGatewayVnet = new java.util.LinkedHashMap<>();
        java.util.Set<Element> withBastion = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element bastion : f.elements(ElementKind.BASTION)) {
            f.vnetOf(bastion).ifPresent(withBastion::add);
        }
        for (Element vnet : f.elements(ElementKind.VIRTUAL_NETWORK)) {
            if (withBastion.contains(vnet) || f.inside(vnet, ElementKind.VIRTUAL_MACHINE).isEmpty()) {
                continue;
            }
            boolean peered = false;
            for (Element peer : f.peersOf(vnet)) {
                peered |= withBastion.contains(peer);
            }
            if (peered) {
                continue;
            }
            Optional<Element> through = vpnVnetOf(f, vnet);
            if (through.isPresent()) {
                byGatewayVnet.computeIfAbsent(through.get().id(), k -> new java.util.ArrayList<>()).add(vnet);
            }
        }
        byGatewayVnet.forEach((id, vnets) -> {
            Element gatewayVnet = f.element(id);
            List<String> ids = new java.util.ArrayList<>(List.of(gatewayVnet.id()));
            vnets.forEach(v -> ids.add(v.id()));
            String names = Names.some(vnets, 5);
            String subject = vnets.size() == 1 ? names + " has VMs" : vnets.size() + " VNets (" + names + ") have VMs";
            String over = vnets.size() == 1 && vnets.get(0) == gatewayVnet ? ""
                    : " through the VPN gateway of " + label(gatewayVnet);
            out.report(subject + " reached over VPN" + over + " but no Azure Bastion to manage them if the VPN is "
                    + "down", ids, "Add an AzureBastionSubnet (/26) with a Bastion to " + label(gatewayVnet)
                    + (vnets.size() == 1 && vnets.get(0) == gatewayVnet ? "" : " and peer it with them") + ".");
        });
    }

    /** The VNet whose VPN gateway carries {@code vnet}'s traffic to on-premises: its own, or its remote gateway's. */
    private static Optional<Element> vpnVnetOf(Facts f, Element vnet) {
        if (reachesOnPremisesOverVpn(f, vnet)) {
            return Optional.of(vnet);
        }
        for (PeeringLink link : f.peeringsOf(vnet)) {
            Optional<dev.hybridnet.model.PeeringDirection> side = link.sideOf(vnet.id());
            if (side.isPresent() && side.get().useRemoteGateways()
                    && reachesOnPremisesOverVpn(f, link.other(vnet.id()))) {
                return Optional.of(link.other(vnet.id()));
            }
        }
        return Optional.empty();
    }

    private static boolean reachesOnPremisesOverVpn(Facts f, Element vnet) {
        for (Element gateway : f.inside(vnet, ElementKind.VPN_GATEWAY)) {
            if (!f.vpnSites(gateway).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static void subnetPosition(Facts f, Reporter out) {
        for (Element vnet : f.elements(ElementKind.VIRTUAL_NETWORK)) {
            for (Element subnet : f.subnets(vnet)) {
                Optional<IPAddress> prefix = f.prefix(subnet).filter(p -> GatewayRules.isGatewaySubnet(subnet));
                if (prefix.isEmpty()) {
                    continue;
                }
                Optional<IPAddress> space = f.spaces(vnet).stream()
                        .filter(s -> AddressRange.contains(s, prefix.get())).findFirst();
                if (space.isPresent() && !prefix.get().getUpper().getValue().equals(space.get().getUpper().getValue())) {
                    out.report("GatewaySubnet " + prefix.get() + " is not the last block of " + label(vnet) + "'s "
                            + space.get() + "; placing it at the top keeps the rest of the range in one piece",
                            subnet);
                }
            }
        }
    }
}
