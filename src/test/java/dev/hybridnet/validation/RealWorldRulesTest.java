package dev.hybridnet.validation;

import static dev.hybridnet.validation.Check.assertClean;
import static dev.hybridnet.validation.Check.assertFinds;
import static dev.hybridnet.validation.Check.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.model.Props;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The classes of mistakes real designs showed: absent data taken as wrong, hubs not recognised, next hops refused,
 * duplicates that are not, and the checks format 1.1 added (VNet-to-VNet, public IP SKUs, BGP addresses, Route
 * Server, IP forwarding, the firewall's management subnet).
 */
class RealWorldRulesTest {

    private static final Diagram VPN = Samples.load(Sample.VPN);
    private static final Diagram ER = Samples.load(Sample.EXPRESSROUTE);
    private static final Diagram HS = Samples.load(Sample.HUB_SPOKE);

    private static PropValue route(String prefix, String type, String nextHop) {
        Map<String, PropValue> fields = new HashMap<>();
        fields.put("addressPrefix", PropValue.text(prefix));
        fields.put("nextHopType", PropValue.text(type));
        if (nextHop != null) {
            fields.put("nextHop", PropValue.text(nextHop));
        }
        return PropValue.ObjectValue.of(fields);
    }

    private static Diagram routes(Diagram d, String subnet, PropValue... routes) {
        return Edit.prop(d, subnet, "routes", new PropValue.ListValue(List.of(routes)));
    }

    private static Props bothWays() {
        PropValue side = PropValue.ObjectValue.of(Map.of("allowForwardedTraffic", PropValue.bool(true)));
        return Props.builder().put("from", side).put("to", side).build();
    }

    private static Props bothWaysPlain() {
        PropValue side = PropValue.ObjectValue.of(Map.of());
        return Props.builder().put("from", side).put("to", side).build();
    }

    private static Props vnet(String space) {
        return Props.builder().texts("addressSpaces", List.of(space)).text("region", "westeurope").build();
    }

    private static Props subnet(String prefix) {
        return Props.builder().text("addressPrefix", prefix).build();
    }

    // --- absent is not wrong ---

    @Test
    void aCircuitTheDesignOnlyLinksToMayLeaveItsSkuOut() {
        Diagram d = Edit.removeProp(Edit.removeProp(ER, "er-circuit", "skuTier"), "er-circuit", "skuFamily");
        Finding f = assertFinds(d, "er-circuit-sku", Severity.INFO, "er-circuit");
        assertTrue(f.message().contains("does not give its skuTier or skuFamily; not checked"), f.message());
        assertFalse(new Validator().validate(d).hasErrors(), new Validator().validate(d).findings().toString());
        assertFinds(Edit.prop(Edit.prop(ER, "er-circuit", "skuTier", "Local"), "er-circuit", "skuFamily",
                "MeteredData"), "er-circuit-sku", Severity.ERROR, "er-circuit");
    }

    @Test
    void aCircuitWithoutTierInAnotherAreaIsANoteNotAnError() {
        Diagram far = Edit.prop(Edit.removeProp(ER, "er-circuit", "skuTier"), "vnet-app", "region", "eastus");
        far = Edit.prop(far, "er-circuit", "peeringLocation", "Amsterdam");
        Finding f = assertFinds(far, "er-geopolitical", Severity.INFO, "er-circuit");
        assertTrue(f.message().contains("only if the circuit is Premium"), f.message());
        assertFinds(Edit.prop(far, "er-circuit", "skuTier", "Standard"), "er-geopolitical", Severity.ERROR,
                "er-circuit");
        assertClean(Edit.prop(far, "er-circuit", "skuTier", "Premium"), "er-geopolitical");
    }

    @Test
    void aGatewayWithoutPublicIpIsANote() {
        Diagram d = Edit.removeProp(VPN, "vpngw", "publicIp");
        assertFinds(d, "vpn-gateway-public-ip", Severity.INFO, "vpngw");
        assertFalse(new Validator().validate(d).hasErrors());
    }

    @Test
    void missingDeviceAddressesAndAsnsAreNotesAndAnEmptyPrefixListIsAnError() {
        assertFinds(Edit.removeProp(VPN, "lng-onprem", "gatewayIp"), "lng-gateway-ip", Severity.INFO, "lng-onprem");
        assertFinds(Edit.removeProp(VPN, "appliance", "publicIp"), "vpn-appliance-public-ip", Severity.INFO,
                "appliance");
        assertFinds(Edit.removeProp(VPN, "lng-onprem", "addressPrefixes"), "lng-address-prefixes", Severity.INFO,
                "lng-onprem");
        assertFinds(Edit.texts(VPN, "lng-onprem", "addressPrefixes"), "lng-address-prefixes", Severity.ERROR,
                "lng-onprem");
        Diagram bgp = Edit.prop(VPN, "s2s-onprem", "enableBgp", true);
        assertFinds(bgp, "bgp-asn-distinct", Severity.INFO, "s2s-onprem");
    }

    @Test
    void aVnetWithoutAddressSpaceIsUnfinishedUntilCompletenessIsRequired() {
        Diagram d = Edit.removeProp(VPN, "vnet-app", "addressSpaces");
        assertFinds(d, "required-property", Severity.WARNING, "vnet-app");
        assertTrue(new Validator().validate(d, d.reference(), true).findings().stream()
                .anyMatch(f -> f.rule().equals("required-property") && f.severity() == Severity.ERROR));
    }

    // --- hubs inferred from evidence ---

    /** A hub with one spoke and no gateway: peered both ways, nothing else yet. */
    private static Diagram pair() {
        Diagram d = Edit.remove(VPN, "s2s-onprem", "lng-appliance", "lng-onprem", "appliance", "ws1", "ws2", "ws3",
                "onprem");
        d = Edit.add(d, "vnet-hub", ElementKind.VIRTUAL_NETWORK, null, vnet("10.0.0.0/16"));
        d = Edit.add(d, "hub-shared", ElementKind.SUBNET, "vnet-hub", subnet("10.0.1.0/24"));
        return Edit.connect(d, "hub-app", ConnectionKind.VNET_PEERING, "vnet-hub", "vnet-app", bothWays());
    }

    @Test
    void twoBarePeeredVnetsAreNotAHubAndSpoke() {
        Diagram d = Edit.remove(pair(), "vpngw", "bastion", "bastionsubnet", "gwsubnet");
        assertEquals(PatternMatch.Status.PARTIAL, new Validator().validate(d).pattern(
                dev.hybridnet.model.Reference.HUB_SPOKE).status());
    }

    @Test
    void theVnetTheOtherRoutesToIsTheHub() {
        Diagram d = Edit.remove(pair(), "vpngw", "bastion", "bastionsubnet", "gwsubnet");
        d = Edit.add(d, "hub-nva", ElementKind.NETWORK_VIRTUAL_APPLIANCE, "hub-shared", Props.empty());
        d = routes(d, "snet-web", route("0.0.0.0/0", "VirtualAppliance", "hub-nva"));
        ValidationReport r = new Validator().validate(d.withReference(java.util.Optional.of(
                dev.hybridnet.model.Reference.HUB_SPOKE)));
        assertEquals(List.of(dev.hybridnet.model.Reference.HUB_SPOKE), r.detected(), r.findings().toString());
        assertFalse(r.hasErrors(), r.findings().toString());
    }

    @Test
    void theVnetHoldingBastionOrFirewallIsTheHubOfItsOnlySpoke() {
        Diagram base = Edit.remove(pair(), "vpngw", "bastion", "bastionsubnet", "gwsubnet");
        Diagram bastion = Edit.add(Edit.rename(Edit.add(base, "hub-bas", ElementKind.SUBNET, "vnet-hub",
                subnet("10.0.2.0/26")), "hub-bas", "AzureBastionSubnet"), "hub-bastion", ElementKind.BASTION,
                "hub-bas", Props.empty());
        assertEquals(List.of(dev.hybridnet.model.Reference.HUB_SPOKE), new Validator().validate(bastion).detected());
        Diagram firewall = Edit.add(Edit.rename(Edit.add(base, "hub-fw", ElementKind.SUBNET, "vnet-hub",
                subnet("10.0.2.0/26")), "hub-fw", "AzureFirewallSubnet"), "fw", ElementKind.AZURE_FIREWALL,
                "hub-fw", Props.empty());
        assertEquals(List.of(dev.hybridnet.model.Reference.HUB_SPOKE), new Validator().validate(firewall).detected());
    }

    @Test
    void aSpokeWithItsOwnApplianceThatUsesTheHubsGatewayStaysASpoke() {
        Diagram d = Edit.add(HS, "spoke1-nva", ElementKind.NETWORK_VIRTUAL_APPLIANCE, "spoke1-workload",
                Props.empty());
        d = Edit.add(d, "vnet-spoke3", ElementKind.VIRTUAL_NETWORK, null, vnet("10.3.0.0/16"));
        d = Edit.connect(d, "spoke1-spoke3", ConnectionKind.VNET_PEERING, "vnet-spoke1", "vnet-spoke3", bothWays());
        Facts f = new Facts(d);
        assertTrue(f.isSpoke(f.element("vnet-spoke1")));
        assertFalse(f.isHub(f.element("vnet-spoke1")));
    }

    @Test
    void theCentreOfAStarIsAHub() {
        Diagram d = Edit.remove(pair(), "vpngw", "bastion", "bastionsubnet", "gwsubnet");
        d = Edit.add(d, "vnet-b", ElementKind.VIRTUAL_NETWORK, null, vnet("10.30.0.0/16"));
        d = Edit.connect(d, "hub-b", ConnectionKind.VNET_PEERING, "vnet-hub", "vnet-b", bothWaysPlain());
        Facts f = new Facts(d);
        assertTrue(f.isHub(f.element("vnet-hub")));
        assertEquals(2, f.spokes().size());
    }

    @Test
    void aSecondRegionsVnetWithItsOwnGatewayPeeredWithTheHubIsNoError() {
        Diagram d = Edit.add(HS, "vnet-dr", ElementKind.VIRTUAL_NETWORK, null, Props.builder()
                .texts("addressSpaces", List.of("10.50.0.0/16")).text("region", "northeurope").build());
        d = Edit.add(d, "dr-gw", ElementKind.SUBNET, "vnet-dr", subnet("10.50.255.224/27"));
        d = Edit.rename(d, "dr-gw", "GatewaySubnet");
        d = Edit.add(d, "vpngw-dr", ElementKind.VPN_GATEWAY, "dr-gw", Props.builder().text("sku", "VpnGw1AZ")
                .text("publicIp", "198.51.100.60").build());
        d = Edit.connect(d, "s2s-dr", ConnectionKind.SITE_TO_SITE_VPN, "vpngw-dr", "lng-onprem");
        d = Edit.connect(d, "hub-dr", ConnectionKind.VNET_PEERING, "vnet-hub", "vnet-dr", bothWays());
        ValidationReport r = new Validator().validate(d);
        assertFalse(r.hasErrors(), r.findings().toString());
    }

    @Test
    void aSpokeThatUsesTheGatewayOfAHubTheDesignOnlyRefersToIsNotChecked() {
        Diagram d = Edit.add(VPN, "vnet-hub-existing", ElementKind.VIRTUAL_NETWORK, null, vnet("10.0.0.0/16"));
        d = Edit.remove(d, "vpngw", "s2s-onprem");
        PropValue spoke = PropValue.ObjectValue.of(Map.of("useRemoteGateways", PropValue.bool(true)));
        PropValue hub = PropValue.ObjectValue.of(Map.of("allowGatewayTransit", PropValue.bool(true)));
        d = Edit.connect(d, "to-hub", ConnectionKind.VNET_PEERING, "vnet-app", "vnet-hub-existing",
                Props.builder().put("from", spoke).put("to", hub).build());
        assertFinds(d, "hs-allow-gateway-transit", Severity.INFO, "vnet-hub-existing", "vnet-app");
        Diagram described = Edit.add(d, "hub-snet", ElementKind.SUBNET, "vnet-hub-existing", subnet("10.0.1.0/24"));
        assertFinds(described, "hs-allow-gateway-transit", Severity.ERROR, "vnet-hub-existing", "vnet-app");
    }

    // --- next hops ---

    @Test
    void aRouteToAnInternalLoadBalancerInFrontOfNvasIsAccepted() {
        Diagram d = Edit.add(HS, "hub-nvas", ElementKind.SUBNET, "vnet-hub", subnet("10.0.3.0/24"));
        d = Edit.add(d, "ilb-nva", ElementKind.LOAD_BALANCER, "hub-nvas", Props.builder()
                .text("privateIp", "10.0.3.10").build());
        d = Edit.add(d, "nva1", ElementKind.NETWORK_VIRTUAL_APPLIANCE, "hub-nvas", Props.builder()
                .text("privateIp", "10.0.3.4").bool("ipForwarding", true).build());
        d = routes(d, "spoke1-workload", route("10.2.0.0/16", "VirtualAppliance", "ilb-nva"));
        assertClean(d, "hs-udr-to-firewall");
        assertClean(d, "hs-spoke-to-spoke");
        Finding off = assertFinds(Edit.prop(d, "nva1", "ipForwarding", false), "nva-ip-forwarding", Severity.ERROR,
                "nva1", "spoke1-workload");
        assertTrue(off.message().contains("has IP forwarding off"), off.message());
        assertFinds(routes(Edit.prop(d, "nva1", "ipForwarding", false), "spoke1-workload",
                route("10.2.0.0/16", "VirtualAppliance", "nva1")), "nva-ip-forwarding", "nva1");
        assertClean(Edit.removeProp(d, "nva1", "ipForwarding"), "nva-ip-forwarding");
    }

    @Test
    void spokesRoutingEachOthersPrefixesToTheHubsVpnGatewayReachEachOther() {
        Diagram d = routes(HS, "spoke1-workload", route("10.2.0.0/16", "VirtualNetworkGateway", null));
        d = routes(d, "spoke2-workload", route("10.1.0.0/16", "VirtualNetworkGateway", "vpngw"));
        assertClean(d, "hs-spoke-to-spoke");
        assertClean(d, "hs-udr-to-firewall");
    }

    @Test
    void aVirtualApplianceRouteWithoutNextHopIsNotChecked() {
        assertFinds(routes(HS, "spoke1-workload", route("10.2.0.0/16", "VirtualAppliance", null)),
                "hs-udr-to-firewall", Severity.INFO, "spoke1-workload");
    }

    @Test
    void vnetLocalIsANextHopType() {
        Diagram d = routes(HS, "spoke1-workload", route("10.1.0.0/16", "VnetLocal", null),
                route("10.2.0.0/16", "VirtualAppliance", "fw-hub"));
        assertClean(d, "property-value");
    }

    @Test
    void theScalableExpressRouteGatewaySkuIsKnown() {
        Diagram d = Edit.prop(ER, "ergw", "sku", "ErGwScale");
        assertClean(d, "property-value");
        assertFalse(new Validator().validate(d).hasErrors(), new Validator().validate(d).findings().toString());
    }

    // --- duplicates ---

    @Test
    void privateAndMicrosoftPeeringsOnOneLinkAreNotDuplicates() {
        Diagram d = Edit.connect(ER, "ms-primary", ConnectionKind.EXPRESSROUTE_PEERING, "edge1", "er-circuit",
                Props.builder().text("peeringType", "microsoft").text("link", "primary").build());
        assertClean(d, "duplicate-connection");
        Diagram same = Edit.connect(ER, "private-again", ConnectionKind.EXPRESSROUTE_PEERING, "edge1",
                "er-circuit", Props.builder().text("peeringType", "private").text("link", "primary").build());
        assertFinds(same, "duplicate-connection", Severity.WARNING, "private-again");
    }

    // --- VNet-to-VNet ---

    /** The VPN sample with a second VNet and gateway joined to the first by VNet-to-VNet. */
    private static Diagram vnetToVnet(Props connection) {
        Diagram d = Edit.add(VPN, "vnet-dr", ElementKind.VIRTUAL_NETWORK, null, vnet("10.40.0.0/16"));
        d = Edit.add(d, "dr-gw", ElementKind.SUBNET, "vnet-dr", subnet("10.40.255.224/27"));
        d = Edit.rename(d, "dr-gw", "GatewaySubnet");
        d = Edit.add(d, "vpngw-dr", ElementKind.VPN_GATEWAY, "dr-gw", Props.builder().text("sku", "VpnGw1AZ")
                .text("publicIp", "198.51.100.77").build());
        return Edit.connect(d, "v2v", ConnectionKind.VNET_TO_VNET, "vpngw", "vpngw-dr", connection);
    }

    @Test
    void vnetToVnetTunnelsFollowTheTunnelRules() {
        Diagram ok = vnetToVnet(Props.empty());
        assertFalse(new Validator().validate(ok).hasErrors(), new Validator().validate(ok).findings().toString());
        assertClean(ok, "legal-connection");
        Diagram halves = Edit.connect(ok, "v2v-back", ConnectionKind.VNET_TO_VNET, "vpngw-dr", "vpngw");
        assertClean(halves, "duplicate-connection");
        assertFinds(Edit.prop(ok, "vnet-dr", "addressSpaces", PropValue.texts(List.of("10.20.0.0/16"))),
                "address-overlap", Severity.ERROR, "vnet-app", "vnet-dr");
        assertFinds(Edit.prop(ok, "vpngw-dr", "vpnType", "PolicyBased"), "vpn-route-based-multisite",
                Severity.ERROR, "v2v", "vpngw-dr");
        Diagram bgp = vnetToVnet(Props.builder().bool("enableBgp", true).build());
        assertFinds(bgp, "bgp-asn-distinct", Severity.INFO, "v2v");
        assertFinds(Edit.prop(Edit.prop(bgp, "vpngw", "bgpAsn", 65010), "vpngw-dr", "bgpAsn", 65010),
                "bgp-asn-distinct", Severity.ERROR, "v2v");
        assertClean(Edit.prop(bgp, "vpngw-dr", "bgpAsn", 65020), "bgp-asn-distinct");
        assertFinds(Edit.prop(bgp, "vpngw-dr", "sku", "Basic"), "bgp-gateway-sku", Severity.ERROR, "v2v",
                "vpngw-dr");
    }

    // --- public IPs, BGP addresses, Route Server, firewall management subnet ---

    @Test
    void vpnGwSkusNeedStandardStaticPublicIps() {
        assertFinds(Edit.prop(VPN, "vpngw", "publicIpAllocation", "Dynamic"), "vpn-gateway-public-ip",
                Severity.ERROR, "vpngw");
        assertClean(Edit.prop(Edit.prop(VPN, "vpngw", "publicIpSku", "Standard"), "vpngw", "publicIpAllocation",
                "Static"), "vpn-gateway-public-ip");
        Diagram basic = Edit.prop(Edit.prop(VPN, "vpngw", "sku", "Basic"), "vpngw", "publicIpSku", "Basic");
        assertClean(basic, "vpn-gateway-public-ip");
        assertFinds(Edit.prop(VPN, "vpngw", "secondPublicIp", "198.51.100.7"), "vpn-gateway-public-ip",
                Severity.ERROR, "vpngw");
    }

    @Test
    void bgpPeeringAddressesLieInGatewaySubnetOrTheApipaRange() {
        assertClean(Edit.texts(VPN, "vpngw", "bgpPeeringAddresses", "10.20.255.254", "169.254.21.1"),
                "vpn-gateway-bgp-address");
        Finding f = assertFinds(Edit.texts(VPN, "vpngw", "bgpPeeringAddresses", "10.20.1.5"),
                "vpn-gateway-bgp-address", Severity.ERROR, "vpngw", "gwsubnet");
        assertTrue(f.message().contains("outside its GatewaySubnet 10.20.255.224/27"), f.message());
        assertFinds(Edit.texts(VPN, "vpngw", "bgpPeeringAddresses", "169.254.23.1"), "vpn-gateway-bgp-address",
                "vpngw");
        Diagram aws = Edit.texts(Edit.prop(VPN, "vpngw", "activeActive", true), "vpngw", "bgpPeeringAddresses",
                "169.254.21.2", "169.254.22.2", "169.254.21.6", "169.254.22.6");
        assertClean(aws, "vpn-gateway-bgp-address");
        assertFinds(Edit.prop(aws, "vpngw", "activeActive", false), "vpn-gateway-bgp-address", "vpngw");
        assertFinds(Edit.texts(VPN, "vpngw", "bgpPeeringAddresses", "not-an-ip"), "property-value", "vpngw");
    }

    @Test
    void routeServerNeedsAnActiveActiveVpnGatewayOnAsn65515() {
        Diagram d = Edit.add(VPN, "rs-subnet", ElementKind.SUBNET, "vnet-app", subnet("10.20.250.0/27"));
        d = Edit.rename(d, "rs-subnet", "RouteServerSubnet");
        d = Edit.add(d, "rs", ElementKind.ROUTE_SERVER, "rs-subnet", Props.empty());
        assertFinds(d, "route-server-vpn-gateway", Severity.ERROR, "vpngw", "rs");
        assertClean(Edit.prop(d, "vpngw", "activeActive", true), "route-server-vpn-gateway");
        assertFinds(Edit.removeProp(d, "vpngw", "activeActive"), "route-server-vpn-gateway", Severity.INFO, "vpngw");
        assertFinds(Edit.prop(Edit.prop(d, "vpngw", "activeActive", true), "vpngw", "bgpAsn", 65010),
                "route-server-vpn-gateway", Severity.ERROR, "vpngw");
        assertClean(VPN, "route-server-vpn-gateway");
    }

    @Test
    void theFirewallManagementSubnetIsASlash26OfItsOwn() {
        Diagram d = Edit.add(HS, "fw-mgmt", ElementKind.SUBNET, "vnet-hub", subnet("10.0.4.0/26"));
        d = Edit.rename(d, "fw-mgmt", "AzureFirewallManagementSubnet");
        assertClean(d, "firewall-management-subnet");
        assertFinds(Edit.prop(d, "fw-mgmt", "addressPrefix", "10.0.4.0/27"), "firewall-management-subnet",
                Severity.ERROR, "fw-mgmt");
        assertFinds(Edit.add(d, "vm-x", ElementKind.VIRTUAL_MACHINE, "fw-mgmt", Props.empty()),
                "firewall-management-subnet", "vm-x");
        assertTrue(findings(d, "containment").isEmpty());
    }
}
