package dev.hybridnet.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectionHandleTest {

    private final Diagram vpn = Samples.load(Sample.VPN);
    private final Editor editor = new Editor(vpn);
    private final Pointer pointer = new Pointer(editor);

    @BeforeEach
    void openTheSample() {
        editor.open(vpn);
    }

    private Point handleOf(String id) {
        return ConnectionHandle.of(editor.diagram().element(id).orElseThrow(), editor.viewport()).orElseThrow();
    }

    @Test
    void hoveringAConnectableComponentShowsItsHandleAndAVmShowsNone() {
        Rect gateway = vpn.element("vpngw").orElseThrow().bounds();
        pointer.move(gateway.center().x(), gateway.center().y());
        assertTrue(SelectToolTest.drawn(editor, "vpngw-connect"));
        Rect vm = vpn.element("vm-web-1").orElseThrow().bounds();
        pointer.move(vm.center().x(), vm.center().y());
        assertFalse(SelectToolTest.drawn(editor, "vm-web-1-connect"), "a VM takes part in no connection");
    }

    @Test
    void draggingFromTheHandleConnectsAndReturnsToTheSelectTool() {
        Rect gateway = vpn.element("vpngw").orElseThrow().bounds();
        Rect appliance = vpn.element("appliance").orElseThrow().bounds();
        pointer.move(gateway.center().x(), gateway.center().y());
        Point handle = handleOf("vpngw");
        pointer.move(handle.x(), handle.y());
        assertEquals(Optional.of("vpngw"), editor.hover(), "the pointer on the handle keeps the hover");
        pointer.drag(handle.x(), handle.y(), appliance.center().x(), appliance.center().y());
        Connection added = editor.diagram().connection("site-to-site-vpn-1").orElseThrow();
        assertEquals(ConnectionKind.SITE_TO_SITE_VPN, added.kind());
        assertEquals("vpngw", added.from());
        assertEquals("appliance", added.to());
        assertEquals(ToolKind.SELECT, editor.tool().kind());
        assertEquals(vpn.element("vpngw").orElseThrow().bounds(), editor.diagram().element("vpngw").orElseThrow()
                .bounds(), "the gateway did not move");
    }

    @Test
    void aDragFromTheComponentItselfStillMovesIt() {
        Rect gateway = vpn.element("vpngw").orElseThrow().bounds();
        pointer.move(gateway.center().x(), gateway.center().y());
        pointer.drag(gateway.center().x(), gateway.center().y(), gateway.center().x() + 40, gateway.center().y());
        assertEquals(gateway.x() + 40, editor.diagram().element("vpngw").orElseThrow().bounds().x(), 1e-9);
        assertEquals(vpn.connections(), editor.diagram().connections());
    }
}
