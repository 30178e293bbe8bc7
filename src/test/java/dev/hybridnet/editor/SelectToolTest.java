package dev.hybridnet.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.render.Shape;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The select tool on pointer sequences over the VPN sample, zoomed to fit so that screen is not world. */
class SelectToolTest {

    private final Diagram vpn = Samples.load(Sample.VPN);
    private final Editor editor = new Editor(vpn);
    private final Pointer pointer = new Pointer(editor);

    @BeforeEach
    void openTheSample() {
        editor.open(vpn);
    }

    private Rect bounds(String id) {
        return editor.diagram().element(id).orElseThrow().bounds();
    }

    static boolean drawn(Editor editor, String groupId) {
        return editor.drawing().shapes().stream().anyMatch(s -> s instanceof Shape.Group g && g.id().equals(groupId));
    }

    @Test
    void aClickSelectsAndShiftClickTogglesAndAClickOnEmptyCanvasClears() {
        pointer.click(884, 314);
        assertEquals(Set.of("vpngw"), editor.selection().ids());
        pointer.click(544, 314, Modifier.SHIFT);
        assertEquals(Set.of("vpngw", "lng-onprem"), editor.selection().ids());
        pointer.click(884, 314, Modifier.SHIFT);
        assertEquals(Set.of("lng-onprem"), editor.selection().ids());
        pointer.click(600, 600);
        assertTrue(editor.selection().isEmpty());
    }

    @Test
    void aClickNearAConnectionSelectsIt() {
        pointer.click(700, 315);
        assertEquals(Set.of("s2s-onprem"), editor.selection().ids());
        assertTrue(drawn(editor, "selection-s2s-onprem"));
    }

    @Test
    void draggingAVnetMovesItsSubnetsAndVmsAndMakesOneHistoryEntry() {
        pointer.drag(760, 150, 800, 210);
        Diagram after = editor.diagram();
        for (String id : new String[] {"vnet-app", "gwsubnet", "vpngw", "snet-web", "vm-web-1", "vm-data-2"}) {
            assertEquals(vpn.element(id).orElseThrow().bounds().movedBy(40, 60), bounds(id), id);
        }
        assertEquals(vpn.element("onprem").orElseThrow().bounds(), bounds("onprem"));
        assertEquals(Optional.of("Undo Move vnet-app"), editor.edit().undoLabel());
        editor.edit().undo();
        assertFalse(editor.edit().canUndo(), "exactly one entry");
        assertEquals(vpn, editor.diagram());
    }

    @Test
    void whileDraggingTheCanvasShowsTheMoveButTheHistoryHasNothing() {
        pointer.dragWithoutRelease(760, 150, 800, 210);
        assertEquals(vpn.element("vpngw").orElseThrow().bounds().movedBy(40, 60),
                editor.displayed().element("vpngw").orElseThrow().bounds());
        assertSame(vpn, editor.diagram());
        assertFalse(editor.edit().canUndo());
    }

    @Test
    void escapeDuringADragRestoresTheDiagramAndAddsNothingToTheHistory() {
        pointer.dragWithoutRelease(760, 150, 800, 210);
        pointer.key(KeyEvent.Key.ESCAPE);
        assertSame(editor.diagram(), editor.displayed());
        pointer.release(800, 210);
        assertSame(vpn, editor.diagram());
        assertFalse(editor.edit().canUndo());
        assertFalse(editor.isDirty());
    }

    @Test
    void droppingAVmOnTheOnPremisesNetworkIsRefusedWithAReason() {
        String reason = "A virtual machine cannot go in the on-premises network; it belongs in a subnet.";
        pointer.dragWithoutRelease(1270, 160, 200, 400);
        assertEquals(Optional.of(reason), editor.hint());
        assertEquals(Cursor.NOT_ALLOWED, editor.cursor());
        assertTrue(drawn(editor, "target-onprem"), "the on-premises network is marked");
        pointer.release(200, 400);
        assertEquals(reason, editor.status());
        assertSame(vpn, editor.diagram());
        assertFalse(editor.edit().canUndo());
    }

    @Test
    void droppingAVmIntoAnotherSubnetReparentsIt() {
        pointer.dragWithoutRelease(1270, 160, 1420, 330);
        assertEquals(Optional.of("Move into snet-business"), editor.hint());
        assertTrue(drawn(editor, "target-snet-business"));
        pointer.release(1420, 330);
        Element vm = editor.diagram().element("vm-web-1").orElseThrow();
        assertEquals(Optional.of("snet-business"), vm.parent());
        assertEquals(vpn.element("vm-web-1").orElseThrow().bounds().movedBy(150, 170), vm.bounds());
        assertEquals(Optional.of("Undo Move into snet-business"), editor.edit().undoLabel());
    }

    @Test
    void draggingASubnetOverASiblingSubnetStaysAPlainMove() {
        pointer.drag(760, 360, 790, 420);
        assertEquals(Optional.of("vnet-app"), editor.diagram().element("gwsubnet").orElseThrow().parent());
        assertEquals(Optional.of("Undo Move GatewaySubnet"), editor.edit().undoLabel());
    }

    @Test
    void draggingOneOfSeveralSelectedElementsMovesThemAll() {
        editor.view().useSmartGuides(false); // 20 down would put them 4 from a neighbour's line: this is no snap test
        pointer.click(1274, 164);
        pointer.click(1424, 164, Modifier.SHIFT);
        pointer.drag(1274, 164, 1274, 184);
        assertEquals(vpn.element("vm-web-1").orElseThrow().bounds().movedBy(0, 20), bounds("vm-web-1"));
        assertEquals(vpn.element("vm-web-2").orElseThrow().bounds().movedBy(0, 20), bounds("vm-web-2"));
        assertEquals(Optional.of("Undo Move 2 elements"), editor.edit().undoLabel());
    }

    @Test
    void moveSnapsTheGrabbedElementToTheGridWhenSnapping() {
        editor.view().useGrid(Grid.DEFAULT.withSnap(true));
        editor.view().useSmartGuides(false); // the grid alone (guides win when close: GuidesTest)
        pointer.drag(884, 314, 887, 334);
        assertEquals(new Rect(860, 320, 48, 48), bounds("vpngw"), "(863, 310) snaps to (860, 320)");
    }

    @Test
    void aRubberBandSelectsTheOutermostElementsInsideItAndShiftAddsToTheSelection() {
        pointer.dragWithoutRelease(600, 600, 30, 140);
        assertTrue(drawn(editor, "rubber-band"));
        pointer.release(30, 140);
        assertEquals(Set.of("onprem", "lng-onprem"), editor.selection().ids());
        pointer.drag(1560, 600, 1000, 390, Modifier.SHIFT);
        assertEquals(Set.of("onprem", "lng-onprem", "snet-data"), editor.selection().ids());
    }

    @Test
    void aSelectedSubnetIsResizedByItsCornerHandle() {
        editor.view().useSmartGuides(false); // its bottom would snap to a sibling's line 5 below: GuidesTest
        pointer.click(760, 360);
        assertEquals(Set.of("gwsubnet"), editor.selection().ids());
        pointer.move(1020, 380);
        assertEquals(Cursor.RESIZE_SE, editor.cursor());
        pointer.drag(1020, 380, 1030, 395);
        assertEquals(new Rect(740, 250, 290, 145), bounds("gwsubnet"));
        assertEquals(Optional.of("Undo Resize GatewaySubnet"), editor.edit().undoLabel());
    }

    @Test
    void resizingStopsWhereAChildWouldStickOut() {
        pointer.click(760, 360);
        pointer.drag(740, 250, 900, 320);
        assertEquals(new Rect(860, 290, 160, 90), bounds("gwsubnet"));
    }

    @Test
    void arrowKeysNudgeTheSelectionAndShiftNudgesFurther() {
        pointer.click(884, 314);
        pointer.key(KeyEvent.Key.RIGHT);
        pointer.key(KeyEvent.Key.DOWN, Modifier.SHIFT);
        assertEquals(vpn.element("vpngw").orElseThrow().bounds().movedBy(1, 10), bounds("vpngw"));
        editor.edit().undo();
        editor.edit().undo();
        assertEquals(vpn, editor.diagram());
    }

    @Test
    void deleteRemovesTheSelectionWithItsContentsAndConnections() {
        pointer.click(760, 150);
        pointer.key(KeyEvent.Key.DELETE);
        Diagram after = editor.diagram();
        assertFalse(after.hasId("vnet-app") || after.hasId("vpngw") || after.hasId("s2s-onprem"));
        assertTrue(after.hasId("lng-appliance"));
        assertTrue(editor.selection().isEmpty());
        assertEquals(Optional.of("Undo Delete vnet-app"), editor.edit().undoLabel());
    }

    @Test
    void escapeWithoutAGestureClearsTheSelection() {
        pointer.click(884, 314);
        pointer.key(KeyEvent.Key.ESCAPE);
        assertTrue(editor.selection().isEmpty());
        assertEquals(ToolKind.SELECT, editor.tool().kind());
    }

    @Test
    void hoveringAnElementMarksIt() {
        pointer.move(884, 314);
        assertEquals(Optional.of("vpngw"), editor.hover());
        assertTrue(drawn(editor, "hover-vpngw"));
    }
}
