package dev.hybridnet.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.command.Blueprint;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlaceToolTest {

    private final Diagram vpn = Samples.load(Sample.VPN);
    private final Editor editor = new Editor(vpn);
    private final Pointer pointer = new Pointer(editor);

    @BeforeEach
    void openTheSample() {
        editor.open(vpn);
    }

    @Test
    void placingAVpnGatewayOnTheGatewaySubnetOfTheVpnSampleMakesItAChildOfTheSubnet() {
        editor.usePlace(Blueprint.of(ElementKind.VPN_GATEWAY));
        pointer.move(960, 340);
        assertEquals(Optional.of("Add VPN gateway to GatewaySubnet"), editor.hint());
        assertTrue(SelectToolTest.drawn(editor, "target-gwsubnet"));
        assertTrue(editor.displayed().element("vpn-gateway-1").isPresent(), "the canvas shows it before the click");
        assertSame(vpn, editor.diagram());
        pointer.click(960, 340);
        Element placed = editor.diagram().element("vpn-gateway-1").orElseThrow();
        assertEquals(Optional.of("gwsubnet"), placed.parent());
        assertEquals(new Rect(936, 316, 48, 48), placed.bounds());
        assertEquals(Set.of("vpn-gateway-1"), editor.selection().ids());
        assertEquals(ToolKind.SELECT, editor.tool().kind());
        assertEquals(Optional.of("Undo Add VPN gateway"), editor.edit().undoLabel());
    }

    @Test
    void aNetworkDroppedNearTheEdgeOfTheCanvasLandsWhollyInView() {
        Editor empty = new Editor(Diagram.empty("Empty"));
        empty.usePlace(Blueprint.of(ElementKind.VIRTUAL_NETWORK));
        new Pointer(empty).click(5, 5);
        Element vnet = empty.diagram().elementsOfKind(ElementKind.VIRTUAL_NETWORK).get(0);
        Rect visible = empty.viewport().visible(new dev.hybridnet.geometry.Size(1200, 800));
        assertTrue(visible.contains(vnet.bounds()), vnet.bounds() + " is not wholly in " + visible);
    }

    @Test
    void placingAVpnGatewayOutsideAGatewaySubnetIsRefusedWithAReason() {
        editor.usePlace(Blueprint.of(ElementKind.VPN_GATEWAY));
        pointer.click(1200, 200);
        assertEquals("A VPN gateway cannot go in subnet snet-web; it belongs in a GatewaySubnet.", editor.status());
        assertSame(vpn, editor.diagram());
        assertEquals(ToolKind.PLACE, editor.tool().kind(), "the user may try another spot");
        pointer.move(1200, 200);
        assertEquals(Cursor.NOT_ALLOWED, editor.cursor());
        assertTrue(SelectToolTest.drawn(editor, "target-snet-web"));
    }

    @Test
    void aSubnetPresetDroppedOnASubnetGoesIntoItsVirtualNetwork() {
        editor.usePlace(Blueprint.of(Catalog.presetNamed("AzureFirewallSubnet").orElseThrow()));
        pointer.click(1200, 200);
        Element subnet = editor.diagram().elements().stream().filter(e -> e.name().equals("AzureFirewallSubnet"))
                .findFirst().orElseThrow();
        assertEquals(Optional.of("vnet-app"), subnet.parent());
        assertEquals(Optional.of("Undo Add AzureFirewallSubnet"), editor.edit().undoLabel());
        assertTrue(subnet.props().prefix("addressPrefix").toOptional().orElseThrow().getNetworkPrefixLength() == 26);
    }

    @Test
    void aNewElementIsPulledInsideItsContainer() {
        editor.usePlace(Blueprint.of(ElementKind.VIRTUAL_MACHINE));
        pointer.click(1515, 225);
        Rect web = vpn.element("snet-web").orElseThrow().bounds();
        Element vm = editor.diagram().element("virtual-machine-1").orElseThrow();
        assertTrue(web.contains(vm.bounds()), vm.bounds() + " inside " + web);
    }

    @Test
    void aLocalNetworkGatewayIsPlacedAtTheTopLevelOnEmptyCanvas() {
        editor.usePlace(Blueprint.of(ElementKind.LOCAL_NETWORK_GATEWAY));
        pointer.click(500, 600);
        assertEquals(Optional.empty(), editor.diagram().element("local-network-gateway-1").orElseThrow().parent());
    }

    @Test
    void escapeLeavesThePlaceToolWithoutPlacing() {
        editor.usePlace(Blueprint.of(ElementKind.VIRTUAL_MACHINE));
        pointer.move(1200, 200);
        pointer.key(KeyEvent.Key.ESCAPE);
        assertEquals(ToolKind.SELECT, editor.tool().kind());
        assertSame(vpn, editor.displayed());
        assertFalse(editor.edit().canUndo());
    }
}
