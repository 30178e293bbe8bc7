package dev.hybridnet.validation;

import static dev.hybridnet.validation.Check.assertClean;
import static dev.hybridnet.validation.Check.assertFinds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.model.Props;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each rule: one change to a clean sample triggers it; the sample itself (or the corrected twin) does not. */
class GatewayRulesTest {

    private static final Diagram VPN = Samples.load(Sample.VPN);
    private static final Diagram FAILOVER = Samples.load(Sample.EXPRESSROUTE_VPN_FAILOVER);

    @Test
    void aGatewayInASubnetNotNamedGatewaySubnetIsAnError() {
        Diagram d = Edit.rename(VPN, "gwsubnet", "gatewaysubnet");
        Finding f = assertFinds(d, "gateway-subnet-name", "vpngw", "gwsubnet");
        assertTrue(f.message().contains("case matters"), f.message());
        assertTrue(f.fix().orElseThrow().contains("Rename"), f.fix().toString());
        assertClean(VPN, "gateway-subnet-name");
    }

    @Test
    void aGatewaySubnetSmallerThanSlash27IsAWarningNamingItsPrefixAndVnet() {
        Diagram d = Edit.prop(VPN, "gwsubnet", "addressPrefix", "10.20.255.240/28");
        Finding f = assertFinds(d, "gateway-subnet-size", Severity.WARNING, "gwsubnet");
        assertEquals("GatewaySubnet 10.20.255.240/28 in vnet-app is smaller than /27", f.message());
        assertClean(Edit.prop(VPN, "gwsubnet", "addressPrefix", "10.20.255.192/26"), "gateway-subnet-size");
        assertClean(VPN, "gateway-subnet-size");
    }

    @Test
    void aVmInGatewaySubnetIsAnError() {
        Diagram d = Edit.reparent(VPN, "vm-web-1", "gwsubnet");
        assertFinds(d, "gateway-subnet-contents", "vm-web-1", "gwsubnet");
        assertClean(VPN, "gateway-subnet-contents");
    }

    @Test
    void anNsgADefaultRouteOrDisabledPropagationOnGatewaySubnetIsAnError() {
        assertFinds(Edit.prop(VPN, "gwsubnet", "nsg", true), "gateway-subnet-nsg-udr", "gwsubnet");
        PropValue route = new PropValue.ListValue(List.of(PropValue.ObjectValue.of(Map.of(
                "addressPrefix", PropValue.text("0.0.0.0/0"), "nextHopType", PropValue.text("Internet")))));
        assertFinds(Edit.prop(VPN, "gwsubnet", "routes", route), "gateway-subnet-nsg-udr", "gwsubnet");
        assertFinds(Edit.prop(VPN, "gwsubnet", "disableBgpRoutePropagation", true), "gateway-subnet-nsg-udr",
                "gwsubnet");
        assertClean(Edit.prop(VPN, "snet-web", "nsg", true), "gateway-subnet-nsg-udr");
        assertClean(VPN, "gateway-subnet-nsg-udr");
    }

    @Test
    void twoVpnGatewaysInOneVnetAreAnError() {
        Diagram d = Edit.add(VPN, "vpngw2", ElementKind.VPN_GATEWAY, "gwsubnet",
                Props.builder().text("publicIp", "198.51.100.8").build());
        assertFinds(d, "gateway-one-per-type", "vpngw", "vpngw2");
        assertClean(FAILOVER, "gateway-one-per-type");
    }

    @Test
    void aVpnGatewayWithoutPublicIpIsAnError() {
        assertFinds(Edit.removeProp(VPN, "vpngw", "publicIp"), "vpn-gateway-public-ip", "vpngw");
        assertClean(VPN, "vpn-gateway-public-ip");
    }

    @Test
    void aPolicyBasedGatewayMustBeBasicWithOneStaticTunnel() {
        Diagram policy = Edit.prop(VPN, "vpngw", "vpnType", "PolicyBased");
        assertFinds(policy, "vpn-policy-based-limits", "vpngw");
        Diagram basic = Edit.prop(policy, "vpngw", "sku", "Basic");
        assertClean(basic, "vpn-policy-based-limits");
        assertFinds(Edit.prop(basic, "s2s-onprem", "enableBgp", true), "vpn-policy-based-limits", "vpngw");
        Diagram coexisting = Edit.prop(Edit.prop(FAILOVER, "vpngw", "vpnType", "PolicyBased"), "vpngw", "sku",
                "basic");
        assertClean(coexisting, "vpn-policy-based-limits");
        assertFinds(coexisting, "ervpn-vpn-route-based", "vpngw");
    }

    @Test
    void moreTunnelsThanTheSkuCarriesIsAnError() {
        Diagram d = Edit.prop(VPN, "vpngw", "sku", "Basic");
        for (int i = 0; i < 10; i++) {
            d = Edit.connect(d, "extra" + i, ConnectionKind.SITE_TO_SITE_VPN, "vpngw", "appliance");
        }
        Finding f = assertFinds(d, "vpn-tunnel-limit", "vpngw");
        assertTrue(f.message().contains("11 site-to-site tunnels; SKU Basic supports 10"), f.message());
        assertClean(Edit.prop(d, "vpngw", "sku", "VpnGw1"), "vpn-tunnel-limit");
        for (int i = 10; i < 15; i++) {
            d = Edit.connect(d, "extra" + i, ConnectionKind.SITE_TO_SITE_VPN, "vpngw", "appliance");
        }
        Diagram highPerformance = Edit.prop(d, "vpngw", "sku", "HighPerformance");
        assertClean(highPerformance, "vpn-tunnel-limit");
        Finding activeActive = assertFinds(Edit.prop(highPerformance, "vpngw", "activeActive", true),
                "vpn-tunnel-limit", "vpngw");
        assertTrue(activeActive.message().contains("32 site-to-site tunnels"), activeActive.message());
    }

    @Test
    void aRouteToAnExpressRouteGatewayIsAnError() {
        PropValue route = new PropValue.ListValue(List.of(PropValue.ObjectValue.of(Map.of(
                "addressPrefix", PropValue.text("10.0.0.0/8"), "nextHopType", PropValue.text("VirtualNetworkGateway"),
                "nextHop", PropValue.text("ergw")))));
        assertFinds(Edit.prop(FAILOVER, "snet-app", "routes", route), "udr-no-expressroute-next-hop", "snet-app",
                "ergw");
        PropValue toVpn = new PropValue.ListValue(List.of(PropValue.ObjectValue.of(Map.of(
                "addressPrefix", PropValue.text("10.0.0.0/8"), "nextHopType", PropValue.text("VirtualNetworkGateway"),
                "nextHop", PropValue.text("vpngw")))));
        assertClean(Edit.prop(FAILOVER, "snet-app", "routes", toVpn), "udr-no-expressroute-next-hop");
    }
}
