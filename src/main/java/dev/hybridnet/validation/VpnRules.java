package dev.hybridnet.validation;

import static dev.hybridnet.validation.Facts.describe;
import static dev.hybridnet.validation.Facts.label;

import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.VpnType;
import inet.ipaddr.IPAddress;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The site-to-site VPN reference: appliance, local network gateway, routing type, GatewaySubnet placement. */
final class VpnRules {

    static final Rule LNG_DEFINED = new Rule(new RuleInfo("lng-gateway-ip", Severity.ERROR,
            "A local network gateway carries the appliance's public IP",
            "The local network gateway is Azure's record of the on-premises appliance: its gateway IP must be the "
                    + "appliance's public IP, or the tunnel points nowhere.",
            Sources.VPN, "VPN-LNG-DEFINED"), VpnRules::lngDefined);

    static final Rule LNG_ADDRESS = new Rule(new RuleInfo("lng-address-prefixes", Severity.ERROR,
            "Local network gateway prefixes describe on-premises and not the VNet",
            "Azure sends traffic for the local network gateway's prefixes into the tunnel: they must be on-premises "
                    + "ranges, and must never overlap the VNet, or Azure would route its own addresses away.",
            Sources.VPN, "VPN-LNG-ADDRESS"), VpnRules::lngAddress);

    static final Rule APPLIANCE_PUBLIC_IP = new Rule(new RuleInfo("vpn-appliance-public-ip", Severity.ERROR,
            "The VPN appliance has a public IP and is not behind NAT",
            "Azure's VPN gateway must reach the appliance at a public address; an appliance behind NAT cannot be a "
                    + "tunnel endpoint in this architecture.",
            Sources.VPN, "VPN-APPLIANCE-PUBLIC-IP"), VpnRules::appliancePublicIp);

    static final Rule ROUTE_BASED = new Rule(new RuleInfo("vpn-route-based-multisite", Severity.ERROR,
            "Several sites or RRAS need a route-based gateway",
            "Policy-based gateways serve one static tunnel; more than one site-to-site connection or a Windows RRAS "
                    + "appliance needs a route-based gateway.",
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
            Optional<IPAddress> ip = lng.props().address("gatewayIp").toOptional();
            if (ip.isEmpty()) {
                if (!lng.props().address("gatewayIp").isInvalid()) {
                    out.report(describe(lng) + " has no gateway IP", List.of(lng.id()),
                            "Set it to the public IP of the on-premises VPN appliance.");
                }
                continue;
            }
            for (Connection c : f.diagram().connectionsOf(lng.id())) {
                if (c.kind() != ConnectionKind.REPRESENTS || !c.from().equals(lng.id())) {
                    continue;
                }
                Element appliance = f.element(c.to());
                Optional<IPAddress> publicIp = appliance.props().address("publicIp").toOptional();
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
            List<IPAddress> prefixes = far.props().prefixes("addressPrefixes").orElse(List.of());
            if (prefixes.isEmpty() && !BgpRules.bgp(c) && !far.props().prefixes("addressPrefixes").isInvalid()) {
                out.report(describe(far) + " has no address prefixes and connection "
                        + c.id() + " does not use BGP, so Azure routes nothing into the tunnel", far);
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
        Optional<IPAddress> bgpPeer = lng.props().address("bgpPeeringAddress").toOptional();
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
            var read = appliance.props().address("publicIp");
            if (read.isInvalid()) {
                continue;
            }
            Optional<IPAddress> ip = read.toOptional();
            if (ip.isEmpty()) {
                out.report(describe(appliance) + " has no public IP address", appliance);
            } else if (!isPublic(ip.get())) {
                out.report(describe(appliance) + " has " + ip.get() + ", which is not a public "
                        + "address", appliance);
            }
            if (appliance.props().bool("behindNat").orElse(false)) {
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
            if (gateway.props().choice("vpnType", VpnType.class).orElse(VpnType.ROUTE_BASED) != VpnType.POLICY_BASED) {
                continue;
            }
            List<Connection> tunnels = GatewayRules.siteToSite(f, gateway);
            if (tunnels.size() > 1) {
                out.report("Policy-based VPN gateway " + label(gateway) + " has " + tunnels.size() + " site-to-site "
                        + "connections; several sites need a route-based gateway", List.of(gateway.id()),
                        "Make the gateway route-based.");
            }
            for (Connection c : tunnels) {
                Element far = f.element(c.otherEnd(gateway.id()));
                Optional<Element> appliance = far.kind() == ElementKind.VPN_APPLIANCE ? Optional.of(far)
                        : f.applianceOf(far);
                appliance.filter(a -> a.props().text("device").orElse("").toLowerCase(Locale.ROOT).contains("rras"))
                        .ifPresent(a -> out.report("Policy-based VPN gateway " + label(gateway) + " connects to "
                                + "RRAS appliance " + label(a) + "; RRAS needs a route-based gateway",
                                Reporter.ids(gateway, a), "Make the gateway route-based."));
            }
        }
    }

    private static void bastion(Facts f, Reporter out) {
        for (Element vnet : f.elements(ElementKind.VIRTUAL_NETWORK)) {
            if (f.inside(vnet, ElementKind.VIRTUAL_MACHINE).isEmpty() || !reachedOverVpn(f, vnet)) {
                continue;
            }
            boolean here = !f.inside(vnet, ElementKind.BASTION).isEmpty();
            boolean peered = f.peersOf(vnet).stream().anyMatch(p -> !f.inside(p, ElementKind.BASTION).isEmpty());
            if (!here && !peered) {
                out.report(label(vnet) + " has VMs reached over VPN but no Azure Bastion to manage them if the VPN "
                        + "is down", List.of(vnet.id()), "Add an AzureBastionSubnet (/26) with a Bastion.");
            }
        }
    }

    private static boolean reachedOverVpn(Facts f, Element vnet) {
        if (f.inside(vnet, ElementKind.VPN_GATEWAY).stream().anyMatch(g -> !f.vpnSites(g).isEmpty())) {
            return true;
        }
        return f.peeringsOf(vnet).stream().anyMatch(link -> link.sideOf(vnet.id())
                .map(d -> d.useRemoteGateways()).orElse(false) && f.inside(link.other(vnet.id()),
                ElementKind.VPN_GATEWAY).stream().anyMatch(g -> !f.vpnSites(g).isEmpty()));
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
