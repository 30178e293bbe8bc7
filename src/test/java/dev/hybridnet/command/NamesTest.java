package dev.hybridnet.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 20: a new VNet was named "vnet", like a kind, beside "On-premises network"; copies of readable names got dashes. */
class NamesTest {

    private static Diagram placed(Diagram d, ElementKind kind) {
        Element e = Blueprint.of(kind).create(d, Optional.empty(), new Point(600, 600));
        var elements = new java.util.ArrayList<>(d.elements());
        elements.add(e);
        return d.withContent(elements, d.connections());
    }

    private static String newest(Diagram d, ElementKind kind) {
        var all = d.elementsOfKind(kind);
        return all.get(all.size() - 1).name();
    }

    @Test
    void aNewVirtualNetworkIsNumberedLikeAnAzureResourceNotNamedAfterItsKind() {
        Diagram d = placed(Diagram.empty(""), ElementKind.VIRTUAL_NETWORK);
        assertEquals("vnet-1", newest(d, ElementKind.VIRTUAL_NETWORK));
        d = placed(d, ElementKind.VIRTUAL_NETWORK);
        assertEquals("vnet-2", newest(d, ElementKind.VIRTUAL_NETWORK));
        d = placed(d, ElementKind.LOCAL_NETWORK_GATEWAY);
        assertEquals("lng-1", newest(d, ElementKind.LOCAL_NETWORK_GATEWAY));
    }

    @Test
    void readableNamesKeepTheirWordsAndAreNumberedWithASpace() {
        Diagram d = placed(Diagram.empty(""), ElementKind.ON_PREMISES_NETWORK);
        assertEquals("On-premises network", newest(d, ElementKind.ON_PREMISES_NETWORK));
        d = placed(d, ElementKind.ON_PREMISES_NETWORK);
        assertEquals("On-premises network 2", newest(d, ElementKind.ON_PREMISES_NETWORK));
    }

    @Test
    void copiesFollowTheStyleOfTheOriginal() {
        Set<String> taken = Set.of("VPN appliance", "VPN appliance 2", "vnet-app", "vnet-app-2");
        assertEquals("VPN appliance 3", Names.copyOf("VPN appliance 2", taken::contains));
        assertEquals("Edge router 2", Names.copyOf("Edge router", taken::contains));
        assertEquals("vnet-app-3", Names.copyOf("vnet-app", taken::contains));
    }

    @Test
    void resourceStyleMeansNoSpaces() {
        assertTrue(Names.isResourceStyle("snet-web_1.a"));
        assertFalse(Names.isResourceStyle("On-premises network"));
    }
}
