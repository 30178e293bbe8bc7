package dev.hybridnet.validation;

import static dev.hybridnet.validation.Check.assertClean;
import static dev.hybridnet.validation.Check.assertFinds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Props;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each rule: one change to the failover sample triggers it; the sample itself (or the corrected twin) does not. */
class FailoverRulesTest {

    private static final Diagram FAILOVER = Samples.load(Sample.EXPRESSROUTE_VPN_FAILOVER);
    private static final Diagram ER = Samples.load(Sample.EXPRESSROUTE);
    private static final Diagram VPN = Samples.load(Sample.VPN);

    @ParameterizedTest
    @EnumSource(Sample.class)
    void noSampleHasFindingsFromTheseRules(Sample sample) {
        Diagram d = Samples.load(sample);
        for (Rule rule : FailoverRules.rules()) {
            assertClean(d, rule.id());
        }
    }

    @Test
    void gatewaysInTwoSubnetsAreAnError() {
        Diagram d = Edit.reparent(FAILOVER, "vpngw", "snet-app");
        Finding f = assertFinds(d, "ervpn-same-gateway-subnet", "ergw", "vpngw", "gwsubnet", "snet-app");
        assertTrue(f.message().contains("both gateways must share GatewaySubnet"), f.message());
        assertClean(FAILOVER, "ervpn-same-gateway-subnet");
    }

    @Test
    void aGatewaySubnetSmallerThanSlash27InCoexistenceIsAnError() {
        Diagram d = Edit.prop(FAILOVER, "gwsubnet", "addressPrefix", "10.200.255.240/28");
        Finding f = assertFinds(d, "ervpn-gateway-subnet-27", Severity.ERROR, "gwsubnet", "vnet-app");
        assertEquals("GatewaySubnet 10.200.255.240/28 in vnet-app is smaller than /27; a VNet with both an "
                + "ExpressRoute and a VPN gateway needs /27 or larger", f.message());
        assertEquals(Optional.of("Widen GatewaySubnet to a /27."), f.fix());
        assertClean(Edit.prop(FAILOVER, "gwsubnet", "addressPrefix", "10.200.255.192/26"), "ervpn-gateway-subnet-27");
        assertClean(Edit.prop(ER, "gwsubnet", "addressPrefix", "10.10.255.240/28"), "ervpn-gateway-subnet-27");
    }

    @Test
    void aPolicyBasedVpnGatewayInCoexistenceIsAnError() {
        Diagram d = Edit.prop(FAILOVER, "vpngw", "vpnType", "PolicyBased");
        Finding f = assertFinds(d, "ervpn-vpn-route-based", "vpngw", "vnet-app");
        assertTrue(f.message().contains("it must be route-based"), f.message());
        assertClean(Edit.removeProp(FAILOVER, "vpngw", "vpnType"), "ervpn-vpn-route-based");
        assertClean(Edit.prop(VPN, "vpngw", "vpnType", "PolicyBased"), "ervpn-vpn-route-based");
    }

    @Test
    void aBasicVpnGatewayOrAnInvalidExpressRouteSkuInCoexistenceIsAnError() {
        Finding f = assertFinds(Edit.prop(FAILOVER, "vpngw", "sku", "basic"), "ervpn-no-basic", "vpngw");
        assertTrue(f.message().contains("is Basic"), f.message());
        Finding er = assertFinds(Edit.prop(FAILOVER, "ergw", "sku", "Basic"), "ervpn-no-basic", "ergw");
        assertTrue(er.message().contains("has SKU 'Basic'"), er.message());
        assertClean(Edit.prop(VPN, "vpngw", "sku", "Basic"), "ervpn-no-basic");
        assertClean(Edit.prop(FAILOVER, "ergw", "sku", "ultraperformance"), "ervpn-no-basic");
    }

    @Test
    void aMicrosoftPeeringOnTheCircuitGivesANoteAboutPrivatePeeringOnly() {
        Diagram d = FAILOVER;
        for (String link : List.of("primary", "secondary")) {
            d = Edit.connect(d, "ms-" + link, ConnectionKind.EXPRESSROUTE_PEERING, "edge1", "er-circuit",
                    Props.builder().text("peeringType", "microsoft").text("link", link).build());
        }
        Finding f = assertFinds(d, "ervpn-private-peering-only", Severity.INFO, "vnet-app", "er-circuit");
        assertTrue(f.message().contains("private peering only"), f.message());
        assertClean(Edit.remove(d, "vpngw"), "ervpn-private-peering-only");
    }

    @Test
    void aMoreSpecificPrefixOverTheVpnIsAWarning() {
        Diagram d = Edit.texts(FAILOVER, "lng-onprem", "addressPrefixes", "10.100.1.0/24");
        Finding f = assertFinds(d, "ervpn-prefer-expressroute", Severity.WARNING, "lng-onprem", "vpngw");
        assertTrue(f.message().contains("prefix 10.100.1.0/24, more specific than 10.100.0.0/16"), f.message());
        assertEquals(Optional.of("Advertise 10.100.0.0/16 on lng-onprem instead of 10.100.1.0/24."), f.fix());
        assertClean(Edit.texts(FAILOVER, "lng-onprem", "addressPrefixes", "172.16.0.0/16"),
                "ervpn-prefer-expressroute");
    }

    @Test
    void theBgpPeerAddressOfALocalNetworkGatewayIsNotAMoreSpecificPrefix() {
        Diagram d = Edit.texts(FAILOVER, "lng-onprem", "addressPrefixes", "10.100.0.0/16", "10.100.255.254/32");
        assertFinds(d, "ervpn-prefer-expressroute", "lng-onprem");
        assertClean(Edit.prop(d, "lng-onprem", "bgpPeeringAddress", "10.100.255.254"), "ervpn-prefer-expressroute");
    }

    @Test
    void aVpnOnlySiteNextToAnExpressRouteSiteIsAWarningWithoutRouteServer() {
        Diagram d = withBranchOverVpn(FAILOVER);
        Finding f = assertFinds(d, "ervpn-no-transit", Severity.WARNING, "vnet-app", "branch", "onprem");
        assertEquals("vnet-app reaches branch over VPN only and On-premises network over ExpressRoute; Azure does "
                + "not route between them without a route server", f.message());
        Diagram routeServer = Edit.add(Edit.add(d, "rssubnet", ElementKind.SUBNET, "vnet-app",
                Props.builder().text("addressPrefix", "10.200.253.0/27").build()), "rs", ElementKind.ROUTE_SERVER,
                "rssubnet", Props.empty());
        assertClean(routeServer, "ervpn-no-transit");
        Finding asn = assertFinds(Edit.prop(routeServer, "vpngw", "bgpAsn", 65010), "ervpn-no-transit", "vnet-app");
        assertTrue(asn.message().endsWith("while the VPN gateway's ASN is not 65515"), asn.message());
        assertClean(FAILOVER, "ervpn-no-transit");
    }

    @Test
    void aVpnGatewayAsnOtherThan65515InCoexistenceIsAWarning() {
        Diagram d = Edit.prop(FAILOVER, "vpngw", "bgpAsn", 65010);
        Finding f = assertFinds(d, "ervpn-asn-65515", Severity.WARNING, "vpngw", "vnet-app");
        assertTrue(f.message().contains("has ASN 65010"), f.message());
        assertClean(Edit.removeProp(FAILOVER, "vpngw", "bgpAsn"), "ervpn-asn-65515");
        assertClean(Edit.prop(VPN, "vpngw", "bgpAsn", 65010), "ervpn-asn-65515");
    }

    /** Adds a branch network whose VPN appliance is reached from vpngw only. */
    private static Diagram withBranchOverVpn(Diagram d) {
        d = Edit.add(d, "branch", ElementKind.ON_PREMISES_NETWORK, null,
                Props.builder().texts("addressSpaces", List.of("172.16.0.0/16")).build());
        d = Edit.add(d, "branch-vpn", ElementKind.VPN_APPLIANCE, "branch",
                Props.builder().text("publicIp", "203.0.113.99").build());
        return Edit.connect(d, "s2s-branch", ConnectionKind.SITE_TO_SITE_VPN, "vpngw", "branch-vpn");
    }
}
