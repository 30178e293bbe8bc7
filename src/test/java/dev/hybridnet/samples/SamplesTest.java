package dev.hybridnet.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.io.DiagramWriter;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SamplesTest {

    @ParameterizedTest
    @EnumSource(Sample.class)
    void eachSampleLoadsAndDeclaresItsReference(Sample sample) {
        Diagram diagram = Samples.load(sample);
        assertEquals(Optional.of(sample.reference()), diagram.reference());
        assertEquals(sample.title(), diagram.title());
        assertEquals(Optional.of(sample), Samples.byId(sample.id()));
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void eachBundledFileIsInCanonicalForm(Sample sample) {
        assertEquals(Samples.text(sample), new DiagramWriter().write(Samples.load(sample)));
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void eachSampleIsLaidOutWithoutOverlaps(Sample sample) {
        assertEquals(List.of(), LayoutCheck.problems(Samples.load(sample)));
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void everyElementSitsInALegalContainerAndEveryConnectionIsLegal(Sample sample) {
        Diagram diagram = Samples.load(sample);
        for (Element e : diagram.elements()) {
            Optional<ElementKind> parentKind = diagram.parentOf(e.id()).map(Element::kind);
            assertTrue(Catalog.of(e.kind()).allowedIn(parentKind), e.id());
            Catalog.of(e.kind()).requiredSubnetName().ifPresent(name ->
                    assertEquals(name, diagram.parentOf(e.id()).orElseThrow().name(), e.id()));
        }
        diagram.connections().forEach(c -> assertTrue(Catalog.isLegal(c.kind(),
                diagram.element(c.from()).orElseThrow().kind(), diagram.element(c.to()).orElseThrow().kind()),
                c.id()));
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void eachSampleHasThePiecesOfItsReference(Sample sample) {
        Diagram d = Samples.load(sample);
        assertFalse(d.elementsOfKind(ElementKind.ON_PREMISES_NETWORK).isEmpty());
        assertFalse(d.elementsOfKind(ElementKind.VIRTUAL_MACHINE).isEmpty());
        boolean vpn = !d.connectionsOfKind(ConnectionKind.SITE_TO_SITE_VPN).isEmpty();
        boolean er = !d.connectionsOfKind(ConnectionKind.EXPRESSROUTE_CONNECTION).isEmpty();
        boolean peering = !d.connectionsOfKind(ConnectionKind.VNET_PEERING).isEmpty();
        switch (sample) {
            case VPN -> assertTrue(vpn && !er && !peering);
            case EXPRESSROUTE -> assertTrue(!vpn && er && !peering);
            case EXPRESSROUTE_VPN_FAILOVER -> assertTrue(vpn && er && !peering);
            case HUB_SPOKE -> assertTrue(vpn && peering && d.elementsOfKind(ElementKind.AZURE_FIREWALL).size() == 1);
            default -> throw new IllegalStateException(sample.name());
        }
    }
}
