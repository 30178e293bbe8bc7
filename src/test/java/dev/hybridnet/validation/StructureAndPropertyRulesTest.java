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
import org.junit.jupiter.api.Test;

class StructureAndPropertyRulesTest {

    private static final Diagram VPN = Samples.load(Sample.VPN);

    @Test
    void aVmOnPremisesIsMisplaced() {
        Finding f = assertFinds(Edit.reparent(VPN, "vm-web-1", "onprem"), "containment", "vm-web-1", "onprem");
        assertEquals("Virtual machine vm-web-1 is inside On-premises network; it belongs in a subnet", f.message());
        assertClean(VPN, "containment");
    }

    @Test
    void aSubnetAtTheTopLevelAndAVnetInsideAVnetAreMisplaced() {
        assertFinds(Edit.reparent(VPN, "snet-web", null), "containment", "snet-web");
        Diagram nested = Edit.add(VPN, "vnet-2", ElementKind.VIRTUAL_NETWORK, "vnet-app",
                Props.builder().texts("addressSpaces", java.util.List.of("10.99.0.0/16")).build());
        Finding f = assertFinds(nested, "containment", "vnet-2", "vnet-app");
        assertTrue(f.message().endsWith("it belongs at the top level of the diagram"), f.message());
    }

    @Test
    void aConnectionBetweenKindsItDoesNotJoinIsIllegal() {
        Diagram d = Edit.connect(VPN, "odd", ConnectionKind.VNET_PEERING, "vm-web-1", "vnet-app");
        Finding f = assertFinds(d, "legal-connection", "odd", "vm-web-1", "vnet-app");
        assertTrue(f.message().contains("a VNet peering joins a virtual network to a virtual network"), f.message());
        assertClean(VPN, "legal-connection");
    }

    @Test
    void aConnectionToItselfIsIllegal() {
        assertFinds(Edit.connect(VPN, "loop", ConnectionKind.VNET_PEERING, "vnet-app", "vnet-app"),
                "legal-connection", "loop");
    }

    @Test
    void theSameConnectionTwiceIsAWarning() {
        Diagram d = Edit.connect(VPN, "again", ConnectionKind.SITE_TO_SITE_VPN, "lng-onprem", "vpngw");
        assertFinds(d, "duplicate-connection", Severity.WARNING, "s2s-onprem", "again");
        assertClean(VPN, "duplicate-connection");
    }

    @Test
    void twoSubnetsWithOneNameInAVnetAreAnError() {
        assertFinds(Edit.rename(VPN, "snet-data", "snet-web"), "subnet-name-unique", "snet-web", "snet-data");
        assertClean(VPN, "subnet-name-unique");
    }

    @Test
    void badPropertyValuesAreReportedWithTheirKeyAndValue() {
        Finding f = assertFinds(Edit.prop(VPN, "vnet-app", "addressSpaces", PropValue.texts(
                java.util.List.of("10.20.0.0/33"))), "property-value", "vnet-app");
        assertEquals("vnet-app: addressSpaces: '10.20.0.0/33' is not an IP prefix", f.message());
        assertFinds(Edit.prop(VPN, "vpngw", "sku", "Gold"), "property-value", "vpngw");
        assertFinds(Edit.prop(VPN, "s2s-onprem", "enableBgp", "yes"), "property-value", "s2s-onprem");
        assertClean(Edit.prop(VPN, "vpngw", "sku", "vpngw2az"), "property-value");
        assertClean(VPN, "property-value");
    }

    @Test
    void unknownPropertiesAreWarnings() {
        Finding f = assertFinds(Edit.prop(VPN, "vpngw", "skew", "VpnGw1"), "unknown-property", Severity.WARNING,
                "vpngw");
        assertTrue(f.message().contains("unknown property 'skew'"), f.message());
        assertClean(VPN, "unknown-property");
    }

    @Test
    void networksAndSubnetsNeedTheirRanges() {
        assertFinds(Edit.removeProp(VPN, "vnet-app", "addressSpaces"), "required-property", "vnet-app");
        assertFinds(Edit.removeProp(VPN, "snet-web", "addressPrefix"), "required-property", "snet-web");
        assertClean(Edit.prop(VPN, "snet-web", "addressPrefix", "nonsense"), "required-property");
        assertClean(VPN, "required-property");
    }
}
