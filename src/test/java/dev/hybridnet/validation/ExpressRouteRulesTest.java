package dev.hybridnet.validation;

import static dev.hybridnet.validation.Check.assertClean;
import static dev.hybridnet.validation.Check.assertFinds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.ExpressRouteGatewaySku;
import dev.hybridnet.model.Props;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each rule: one change to a clean sample triggers it; the sample itself (or the corrected twin) does not. */
class ExpressRouteRulesTest {

    private static final Diagram ER = Samples.load(Sample.EXPRESSROUTE);
    private static final Diagram FAILOVER = Samples.load(Sample.EXPRESSROUTE_VPN_FAILOVER);
    private static final Diagram VPN = Samples.load(Sample.VPN);

    @ParameterizedTest
    @EnumSource(Sample.class)
    void noSampleHasFindingsFromTheseRules(Sample sample) {
        Diagram d = Samples.load(sample);
        for (Rule rule : ExpressRouteRules.rules()) {
            assertClean(d, rule.id());
        }
    }

    @Test
    void aGatewayLinkedToACircuitOutsideGatewaySubnetIsReportedOnceByTheGeneralRules() {
        Diagram d = Edit.reparent(ER, "ergw", "snet-web");
        Finding f = assertFinds(d, "gateway-subnet-name", "ergw", "snet-web");
        assertTrue(f.message().contains("named exactly GatewaySubnet"), f.message());
        assertClean(d, "er-gateway-required");
        Diagram atRoot = Edit.reparent(ER, "ergw", null);
        assertFinds(atRoot, "containment", "ergw");
        assertClean(atRoot, "er-gateway-required");
        assertClean(ER, "er-gateway-required");
    }

    @Test
    void aVnetLinkedToACircuitWithoutAGatewayIsAnError() {
        Diagram d = Edit.connect(Edit.remove(ER, "er-connection"), "link", ConnectionKind.EXPRESSROUTE_CONNECTION,
                "vnet-app", "er-circuit");
        Finding f = assertFinds(d, "er-gateway-required", "link", "vnet-app", "er-circuit");
        assertTrue(f.message().contains("without an ExpressRoute gateway"), f.message());
        assertTrue(f.fix().orElseThrow().contains("GatewaySubnet"), f.fix().toString());
    }

    @Test
    void anExpressRouteConnectionFromAVpnGatewayIsAConnectionTypeErrorOnly() {
        Diagram d = Edit.connect(FAILOVER, "bad", ConnectionKind.EXPRESSROUTE_CONNECTION, "vpngw", "er-circuit");
        Finding f = assertFinds(d, "er-connection-type", "bad", "vpngw");
        assertTrue(f.message().contains("only an ExpressRoute gateway can be linked to a circuit"), f.message());
        assertClean(d, "er-gateway-required");
        assertTrue(ExpressRouteRules.mixesUpConnectionType(d, d.connection("bad").orElseThrow()));
    }

    @Test
    void anIpsecConnectionOnAnExpressRouteGatewayOrCircuitIsAnError() {
        Diagram onGateway = Edit.connect(FAILOVER, "bad", ConnectionKind.SITE_TO_SITE_VPN, "ergw", "lng-onprem");
        Finding f = assertFinds(onGateway, "er-connection-type", "bad", "ergw");
        assertTrue(f.fix().orElseThrow().contains("VPN gateway"), f.fix().toString());
        Diagram onCircuit = Edit.connect(FAILOVER, "bad", ConnectionKind.SITE_TO_SITE_VPN, "vpngw", "er-circuit");
        assertFinds(onCircuit, "er-connection-type", "bad", "er-circuit");
        Diagram peering = Edit.connect(FAILOVER, "bad", ConnectionKind.VNET_PEERING, "ergw", "vnet-app");
        assertFinds(peering, "er-connection-type", "bad", "ergw");
        for (Diagram d : List.of(onGateway, onCircuit, peering)) {
            assertTrue(ExpressRouteRules.mixesUpConnectionType(d, d.connection("bad").orElseThrow()));
        }
    }

    @Test
    void theSamplesMixUpNoConnectionType() {
        for (Diagram d : List.of(ER, FAILOVER, VPN)) {
            for (Connection c : d.connections()) {
                assertFalse(ExpressRouteRules.mixesUpConnectionType(d, c), c.id());
            }
            assertClean(d, "er-connection-type");
        }
        Diagram illegal = Edit.connect(ER, "odd", ConnectionKind.VNET_PEERING, "vnet-app", "er-circuit");
        assertFalse(ExpressRouteRules.mixesUpConnectionType(illegal, illegal.connection("odd").orElseThrow()));
    }

    @Test
    void aVnetOutsideTheAreaOfAStandardCircuitIsAnError() {
        Diagram d = Edit.prop(ER, "vnet-app", "region", "eastus");
        Finding f = assertFinds(d, "er-geopolitical", "vnet-app", "er-circuit");
        assertEquals("vnet-app in eastus (North America) is linked to Standard circuit er-circuit at Amsterdam "
                + "(Europe); use a Premium circuit or a circuit in North America", f.message());
        assertFinds(Edit.prop(d, "er-circuit", "skuTier", "Local"), "er-geopolitical", "vnet-app", "er-circuit");
        assertClean(Edit.prop(d, "er-circuit", "skuTier", "premium"), "er-geopolitical");
        assertClean(Edit.prop(d, "er-circuit", "peeringLocation", "Washington DC"), "er-geopolitical");
    }

    @Test
    void sameAreaOrUnknownNamesGiveNoGeopoliticalFinding() {
        assertClean(Edit.prop(ER, "vnet-app", "region", "North Europe"), "er-geopolitical");
        assertClean(Edit.prop(ER, "er-circuit", "peeringLocation", "newport (wales)"), "er-geopolitical");
        assertClean(Edit.prop(ER, "vnet-app", "region", "marsnorth"), "er-geopolitical");
        assertClean(Edit.prop(Edit.prop(ER, "vnet-app", "region", "eastus"), "er-circuit", "peeringLocation",
                "Atlantis"), "er-geopolitical");
    }

    @Test
    void geographyFollowsTheExpressRouteAreas() {
        assertEquals(Optional.of("Europe"), Geography.areaOfRegion("West Europe"));
        assertEquals(Optional.of("North America"), Geography.areaOfRegion("EASTUS2"));
        assertEquals(Optional.of("North America"), Geography.areaOfLocation("washingtondc"));
        assertEquals(Optional.of("South America"), Geography.areaOfLocation("São Paulo"));
        assertEquals(Optional.of("Japan"), Geography.areaOfLocation("Tokyo"));
        assertEquals(Optional.of("Asia"), Geography.areaOfRegion("eastasia"));
        assertEquals(Optional.of("India"), Geography.areaOfRegion("centralindia"));
        assertEquals(Optional.empty(), Geography.areaOfLocation("Atlantis"));
    }

    @Test
    void moreThanTenVnetLinksOnAStandardCircuitIsAnError() {
        Diagram d = withLinkedVnets(ER, 10);
        Finding f = assertFinds(d, "er-vnet-link-limit", "er-circuit");
        assertEquals("Circuit er-circuit has 11 VNet links; a Standard circuit allows 10", f.message());
        assertClean(withLinkedVnets(ER, 9), "er-vnet-link-limit");
        assertClean(Edit.prop(d, "er-circuit", "skuTier", "Premium"), "er-vnet-link-limit");
        Diagram smallPremium = Edit.prop(Edit.prop(withLinkedVnets(ER, 20), "er-circuit", "skuTier", "Premium"),
                "er-circuit", "bandwidthMbps", 50);
        assertTrue(assertFinds(smallPremium, "er-vnet-link-limit", "er-circuit").message()
                .contains("a Premium circuit of 50 Mbps allows 20"));
        assertClean(Edit.prop(smallPremium, "er-circuit", "bandwidthMbps", 100), "er-vnet-link-limit");
    }

    @Test
    void premiumLinkLimitsFollowBandwidth() {
        long[][] expected = {{50, 20}, {100, 25}, {200, 25}, {500, 40}, {1000, 50}, {2000, 60}, {5000, 75},
            {10000, 100}, {100000, 100}};
        for (long[] row : expected) {
            assertEquals(row[1], ExpressRouteRules.premiumLinks(Optional.of(row[0])), row[0] + " Mbps");
        }
        assertEquals(100, ExpressRouteRules.premiumLinks(Optional.empty()));
    }

    @Test
    void moreCircuitsThanTheGatewaySkuCarriesIsAnError() {
        Diagram d = withCircuits(ER, "Amsterdam", "London", "Paris", "Dublin");
        Finding f = assertFinds(d, "er-circuits-per-vnet", "ergw");
        assertTrue(f.message().contains("links 5 circuits; SKU ErGw1AZ supports 4"), f.message());
        assertClean(Edit.prop(d, "ergw", "sku", "ErGw2AZ"), "er-circuits-per-vnet");
        assertEquals(4, ExpressRouteRules.maxCircuits(ExpressRouteGatewaySku.STANDARD));
        assertEquals(8, ExpressRouteRules.maxCircuits(ExpressRouteGatewaySku.HIGH_PERFORMANCE));
        assertEquals(16, ExpressRouteRules.maxCircuits(ExpressRouteGatewaySku.ULTRA_PERFORMANCE));
    }

    @Test
    void moreThanFourCircuitsFromOnePeeringLocationIsAnError() {
        Diagram d = Edit.prop(withCircuits(ER, "Amsterdam", "amsterdam", "Amsterdam", "Amsterdam"), "ergw", "sku",
                "ErGw2AZ");
        Finding f = assertFinds(d, "er-circuits-per-vnet", "ergw", "er-circuit", "er-c4");
        assertTrue(f.message().contains("5 circuits at Amsterdam"), f.message());
        assertClean(Edit.prop(d, "er-c4", "peeringLocation", "Amsterdam2"), "er-circuits-per-vnet");
    }

    @Test
    void moreThanEightCircuitsNeedASlash26GatewaySubnet() {
        Diagram d = Edit.prop(withCircuits(ER, "Amsterdam", "London", "London", "Paris", "Paris", "Dublin", "Dublin",
                "Oslo"), "ergw", "sku", "ErGw3AZ");
        Finding f = assertFinds(d, "er-circuits-per-vnet", "ergw", "gwsubnet");
        assertTrue(f.message().contains("10.10.255.224/27 must be /26 or larger"), f.message());
        assertEquals(Optional.of("Widen GatewaySubnet to a /26."), f.fix());
        assertClean(Edit.prop(d, "gwsubnet", "addressPrefix", "10.10.255.192/26"), "er-circuits-per-vnet");
    }

    @Test
    void aCircuitNeedsATierAndAFamilyThatGoTogether() {
        assertFinds(Edit.removeProp(ER, "er-circuit", "skuTier"), "er-circuit-sku", "er-circuit");
        assertFinds(Edit.removeProp(ER, "er-circuit", "skuFamily"), "er-circuit-sku", "er-circuit");
        Diagram local = Edit.prop(ER, "er-circuit", "skuTier", "Local");
        Finding f = assertFinds(local, "er-circuit-sku", "er-circuit");
        assertTrue(f.message().contains("Local circuits come with UnlimitedData only"), f.message());
        assertClean(Edit.prop(local, "er-circuit", "skuFamily", "UnlimitedData"), "er-circuit-sku");
        assertClean(Edit.prop(ER, "er-circuit", "skuTier", "Gold"), "er-circuit-sku");
    }

    @Test
    void aVmWithAPublicIpInAVnetReachedOverExpressRouteIsAWarning() {
        Diagram d = Edit.prop(ER, "vm-web-1", "publicIp", "52.10.20.30");
        Finding f = assertFinds(d, "er-vm-no-public-ip", Severity.WARNING, "vm-web-1", "vnet-app");
        assertTrue(f.message().contains("has public IP 52.10.20.30"), f.message());
        assertClean(Edit.remove(d, "er-connection"), "er-vm-no-public-ip");
        assertClean(Edit.prop(VPN, "vm-web-1", "publicIp", "52.10.20.30"), "er-vm-no-public-ip");
    }

    /** Adds {@code n} VNets in westeurope, each with an ExpressRoute gateway linked to er-circuit. */
    static Diagram withLinkedVnets(Diagram d, int n) {
        for (int i = 1; i <= n; i++) {
            d = Edit.add(d, "vnet" + i, ElementKind.VIRTUAL_NETWORK, null, Props.builder()
                    .texts("addressSpaces", List.of("10." + (100 + i) + ".0.0/16")).text("region", "westeurope")
                    .build());
            d = Edit.add(d, "gws" + i, ElementKind.SUBNET, "vnet" + i, Props.builder()
                    .text("addressPrefix", "10." + (100 + i) + ".255.224/27").build());
            d = Edit.rename(d, "gws" + i, "GatewaySubnet");
            d = Edit.add(d, "ergw" + i, ElementKind.EXPRESSROUTE_GATEWAY, "gws" + i,
                    Props.builder().text("sku", "ErGw1AZ").build());
            d = Edit.connect(d, "link" + i, ConnectionKind.EXPRESSROUTE_CONNECTION, "ergw" + i, "er-circuit");
        }
        return d;
    }

    /** Adds circuits er-c1, er-c2, ... at the given peering locations, each linked to ergw. */
    static Diagram withCircuits(Diagram d, String... locations) {
        for (int i = 1; i <= locations.length; i++) {
            d = Edit.add(d, "er-c" + i, ElementKind.EXPRESSROUTE_CIRCUIT, null, Props.builder()
                    .text("peeringLocation", locations[i - 1]).text("skuTier", "Standard")
                    .text("skuFamily", "MeteredData").number("bandwidthMbps", 1000).build());
            d = Edit.connect(d, "er-link" + i, ConnectionKind.EXPRESSROUTE_CONNECTION, "ergw", "er-c" + i);
        }
        return d;
    }
}
