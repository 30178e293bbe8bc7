package dev.hybridnet.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.render.Shape;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 20: a network or subnet dragged onto a sibling of its kind never ends up on top of it. */
class NoStackingTest {

    private final Diagram hubSpoke = Samples.load(Sample.HUB_SPOKE);
    private final Editor editor = new Editor(hubSpoke);
    private final Pointer pointer = new Pointer(editor);

    @BeforeEach
    void openTheSample() {
        editor.open(hubSpoke);
    }

    private Rect bounds(String id) {
        return editor.diagram().element(id).orElseThrow().bounds();
    }

    @Test
    void aVnetDraggedOntoAnotherVnetSettlesBesideItAndItsPeeringStaysVisible() {
        // Grab spoke 1 by its header and let it go with its corner well inside the hub.
        pointer.drag(1300, 100, 640, 240);
        Rect spoke = bounds("vnet-spoke1");
        assertNotEquals(hubSpoke.element("vnet-spoke1").orElseThrow().bounds(), spoke, "the drag moved it");
        for (String other : new String[] {"vnet-hub", "vnet-spoke2", "onprem"}) {
            assertFalse(spoke.intersects(bounds(other)), "spoke 1 overlaps " + other + ": " + spoke);
        }
        assertEquals(Optional.empty(), editor.diagram().element("vnet-spoke1").orElseThrow().parent());
        assertTrue(editor.drawing().shapes().stream().anyMatch(s -> s instanceof Shape.Group g
                && g.id().contains("peering-hub-spoke1")), "the peering is still drawn");
        editor.edit().undo();
        assertEquals(hubSpoke, editor.diagram(), "one undo step");
    }

    @Test
    void aSubnetDraggedOntoASiblingSubnetSettlesBesideIt() {
        // The firewall subnet's header, dropped on the gateway subnet.
        pointer.drag(900, 220, 620, 230);
        Rect moved = bounds("hub-fwsubnet");
        assertNotEquals(hubSpoke.element("hub-fwsubnet").orElseThrow().bounds(), moved, "the drag moved it");
        for (String other : new String[] {"hub-gwsubnet", "hub-bastionsubnet", "snet-shared"}) {
            assertFalse(moved.intersects(bounds(other)), "the subnet overlaps " + other + ": " + moved);
        }
        assertEquals(Optional.of("vnet-hub"), editor.diagram().element("hub-fwsubnet").orElseThrow().parent());
    }

    @Test
    void aVnetResizedOverAnotherVnetStopsAtItsEdgeSoThePeeringStaysVisible() {
        // Spoke 1 (y 90..280) dragged by its bottom handle far down over spoke 2 (y 400..590).
        pointer.click(1300, 100);
        Rect spoke1 = bounds("vnet-spoke1");
        dev.hybridnet.geometry.Point handle = Handle.SOUTH.at(spoke1);
        pointer.drag(handle.x(), handle.y(), handle.x(), handle.y() + 250);
        Rect resized = bounds("vnet-spoke1");
        assertTrue(resized.maxY() > spoke1.maxY(), "it grew: " + resized);
        assertFalse(resized.intersects(bounds("vnet-spoke2")), "it overlaps spoke 2: " + resized);
        assertEquals(bounds("vnet-spoke2").y(), resized.maxY(), "it stops at spoke 2's top edge");
    }

    @Test
    void aSubnetResizedOverASiblingSubnetStopsAtItsEdge() {
        // The gateway subnet (x 560..830) dragged by its right handle over the firewall subnet (x 850..1120).
        pointer.click(600, 220);
        Rect gw = bounds("hub-gwsubnet");
        dev.hybridnet.geometry.Point handle = Handle.EAST.at(gw);
        pointer.drag(handle.x(), handle.y(), handle.x() + 150, handle.y() + 5);
        Rect resized = bounds("hub-gwsubnet");
        assertFalse(resized.intersects(bounds("hub-fwsubnet")), "it overlaps the firewall subnet: " + resized);
        assertEquals(850, resized.maxX());
    }

    /** The arrow keys could still push a VNet onto another one, step by step (left open by the drag fix). */
    @Test
    void arrowKeysStopAVnetAtItsNeighbourWithTheReason() {
        editor.select(java.util.List.of("vnet-spoke2"));
        Rect above = bounds("vnet-spoke1");
        for (int i = 0; i < 400; i++) {
            editor.edit().nudge(0, -1);
        }
        Rect spoke2 = bounds("vnet-spoke2");
        assertFalse(spoke2.intersects(above), "spoke 2 was nudged onto spoke 1: " + spoke2 + " / " + above);
        org.junit.jupiter.api.Assertions.assertTrue(editor.status().contains("stops at vnet-spoke1"), editor.status());
        editor.edit().nudge(0, 1);
        org.junit.jupiter.api.Assertions.assertTrue(bounds("vnet-spoke2").y() > spoke2.y(), "moving away still works");
    }
}
