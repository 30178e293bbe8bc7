package dev.hybridnet.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Props;
import dev.hybridnet.model.Reference;
import dev.hybridnet.samples.HubSpokeGenerator;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import dev.hybridnet.validation.PatternMatch.Status;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferencePatternsTest {

    private final Validator validator = new Validator();

    private ValidationReport report(Diagram d) {
        return validator.validate(d);
    }

    private static List<String> messages(ValidationReport r, String rule) {
        return r.findings().stream().filter(f -> f.rule().equals(rule)).map(Finding::message).toList();
    }

    @Test
    void theFailoverSampleIsDetectedAsFailoverWithItsVpnAndExpressRouteWithinIt() {
        ValidationReport r = report(Samples.load(Sample.EXPRESSROUTE_VPN_FAILOVER));
        assertEquals(List.of(Reference.EXPRESSROUTE_VPN_FAILOVER), r.detected());
        assertEquals(Optional.of(Reference.EXPRESSROUTE_VPN_FAILOVER), r.pattern(Reference.VPN).within());
        assertEquals(Status.COMPLETE, r.pattern(Reference.EXPRESSROUTE).status());
    }

    @Test
    void theHubSpokeSampleIsDetectedAsHubSpokeOnly() {
        ValidationReport r = report(Samples.load(Sample.HUB_SPOKE));
        assertEquals(List.of(Reference.HUB_SPOKE), r.detected());
        assertEquals(Optional.of(Reference.HUB_SPOKE), r.pattern(Reference.VPN).within());
        assertTrue(r.pattern(Reference.HUB_SPOKE).elements().containsAll(List.of("vnet-hub", "vnet-spoke1",
                "peering-hub-spoke2")));
    }

    @Test
    void aGeneratedTopologyIsDetectedAsHubSpoke() {
        assertEquals(List.of(Reference.HUB_SPOKE), report(HubSpokeGenerator.generate(30)).detected());
    }

    @Test
    void aDeclaredReferenceTurnsMissingPiecesIntoWarningsAndRequireCompleteIntoErrors() {
        Diagram noGateway = Edit.remove(Samples.load(Sample.VPN), "vpngw");
        ValidationReport r = report(noGateway);
        assertEquals(List.of(), r.detected());
        assertEquals(Status.PARTIAL, r.pattern(Reference.VPN).status());
        assertEquals(List.of("Site-to-site VPN reference: add a VPN gateway to GatewaySubnet of vnet-app."),
                messages(r, "reference-vpn"));
        assertTrue(r.findings().stream().filter(f -> f.rule().equals("reference-vpn"))
                .allMatch(f -> f.severity() == Severity.WARNING && f.elements().equals(List.of("gwsubnet"))));
        assertFalse(r.hasErrors(), "an unfinished design is not a wrong one");
        ValidationReport strict = new Validator().validate(noGateway, noGateway.reference(), true);
        assertTrue(strict.findings().stream().filter(f -> f.rule().equals("reference-vpn"))
                .allMatch(f -> f.severity() == Severity.ERROR));
        assertTrue(strict.hasErrors());
    }

    @Test
    void withoutADeclaredReferencePartialReferencesGiveNotes() {
        Diagram d = Edit.remove(Samples.load(Sample.EXPRESSROUTE), "er-connection").withReference(Optional.empty());
        ValidationReport r = report(d);
        assertEquals(List.of("ExpressRoute reference: link ergw to er-circuit with an ExpressRoute connection."),
                messages(r, "reference-expressroute"));
        assertTrue(r.findings().stream().filter(f -> f.rule().startsWith("reference-"))
                .allMatch(f -> f.severity() == Severity.INFO));
    }

    @Test
    void anEmptyDiagramDeclaringVpnListsEveryStep() {
        ValidationReport r = report(Diagram.empty("t").withReference(Optional.of(Reference.VPN)));
        assertEquals(List.of("Site-to-site VPN reference: add an on-premises network.",
                "Site-to-site VPN reference: add a virtual network."), messages(r, "reference-vpn"));
    }

    @Test
    void theStepsLeadFromAGatewaySubnetToAConnectedGateway() {
        Diagram vpn = Samples.load(Sample.VPN);
        Diagram noSubnet = Edit.remove(vpn, "gwsubnet");
        assertEquals(List.of("Site-to-site VPN reference: add a GatewaySubnet (/27) to vnet-app."),
                messages(report(noSubnet), "reference-vpn"));
        Diagram unconnected = Edit.remove(vpn, "s2s-onprem");
        assertEquals(List.of("Site-to-site VPN reference: connect vpngw to VPN appliance with a site-to-site VPN, "
                + "directly or through a local network gateway that represents it."),
                messages(report(unconnected), "reference-vpn"));
    }

    @Test
    void failoverWithOnlyExpressRouteAsksForTheVpnPath() {
        Diagram er = Samples.load(Sample.EXPRESSROUTE).withReference(Optional.of(Reference.EXPRESSROUTE_VPN_FAILOVER));
        List<String> steps = messages(report(er), "reference-expressroute-vpn-failover");
        assertEquals(List.of("ExpressRoute with VPN failover reference: add a VPN appliance to On-premises network.",
                "ExpressRoute with VPN failover reference: add a VPN gateway to GatewaySubnet of vnet-app."), steps);
    }

    @Test
    void hubSpokeWithoutPeeringsAsksForThem() {
        Diagram d = Edit.remove(Samples.load(Sample.HUB_SPOKE), "peering-hub-spoke1", "peering-hub-spoke2");
        ValidationReport r = report(d);
        assertEquals(List.of("Hub-spoke topology reference: peer vnet-hub with a spoke virtual network."),
                messages(r, "reference-hub-spoke"));
    }

    @Test
    void hubSpokeWithOnPremisesNeedsTheHubGateway() {
        Diagram d = Edit.remove(Samples.load(Sample.HUB_SPOKE), "s2s-onprem");
        List<String> steps = messages(report(d), "reference-hub-spoke");
        assertEquals(List.of("Hub-spoke topology reference: add a VPN or ExpressRoute gateway to GatewaySubnet of "
                + "vnet-hub and connect it to On-premises network."), steps);
    }

    @Test
    void twoIndependentReferencesAreBothDetected() {
        Diagram vpn = Samples.load(Sample.VPN).withReference(Optional.empty());
        Diagram d = Edit.add(vpn, "edge", ElementKind.EDGE_ROUTER, "onprem", Props.empty());
        ValidationReport r = report(d);
        assertEquals(List.of(Reference.VPN), r.detected());
        assertEquals(Status.PARTIAL, r.pattern(Reference.EXPRESSROUTE).status());
    }

    /** Issue 20: "complete" stayed green while the gateway sat in a subnet named gw-subnet, where Azure cannot deploy it. */
    @Test
    void aGatewayInASubnetNotNamedGatewaySubnetLeavesTheReferenceIncompleteWithAStepToRenameIt() {
        ValidationReport r = report(Edit.rename(Samples.load(Sample.VPN), "gwsubnet", "gw-subnet"));
        assertEquals(Status.PARTIAL, r.pattern(Reference.VPN).status());
        assertEquals(List.of("Rename gw-subnet to GatewaySubnet: Azure deploys vpngw only to a subnet of exactly "
                + "that name."), r.pattern(Reference.VPN).missing().stream().map(PatternMatch.Step::instruction)
                .toList());

        ValidationReport failover = report(Edit.rename(Samples.load(Sample.EXPRESSROUTE_VPN_FAILOVER), "gwsubnet",
                "gw-subnet"));
        assertEquals(Status.PARTIAL, failover.pattern(Reference.EXPRESSROUTE_VPN_FAILOVER).status());

        ValidationReport hub = report(Edit.rename(Samples.load(Sample.HUB_SPOKE), "hub-gwsubnet", "gw-subnet"));
        assertEquals(Status.PARTIAL, hub.pattern(Reference.HUB_SPOKE).status());
        assertTrue(hub.pattern(Reference.HUB_SPOKE).missing().stream()
                .anyMatch(step -> step.instruction().startsWith("Rename gw-subnet to GatewaySubnet")));
    }
}
