package dev.hybridnet.validation;

import static dev.hybridnet.validation.Check.assertClean;
import static dev.hybridnet.validation.Check.assertFinds;
import static dev.hybridnet.validation.Check.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.model.Props;
import dev.hybridnet.samples.HubSpokeGenerator;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each rule: one change to the clean hub-spoke sample triggers it; the sample (or a corrected twin) does not. */
class HubSpokeRulesTest {

    private static final Diagram HS = Samples.load(Sample.HUB_SPOKE);
    private static final Set<String> RULE_IDS =
            HubSpokeRules.rules().stream().map(Rule::id).collect(Collectors.toUnmodifiableSet());

    /** Sets one flag of one direction ("from" or "to") of a peering. */
    private static Diagram flag(Diagram d, String peering, String side, String flag, boolean value) {
        return Edit.props(d, peering, p -> {
            PropValue.ObjectValue flags = (PropValue.ObjectValue) p.get(side).orElseThrow();
            Map<String, PropValue> fields = new TreeMap<>(flags.fields());
            fields.put(flag, PropValue.bool(value));
            return p.with(side, PropValue.ObjectValue.of(fields));
        });
    }

    private static PropValue route(String prefix, String nextHop) {
        Map<String, PropValue> fields = new HashMap<>();
        fields.put("addressPrefix", PropValue.text(prefix));
        fields.put("nextHopType", PropValue.text("VirtualAppliance"));
        if (nextHop != null) {
            fields.put("nextHop", PropValue.text(nextHop));
        }
        return PropValue.ObjectValue.of(fields);
    }

    private static Diagram routes(Diagram d, String subnet, PropValue... routes) {
        return Edit.prop(d, subnet, "routes", new PropValue.ListValue(List.of(routes)));
    }

    private static Props peeringBothWays() {
        PropValue side = PropValue.ObjectValue.of(Map.of("allowVirtualNetworkAccess", PropValue.bool(true),
                "allowForwardedTraffic", PropValue.bool(true)));
        return Props.builder().put("from", side).put("to", side).build();
    }

    /** The sample with a GatewaySubnet and a VPN gateway in spoke 1 (not connected to anything). */
    private static Diagram gatewayInSpoke1() {
        Diagram d = Edit.add(HS, "spoke1-gwsubnet", ElementKind.SUBNET, "vnet-spoke1",
                Props.builder().text("addressPrefix", "10.1.255.224/27").build());
        d = Edit.rename(d, "spoke1-gwsubnet", "GatewaySubnet");
        return Edit.add(d, "vpngw-spoke1", ElementKind.VPN_GATEWAY, "spoke1-gwsubnet",
                Props.builder().text("publicIp", "198.51.100.41").text("sku", "VpnGw1").build());
    }

    private static List<Finding> hubSpokeFindings(Diagram d) {
        ValidationReport report = new Validator().validate(d);
        return report.findings().stream().filter(f -> RULE_IDS.contains(f.rule()) || f.rule().equals("rule-failure"))
                .toList();
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void theBundledSamplesHaveNoHubSpokeFindings(Sample sample) {
        assertEquals(List.of(), hubSpokeFindings(Samples.load(sample)));
    }

    @Test
    void generatedTopologiesWithSeveralHubsHaveNoHubSpokeFindings() {
        assertEquals(List.of(), hubSpokeFindings(HubSpokeGenerator.generate(800)));
        int spokes = HubSpokeGenerator.spokesForElements(10_000);
        assertEquals(List.of(), hubSpokeFindings(HubSpokeGenerator.generate(spokes)));
    }

    @Test
    void aHubSpokePeeringMissingOneDirectionIsUnfinished() {
        Diagram d = Edit.removeProp(HS, "peering-hub-spoke1", "to");
        assertEquals(Severity.ERROR, new Validator().validate(d, d.reference(), true).findings().stream()
                .filter(x -> x.rule().equals("hs-spoke-peered-both-ways")).findFirst().orElseThrow().severity(),
                "--require-complete makes the missing half an error");
        Finding f = assertFinds(d, "hs-spoke-peered-both-ways", Severity.WARNING, "peering-hub-spoke1", "vnet-spoke1",
                "vnet-hub");
        assertEquals("peering-hub-spoke1 between vnet-hub and vnet-spoke1 exists only on vnet-hub's side; create it "
                + "on vnet-spoke1 too, or no traffic flows", f.message());
        Finding neither = assertFinds(Edit.removeProp(d, "peering-hub-spoke1", "from"), "hs-spoke-peered-both-ways",
                "peering-hub-spoke1");
        assertTrue(neither.message().contains("created on neither side"), neither.message());
        assertClean(HS, "hs-spoke-peered-both-ways");
    }

    @Test
    void aDeclaredSpokeThatIsNotPeeredWithTheHubIsAnError() {
        Diagram d = Edit.remove(HS, "peering-hub-spoke2");
        Finding f = assertFinds(d, "hs-spoke-peered-both-ways", "vnet-spoke2", "vnet-hub");
        assertTrue(f.message().contains("vnet-spoke2 is declared a spoke but is not peered with a hub"), f.message());
        assertClean(Edit.prop(Samples.load(Sample.VPN), "vnet-app", "role", "spoke"), "hs-spoke-peered-both-ways");
    }

    @Test
    void aSpokeGatewayReachingOnPremisesIsAWarning() {
        Diagram d = Edit.connect(gatewayInSpoke1(), "s2s-spoke1", ConnectionKind.SITE_TO_SITE_VPN, "vpngw-spoke1",
                "appliance");
        Finding f = assertFinds(d, "hs-gateway-in-hub", Severity.WARNING, "vpngw-spoke1", "vnet-spoke1",
                "vnet-hub");
        assertEquals("vpngw-spoke1 connects On-premises network but sits in vnet-spoke1, which is peered with hub "
                + "vnet-hub; cross-premises connections belong in the hub", f.message());
        assertEquals(Optional.of("Move vpngw-spoke1 to the GatewaySubnet of vnet-hub."), f.fix());
        assertClean(gatewayInSpoke1(), "hs-gateway-in-hub");
        assertClean(HS, "hs-gateway-in-hub");
    }

    @Test
    void aSpokeUsingTheHubGatewayNeedsTransitOnTheHubSide() {
        Diagram d = flag(HS, "peering-hub-spoke1", "from", "allowGatewayTransit", false);
        Finding f = assertFinds(d, "hs-allow-gateway-transit", Severity.ERROR, "peering-hub-spoke1", "vnet-spoke1",
                "vnet-hub");
        assertEquals("vnet-spoke1 uses the remote gateways of vnet-hub, but vnet-hub's side of peering-hub-spoke1 "
                + "does not allow gateway transit", f.message());
        assertEquals(Optional.of("Allow gateway transit on the hub side of peering-hub-spoke1."), f.fix());
        assertClean(flag(d, "peering-hub-spoke1", "to", "useRemoteGateways", false), "hs-allow-gateway-transit");
        assertClean(HS, "hs-allow-gateway-transit");
    }

    @Test
    void usingTheRemoteGatewaysOfAHubWithoutGatewayIsAnError() {
        Diagram d = Edit.remove(HS, "vpngw");
        Finding f = assertFinds(d, "hs-allow-gateway-transit", "vnet-hub", "vnet-spoke1", "vnet-spoke2");
        assertEquals("vnet-spoke1, vnet-spoke2 use the remote gateways of vnet-hub, but vnet-hub has no VPN or "
                + "ExpressRoute gateway", f.message());
    }

    @Test
    void aSpokeNotUsingTheHubGatewayToOnPremisesIsAWarning() {
        Diagram d = flag(HS, "peering-hub-spoke2", "to", "useRemoteGateways", false);
        Finding f = assertFinds(d, "hs-use-remote-gateways", Severity.WARNING, "peering-hub-spoke2", "vnet-spoke2",
                "vnet-hub");
        assertEquals("vnet-spoke2's side of peering-hub-spoke2 does not use remote gateways, so vnet-spoke2 cannot "
                + "reach On-premises network through the gateway of vnet-hub", f.message());
        assertEquals(Optional.of("Use remote gateways on vnet-spoke2's side of peering-hub-spoke2."), f.fix());
        assertClean(Edit.remove(d, "s2s-onprem"), "hs-use-remote-gateways");
        assertClean(HS, "hs-use-remote-gateways");
    }

    @Test
    void aSpokeWithItsOwnGatewayCannotUseRemoteGateways() {
        Diagram d = gatewayInSpoke1();
        Finding f = assertFinds(d, "hs-spoke-no-own-gateway", Severity.ERROR, "peering-hub-spoke1", "vnet-spoke1",
                "vpngw-spoke1");
        assertEquals("vnet-spoke1 uses the remote gateways of vnet-hub over peering-hub-spoke1 but has its own "
                + "gateway vpngw-spoke1; a VNet with a gateway cannot use remote gateways", f.message());
        assertEquals(1, findings(d, "hs-spoke-no-own-gateway").size());
        assertClean(HS, "hs-spoke-no-own-gateway");
    }

    @Test
    void offeringGatewayTransitToAPeerWithItsOwnGatewayIsAnError() {
        Diagram d = flag(gatewayInSpoke1(), "peering-hub-spoke1", "to", "useRemoteGateways", false);
        Finding f = assertFinds(d, "hs-spoke-no-own-gateway", "peering-hub-spoke1", "vnet-hub", "vnet-spoke1");
        assertTrue(f.message().startsWith("vnet-hub's side of peering-hub-spoke1 allows gateway transit to "
                + "vnet-spoke1, which has its own gateway vpngw-spoke1"), f.message());
        assertClean(flag(d, "peering-hub-spoke1", "from", "allowGatewayTransit", false), "hs-spoke-no-own-gateway");
    }

    @Test
    void usingRemoteGatewaysOnTwoPeeringsIsAnError() {
        Diagram d = Edit.add(HS, "vnet-hub2", ElementKind.VIRTUAL_NETWORK, null, Props.builder()
                .texts("addressSpaces", List.of("10.50.0.0/16")).text("region", "westeurope").text("role", "hub")
                .build());
        d = Edit.connect(d, "peering-hub2-spoke1", ConnectionKind.VNET_PEERING, "vnet-hub2", "vnet-spoke1",
                peeringBothWays());
        Diagram twice = flag(d, "peering-hub2-spoke1", "to", "useRemoteGateways", true);
        Finding f = assertFinds(twice, "hs-one-remote-gateway", Severity.ERROR, "vnet-spoke1", "peering-hub-spoke1",
                "peering-hub2-spoke1");
        assertEquals("vnet-spoke1 uses remote gateways on 2 peerings (peering-hub-spoke1, peering-hub2-spoke1 with "
                + "vnet-hub, vnet-hub2); only one may", f.message());
        assertClean(d, "hs-one-remote-gateway");
        assertClean(HS, "hs-one-remote-gateway");
    }

    @Test
    void aHubSpokePeeringSideWithoutForwardedTrafficIsAWarning() {
        Diagram unrouted = Edit.removeProp(Edit.removeProp(HS, "spoke1-workload", "routes"), "spoke2-workload",
                "routes");
        assertClean(flag(unrouted, "peering-hub-spoke1", "from", "allowForwardedTraffic", false),
                "hs-allow-forwarded");
        Diagram d = flag(unrouted, "peering-hub-spoke1", "to", "allowForwardedTraffic", false);
        Finding f = assertFinds(d, "hs-allow-forwarded", Severity.WARNING, "peering-hub-spoke1", "vnet-spoke1");
        assertEquals("vnet-spoke1's side of peering-hub-spoke1 does not allow forwarded traffic; traffic forwarded "
                + "by a firewall or NVA in vnet-hub cannot cross it", f.message());
        assertEquals(Optional.of("Allow forwarded traffic on vnet-spoke1's side of peering-hub-spoke1."), f.fix());
        assertClean(HS, "hs-allow-forwarded");
        Diagram both = flag(d, "peering-hub-spoke2", "to", "allowForwardedTraffic", false);
        Finding one = assertFinds(both, "hs-allow-forwarded", Severity.WARNING, "peering-hub-spoke1", "vnet-spoke1",
                "peering-hub-spoke2", "vnet-spoke2");
        assertEquals(1, findings(both, "hs-allow-forwarded").size(), "one finding per hub");
        assertTrue(one.message().startsWith("2 sides of vnet-hub's spoke peerings"), one.message());
        Diagram noFirewall = Edit.remove(Edit.removeProp(Edit.removeProp(both, "spoke1-workload", "routes"),
                "spoke2-workload", "routes"), "fw-hub");
        assertClean(noFirewall, "hs-allow-forwarded");
    }

    @Test
    void aReceivingSpokeThatRefusesForwardedTrafficRoutedToItThroughTheHubFirewallIsAnError() {
        Diagram d = flag(HS, "peering-hub-spoke2", "to", "allowForwardedTraffic", false);
        Finding f = assertFinds(d, "hs-allow-forwarded", Severity.ERROR, "peering-hub-spoke2", "vnet-spoke2",
                "vnet-hub", "vnet-spoke1");
        assertEquals("vnet-spoke1 routes 10.2.0.0/16 to fw-hub in vnet-hub, but vnet-spoke2's side of "
                + "peering-hub-spoke2 does not allow forwarded traffic, so vnet-spoke2 drops what the appliance "
                + "forwards to it", f.message());
        assertEquals(Optional.of("Allow forwarded traffic on vnet-spoke2's side of peering-hub-spoke2."), f.fix());
        assertEquals(1, findings(d, "hs-allow-forwarded").size(), "no warning besides the error for the same side");
        assertFinds(routes(d, "spoke1-workload", route("10.0.0.0/8", "fw-hub")), "hs-allow-forwarded",
                Severity.ERROR, "vnet-spoke2", "vnet-spoke1");
        assertFinds(routes(d, "spoke1-workload", route("10.2.1.0/24", "fw-hub")), "hs-allow-forwarded",
                Severity.ERROR, "vnet-spoke2", "vnet-spoke1");
    }

    @Test
    void aDefaultRouteToTheHubFirewallAloneOnlyWarns() {
        Diagram d = routes(flag(HS, "peering-hub-spoke2", "to", "allowForwardedTraffic", false), "spoke1-workload",
                route("0.0.0.0/0", "fw-hub"));
        List<Finding> found = findings(d, "hs-allow-forwarded");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals(List.of("peering-hub-spoke2", "vnet-spoke2"), found.get(0).elements());
    }

    @Test
    void aSpokeWithoutRouteOrPeeringToAnotherSpokeIsAWarningWhenOtherSpokesRouteToEachOther() {
        Diagram d = Edit.removeProp(HS, "spoke1-workload", "routes");
        Finding f = assertFinds(d, "hs-spoke-to-spoke", Severity.WARNING, "vnet-hub", "vnet-spoke1");
        assertEquals("vnet-spoke1 does not reach the other spokes of vnet-hub, though the design routes or peers "
                + "spokes to each other: peering through the hub is not transitive", f.message());
        assertEquals(1, findings(d, "hs-spoke-to-spoke").size(), "vnet-spoke2 still routes to vnet-spoke1");
        assertFinds(routes(HS, "spoke1-workload", route("10.2.0.0/17", "fw-hub")), "hs-spoke-to-spoke",
                "vnet-hub", "vnet-spoke1");
        Diagram isolated = Edit.removeProp(d, "spoke2-workload", "routes");
        Finding note = assertFinds(isolated, "hs-spoke-to-spoke", Severity.INFO, "vnet-hub", "vnet-spoke1",
                "vnet-spoke2");
        assertTrue(note.message().startsWith("2 spokes of vnet-hub (vnet-spoke1, vnet-spoke2) do not reach each "
                + "other; peering through the hub is not transitive"), note.message());
        assertClean(Edit.connect(d, "peering-spoke1-spoke2", ConnectionKind.VNET_PEERING, "vnet-spoke1",
                "vnet-spoke2", peeringBothWays()), "hs-spoke-to-spoke");
        assertClean(HS, "hs-spoke-to-spoke");
    }

    @Test
    void aSpokeReachingOnlySomeSpokesNamesTheFirstFewAndCountsTheRest() {
        Diagram d = HubSpokeGenerator.generate(20);
        assertClean(d, "hs-spoke-to-spoke");
        Diagram partial = routes(Edit.removeProp(d, "spoke0-data", "routes"), "spoke0-app",
                route("10.128.0.0/23", "hub0-fw"));
        Finding f = assertFinds(partial, "hs-spoke-to-spoke", Severity.WARNING, "hub0", "spoke0");
        assertTrue(f.message().startsWith("vnet-spoke-0 does not reach the other spokes of vnet-hub-0"), f.message());
        assertEquals(1, findings(partial, "hs-spoke-to-spoke").size());
    }

    @Test
    void everySpokeOfALargeHubWithoutRoutesIsToldHowManySpokesItMisses() {
        Diagram d = HubSpokeGenerator.generate(800);
        List<Element> elements = d.elements().stream()
                .map(e -> e.props().has("routes") ? e.withProps(e.props().without("routes")) : e).toList();
        List<Finding> found = findings(d.withContent(elements, d.connections()), "hs-spoke-to-spoke");
        assertEquals(2, found.size(), "one finding per hub");
        Finding f = found.stream().filter(x -> x.elements().get(0).equals("hub1")).findFirst().orElseThrow();
        assertEquals(Severity.INFO, f.severity(), "isolated spokes without any intent to connect them");
        assertEquals(401, f.elements().size());
        assertTrue(f.message().startsWith("400 spokes of vnet-hub-1 (vnet-spoke-400, vnet-spoke-401, vnet-spoke-402, "
                + "vnet-spoke-403, vnet-spoke-404 and 395 more) do not reach each other"), f.message());
    }

    @Test
    void aSpokeOfTwoHubsReachesEachHubsSpokesOnlyThroughThatHub() {
        Diagram d = Edit.add(HS, "vnet-hub2", ElementKind.VIRTUAL_NETWORK, null, Props.builder()
                .texts("addressSpaces", List.of("10.50.0.0/16")).text("region", "westeurope").text("role", "hub")
                .build());
        d = Edit.add(d, "vnet-spoke3", ElementKind.VIRTUAL_NETWORK, null, Props.builder()
                .texts("addressSpaces", List.of("10.3.0.0/16")).text("region", "westeurope").build());
        d = Edit.connect(d, "peering-hub2-spoke1", ConnectionKind.VNET_PEERING, "vnet-hub2", "vnet-spoke1",
                peeringBothWays());
        d = Edit.connect(d, "peering-hub2-spoke3", ConnectionKind.VNET_PEERING, "vnet-hub2", "vnet-spoke3",
                peeringBothWays());
        d = routes(d, "spoke1-workload", route("10.0.0.0/8", "fw-hub"));
        assertFinds(d, "hs-spoke-to-spoke", "vnet-hub", "vnet-spoke1");
        Diagram peered = Edit.connect(d, "peering-spoke1-spoke3", ConnectionKind.VNET_PEERING, "vnet-spoke1",
                "vnet-spoke3", peeringBothWays());
        assertTrue(findings(peered, "hs-spoke-to-spoke").stream()
                .noneMatch(x -> x.elements().contains("vnet-spoke1")));
    }

    @Test
    void aRouteToAVirtualApplianceMustNameAReachableFirewallOrNva() {
        Finding missing = assertFinds(routes(HS, "spoke1-workload", route("10.2.0.0/16", "fw-gone")),
                "hs-udr-to-firewall", Severity.ERROR, "spoke1-workload");
        assertTrue(missing.message().contains("to 'fw-gone', which is not in the diagram"), missing.message());
        assertFinds(routes(HS, "spoke1-workload", route("10.2.0.0/16", null)), "hs-udr-to-firewall",
                "spoke1-workload");
        Finding vm = assertFinds(routes(HS, "spoke1-workload", route("10.2.0.0/16", "jumpbox")),
                "hs-udr-to-firewall", Severity.WARNING, "spoke1-workload", "jumpbox");
        assertTrue(vm.message().contains("a virtual machine; if it forwards traffic"), vm.message());
        Finding gateway = assertFinds(routes(HS, "spoke1-workload", route("10.2.0.0/16", "vpngw")),
                "hs-udr-to-firewall", Severity.ERROR, "spoke1-workload", "vpngw");
        assertTrue(gateway.message().contains("a vpn-gateway"), gateway.message());
        assertClean(HS, "hs-udr-to-firewall");
    }

    @Test
    void aRouteToAnApplianceInAnUnpeeredVnetIsAnError() {
        Diagram d = Edit.add(HS, "nva", ElementKind.NETWORK_VIRTUAL_APPLIANCE, "spoke2-workload", Props.empty());
        Finding f = assertFinds(routes(d, "spoke1-workload", route("10.2.0.0/16", "nva")), "hs-udr-to-firewall",
                "spoke1-workload", "nva");
        assertEquals("Subnet snet-workload of vnet-spoke1 routes 10.2.0.0/16 to nva in vnet-spoke2, which is neither "
                + "in vnet-spoke1 nor in a VNet peered with it", f.message());
        assertClean(routes(d, "spoke2-workload", route("10.1.0.0/16", "nva")), "hs-udr-to-firewall");
    }

    @Test
    void aSpokeInARegionWithoutHubIsAWarning() {
        Diagram d = Edit.prop(HS, "vnet-spoke2", "region", "northeurope");
        Finding f = assertFinds(d, "hs-hub-per-region", Severity.WARNING, "vnet-spoke2", "vnet-hub");
        assertEquals("vnet-spoke2 is in northeurope, which has no hub; it uses vnet-hub in westeurope",
                f.message());
        Finding both = assertFinds(Edit.prop(d, "vnet-spoke1", "region", "northeurope"), "hs-hub-per-region",
                "vnet-spoke1", "vnet-spoke2", "vnet-hub");
        assertTrue(both.message().startsWith("2 spokes (vnet-spoke1, vnet-spoke2) are in northeurope"),
                both.message());
        assertClean(Edit.prop(HS, "vnet-spoke2", "region", "West Europe"), "hs-hub-per-region");
        assertClean(HS, "hs-hub-per-region");
    }

    @Test
    void moreThanFiveHundredPeeringsOnAVnetIsAnError() {
        Finding f = assertFinds(withExtraSpokes(499), "vnet-peering-limit", Severity.ERROR, "vnet-hub");
        assertEquals("vnet-hub has 501 peerings; a VNet can have at most 500", f.message());
        assertClean(withExtraSpokes(498), "vnet-peering-limit");
        assertClean(HS, "vnet-peering-limit");
    }

    /** The sample with {@code count} more VNets peered with the hub. */
    private static Diagram withExtraSpokes(int count) {
        List<Element> elements = new ArrayList<>(HS.elements());
        List<Connection> connections = new ArrayList<>(HS.connections());
        for (int i = 0; i < count; i++) {
            String id = "extra" + i;
            elements.add(new Element(id, ElementKind.VIRTUAL_NETWORK, id, Optional.empty(), new Rect(0, 0, 100, 100),
                    Props.builder().texts("addressSpaces", List.of("10." + (100 + i / 256) + "." + (i % 256) + ".0/24"))
                            .text("region", "westeurope").build()));
            connections.add(new Connection("peering-" + id, ConnectionKind.VNET_PEERING, "vnet-hub", id,
                    peeringBothWays()));
        }
        return HS.withContent(elements, connections);
    }
}
