package dev.hybridnet.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.command.Rename;
import dev.hybridnet.command.Resize;
import dev.hybridnet.command.SetProperty;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.geometry.Size;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.render.Drawing;
import dev.hybridnet.render.Scene;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import dev.hybridnet.validation.Validator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EditorTest {

    private final Diagram vpn = Samples.load(Sample.VPN);
    private final Editor editor = new Editor(vpn);
    private final Pointer pointer = new Pointer(editor);

    @Test
    void copyAndPasteGiveNewIdsAnOffsetAndTheInnerConnectionsOnly() {
        editor.select(List.of("vpngw", "lng-onprem"));
        editor.edit().copy();
        editor.edit().paste();
        Diagram after = editor.diagram();
        assertEquals(Set.of("vpngw-2", "lng-onprem-2", "s2s-onprem-2"), editor.selection().ids());
        assertEquals(Optional.of("gwsubnet"), after.element("vpngw-2").orElseThrow().parent());
        dev.hybridnet.geometry.Rect original = vpn.element("vpngw").orElseThrow().bounds();
        dev.hybridnet.geometry.Rect pasted = after.element("vpngw-2").orElseThrow().bounds();
        assertFalse(pasted.intersects(original), "20 units on it would overlap the original: moved off it");
        assertTrue(after.element("gwsubnet").orElseThrow().bounds().contains(pasted));
        assertFalse(after.element("lng-onprem-2").orElseThrow().bounds().intersects(vpn.element("lng-onprem")
                .orElseThrow().bounds()), "the top-level copy is moved off its original too");
        Connection copy = after.connection("s2s-onprem-2").orElseThrow();
        assertEquals(List.of("vpngw-2", "lng-onprem-2"), List.of(copy.from(), copy.to()));
        assertEquals(vpn.connections().size() + 1, after.connections().size(), "lng-appliance is not copied");
        assertEquals(Optional.of("Undo Paste 2 elements"), editor.edit().undoLabel());
        editor.edit().paste();
        Diagram third = editor.diagram();
        for (String id : List.of("vpngw", "vpngw-2")) {
            assertFalse(third.element("vpngw-3").orElseThrow().bounds().intersects(third.element(id).orElseThrow()
                    .bounds()), "each paste lands on free ground");
        }
    }

    @Test
    void cutRemovesTheSelectionAsOneStepAndPastePutsItBack() {
        editor.select(List.of("lng-onprem"));
        editor.edit().cut();
        assertFalse(editor.diagram().hasId("lng-onprem") || editor.diagram().hasId("s2s-onprem"));
        assertEquals(Optional.of("Undo Cut lng-onprem"), editor.edit().undoLabel());
        editor.edit().paste();
        assertEquals(vpn.element("lng-onprem").orElseThrow().bounds(),
                editor.diagram().element("lng-onprem-2").orElseThrow().bounds(), "a cut pastes back in place");
    }

    @Test
    void pasteGoesIntoTheSelectedContainerWhenItMayHoldTheCopy() {
        editor.select(List.of("vm-web-1"));
        editor.edit().copy();
        editor.select(List.of("snet-business"));
        editor.edit().paste();
        assertEquals(Optional.of("snet-business"), editor.diagram().element("vm-web-3").orElseThrow().parent(),
                "a copy of vm-web-1 takes the next free number after vm-web-2");
        editor.select(List.of("gwsubnet"));
        editor.edit().paste();
        assertEquals(Optional.of("snet-web"), editor.diagram().element("vm-web-4").orElseThrow().parent(),
                "GatewaySubnet may not hold a VM, so the copy goes back to its own subnet");
    }

    @Test
    void undoAndRedoAreLabelledAndDirtyTrackingFollowsTheSavedState() {
        editor.execute(new Rename("vpngw", "vpngw-main"));
        assertTrue(editor.isDirty());
        assertEquals(Optional.of("Undo Rename vpngw"), editor.edit().undoLabel());
        editor.edit().undo();
        assertFalse(editor.isDirty());
        assertEquals(Optional.of("Redo Rename vpngw"), editor.edit().redoLabel());
        editor.edit().redo();
        editor.markSaved();
        assertFalse(editor.isDirty());
    }

    @Test
    void aRefusedCommandShowsItsReasonAndASuccessfulOneClearsIt() {
        assertFalse(editor.execute(new Resize("vpngw", new Rect(0, 0, 10, 10))));
        assertEquals("vpngw cannot be resized; only networks, subnets, notes and groups can.", editor.status());
        assertTrue(editor.execute(new Rename("vpngw", "gw")));
        assertEquals("", editor.status());
    }

    @Test
    void undoDuringAGestureCancelsItFirst() {
        editor.execute(new Rename("vpngw", "gw"));
        pointer.dragWithoutRelease(760, 150, 800, 210);
        editor.edit().undo();
        assertSame(editor.diagram(), editor.displayed());
        pointer.release(800, 210);
        assertEquals(vpn, editor.diagram());
    }

    @Test
    void undoDropsIdsThatNoLongerExistFromTheSelection() {
        editor.select(List.of("lng-onprem"));
        editor.edit().copy();
        editor.edit().paste();
        editor.edit().undo();
        assertTrue(editor.selection().isEmpty());
    }

    @Test
    void selectAllSelectsEveryElementAndConnection() {
        editor.edit().selectAll();
        assertEquals(vpn.elements().size() + vpn.connections().size(), editor.selection().size());
    }

    @Test
    void theMiddleButtonPansWhateverToolIsActiveAndLeavesTheSelectionAlone() {
        editor.select(List.of("vpngw"));
        PointerEvent press = PointerEvent.press(100, 100).withButton(PointerEvent.Button.MIDDLE);
        editor.pointer(press);
        editor.pointer(PointerEvent.drag(130, 90).withButton(PointerEvent.Button.MIDDLE));
        editor.pointer(PointerEvent.release(130, 90).withButton(PointerEvent.Button.MIDDLE));
        assertEquals(new Viewport(1, 30, -10), editor.viewport());
        assertEquals(Set.of("vpngw"), editor.selection().ids());
        assertSame(vpn, editor.diagram());
    }

    @Test
    void draggingWithSpaceHeldPansInsteadOfMoving() {
        editor.key(KeyEvent.press(KeyEvent.Key.SPACE));
        assertEquals(Cursor.OPEN_HAND, editor.cursor());
        editor.pointer(PointerEvent.press(884, 314));
        editor.pointer(PointerEvent.drag(904, 334));
        assertEquals(Cursor.CLOSED_HAND, editor.cursor());
        editor.pointer(PointerEvent.release(904, 334));
        editor.key(KeyEvent.release(KeyEvent.Key.SPACE));
        assertEquals(new Viewport(1, 20, 20), editor.viewport());
        assertSame(vpn, editor.diagram());
    }

    @Test
    void theWheelPansAndWithControlZoomsAroundThePointer() {
        editor.scroll(new ScrollEvent(new Point(300, 200), 0, -40, Set.of()));
        assertEquals(new Viewport(1, 0, -40), editor.viewport());
        Point world = editor.viewport().toWorld(new Point(300, 200));
        editor.scroll(new ScrollEvent(new Point(300, 200), 0, 40, Set.of(Modifier.CONTROL)));
        assertEquals(Viewport.STEP, editor.viewport().scale(), 1e-9);
        Point after = editor.viewport().toWorld(new Point(300, 200));
        assertEquals(world.x(), after.x(), 1e-9);
        assertEquals(world.y(), after.y(), 1e-9);
    }

    @Test
    void zoomActionsWorkAroundTheMiddleOfTheView() {
        editor.view().viewResized(new Size(1000, 600));
        editor.view().zoomIn();
        assertEquals(1.25, editor.viewport().scale(), 1e-9);
        assertEquals(new Point(500, 300), editor.viewport().toWorld(new Point(500, 300)));
        editor.view().zoomOut();
        assertEquals(1, editor.viewport().scale(), 1e-9);
        editor.view().zoomToFit();
        Rect shown = editor.viewport().visible(new Size(1000, 600));
        assertTrue(shown.contains(vpn.element("vnet-app").orElseThrow().bounds()));
        assertTrue(shown.contains(vpn.element("onprem").orElseThrow().bounds()));
        editor.view().zoomToActualSize();
        assertEquals(1, editor.viewport().scale(), 1e-9);
    }

    @Test
    void revealSelectsTheElementsAndScrollsThemIntoView() {
        editor.view().viewResized(new Size(400, 300));
        editor.view().reveal(List.of("vm-data-2"));
        assertEquals(Set.of("vm-data-2"), editor.selection().ids());
        assertTrue(editor.viewport().visible(new Size(400, 300)).contains(
                vpn.element("vm-data-2").orElseThrow().bounds()));
        assertEquals(1, editor.viewport().scale(), 1e-9, "it fits, so the zoom stays");
    }

    @Test
    void theDrawingCarriesSelectionHoverAndFindingBadges() {
        editor.select(List.of("vpngw"));
        editor.execute(new SetProperty("gwsubnet", "addressPrefix", new PropValue.Text("10.20.255.248/29")));
        assertTrue(SelectToolTest.drawn(editor, "selection-vpngw"));
        assertTrue(SelectToolTest.drawn(editor, "badge-gwsubnet"));
        assertSame(editor.drawing(), editor.drawing(), "unchanged state draws from the cache");
    }

    @Test
    void pointerMovesHitTestTheSceneTheCanvasShowsAndDrawOnlyTheDecorationsAgain() {
        Drawing before = editor.drawing();
        Scene scene = editor.scene();
        pointer.move(884, 314);
        assertEquals(Optional.of("vpngw"), editor.hover());
        Drawing hovered = editor.drawing();
        assertSame(scene, editor.scene(), "a pointer move draws and routes nothing again");
        assertTrue(SelectToolTest.drawn(editor, "hover-vpngw"));
        assertSame(before.shapes().get(0), hovered.shapes().get(0), "the diagram itself is not drawn again");
        pointer.dragWithoutRelease(884, 314, 984, 314);
        assertNotEquals(editor.diagram(), editor.displayed(), "the drag shows the moved gateway");
        editor.drawing();
        assertSame(scene, editor.scene(), "while dragging, hits are tested against the committed diagram");
    }

    @Test
    void listenersHearEachEventOnce() {
        AtomicInteger heard = new AtomicInteger();
        editor.addListener(heard::incrementAndGet);
        pointer.drag(760, 150, 800, 210);
        assertEquals(6, heard.get(), "press, four drags, release");
        editor.edit().undo();
        assertEquals(7, heard.get());
    }

    @Test
    void openingAnotherDiagramStartsACleanDocument() {
        editor.select(List.of("vpngw"));
        editor.execute(new Rename("vpngw", "gw"));
        Diagram hub = Samples.load(Sample.HUB_SPOKE);
        editor.open(hub);
        assertSame(hub, editor.diagram());
        assertFalse(editor.isDirty() || editor.edit().canUndo());
        assertTrue(editor.selection().isEmpty());
        assertNotEquals(1.0, editor.viewport().scale(), "zoomed to fit");
    }

    @Test
    void arrowKeyNudgesOfTheSameSelectionUndoAsOneStep() {
        editor.select(List.of("lng-onprem"));
        double x = vpn.element("lng-onprem").orElseThrow().bounds().x();
        for (int i = 0; i < 4; i++) {
            editor.edit().nudge(1, 0);
        }
        assertEquals(x + 4, editor.diagram().element("lng-onprem").orElseThrow().bounds().x());
        assertTrue(editor.history().undo());
        assertSame(vpn, editor.diagram(), "one undo takes back every nudge");
        editor.select(List.of("lng-onprem"));
        editor.edit().nudge(1, 0);
        editor.select(List.of("vpngw"));
        editor.edit().nudge(1, 0);
        assertTrue(editor.history().undo());
        assertEquals(x + 1, editor.diagram().element("lng-onprem").orElseThrow().bounds().x(),
                "nudging other elements is another step");
    }
}
