package dev.hybridnet.validation;

import static dev.hybridnet.validation.Check.assertClean;
import static dev.hybridnet.validation.Check.assertFinds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Props;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import org.junit.jupiter.api.Test;

/** The peering rules of ExpressRoute, on the ExpressRoute sample (a layer-2 circuit with two links). */
class ExpressRoutePeeringRulesTest {

    private static final Diagram ER = Samples.load(Sample.EXPRESSROUTE);

    @Test
    void aLayer2LinkWithoutAPeerPrefixIsNotCheckedAndSaysSo() {
        Diagram d = Edit.removeProp(ER, "peering-secondary", "peerAddressPrefix");
        Finding f = assertFinds(d, "er-l2-peer-subnets", Severity.INFO, "peering-secondary", "er-circuit");
        assertTrue(f.message().contains("secondary private peering link peering-secondary of layer-2 circuit "
                + "er-circuit does not give its peerAddressPrefix; not checked"), f.message());
        assertClean(Edit.prop(d, "er-circuit", "providerLayer", "L3"), "er-l2-peer-subnets");
        assertClean(ER, "er-l2-peer-subnets");
    }

    @Test
    void aPeerPrefixThatIsNotASlash30IsAnError() {
        Diagram d = Edit.prop(ER, "peering-secondary", "peerAddressPrefix", "192.0.2.8/29");
        Finding f = assertFinds(d, "er-l2-peer-subnets", "peering-secondary");
        assertTrue(f.message().endsWith("has peerAddressPrefix 192.0.2.8/29; it must be a /30"), f.message());
    }

    @Test
    void primaryAndSecondaryLinksSharingAPrefixIsAnError() {
        Diagram d = Edit.prop(ER, "peering-secondary", "peerAddressPrefix", "192.0.2.0/30");
        Finding f = assertFinds(d, "er-l2-peer-subnets", "peering-primary", "peering-secondary", "er-circuit");
        assertTrue(f.message().contains("overlap; each link needs a /30 of its own"), f.message());
    }

    @Test
    void aPeerPrefixInsideALinkedVnetIsAnErrorAndInsideOnPremisesAWarning() {
        Diagram inVnet = Edit.prop(ER, "peering-secondary", "peerAddressPrefix", "10.10.200.0/30");
        Finding f = assertFinds(inVnet, "er-l2-peer-subnets", Severity.ERROR, "peering-secondary", "vnet-app");
        assertTrue(f.message().contains("overlaps address space 10.10.0.0/16 of vnet-app"), f.message());
        Diagram onPrem = Edit.prop(ER, "peering-secondary", "peerAddressPrefix", "192.168.200.0/30");
        assertFinds(onPrem, "er-l2-peer-subnets", Severity.WARNING, "peering-secondary", "onprem");
        assertClean(Edit.remove(inVnet, "er-connection"), "er-l2-peer-subnets");
    }

    @Test
    void aPeeringWithoutASecondaryLinkIsUnfinished() {
        Diagram d = Edit.remove(ER, "peering-secondary");
        Finding f = assertFinds(d, "er-bgp-redundant", Severity.WARNING, "er-circuit", "peering-primary");
        assertTrue(new Validator().validate(d, d.reference(), true).findings().stream()
                .anyMatch(x -> x.rule().equals("er-bgp-redundant") && x.severity() == Severity.ERROR));
        assertEquals("Circuit er-circuit has a primary private peering link (peering-primary) but no secondary; "
                + "ExpressRoute stays up through a pair of BGP sessions, one on each link", f.message());
        assertClean(Edit.removeProp(ER, "peering-primary", "link"), "er-bgp-redundant");
        assertClean(ER, "er-bgp-redundant");
    }

    @Test
    void aMicrosoftPeeringWithOnlyASecondaryLinkIsReported() {
        Diagram d = Edit.connect(ER, "ms", ConnectionKind.EXPRESSROUTE_PEERING, "edge2", "er-circuit", Props.builder()
                .text("peeringType", "microsoft").text("link", "secondary").text("peerAddressPrefix", "198.51.100.0/30")
                .build());
        Finding f = assertFinds(Edit.prop(d, "er-circuit", "providerLayer", "L3"), "er-bgp-redundant", "er-circuit",
                "ms");
        assertTrue(f.message().contains("secondary microsoft peering link (ms) but no primary"), f.message());
        assertClean(d, "er-l2-peer-subnets");
    }

    @Test
    void bothLinksOnOneEdgeRouterIsAWarning() {
        Diagram d = Edit.remove(ER, "peering-secondary");
        d = Edit.connect(d, "secondary-on-edge1", ConnectionKind.EXPRESSROUTE_PEERING, "edge1", "er-circuit",
                Props.builder().text("peeringType", "private").text("link", "secondary")
                        .text("peerAddressPrefix", "192.0.2.4/30").build());
        Finding f = assertFinds(d, "er-redundant-edge", Severity.WARNING, "er-circuit", "edge1", "peering-primary",
                "secondary-on-edge1");
        assertTrue(f.message().contains("both end on Edge router 1"), f.message());
        assertClean(Edit.prop(d, "er-circuit", "providerLayer", "L3"), "er-redundant-edge");
        assertClean(ER, "er-redundant-edge");
    }
}
