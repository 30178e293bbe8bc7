package dev.hybridnet.editor;

import static dev.hybridnet.command.Tiny.element;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.command.Align;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Align and Distribute from the Arrange menu: one undo step each, never out of a container or onto a sibling. */
class AlignTest {

    /** Three VMs in a large subnet, on a diagonal so that no alignment stacks them. */
    private static Diagram diagonal(Rect a, Rect b, Rect c) {
        return new Diagram("align", Optional.empty(), List.of(
                element("vnet", ElementKind.VIRTUAL_NETWORK, "vnet", null, new Rect(0, 0, 1000, 700)),
                element("snet", ElementKind.SUBNET, "snet-app", "vnet", new Rect(20, 40, 960, 640)),
                element("a", ElementKind.VIRTUAL_MACHINE, "vm-a", "snet", a),
                element("b", ElementKind.VIRTUAL_MACHINE, "vm-b", "snet", b),
                element("c", ElementKind.VIRTUAL_MACHINE, "vm-c", "snet", c)), List.of());
    }

    private static Diagram diagonal() {
        return diagonal(new Rect(100, 100, 48, 48), new Rect(300, 200, 48, 48), new Rect(500, 300, 48, 48));
    }

    private static Editor selecting(Diagram d, String... ids) {
        Editor editor = new Editor(d);
        editor.select(List.of(ids));
        return editor;
    }

    private static Rect at(double x, double y) {
        return new Rect(x, y, 48, 48);
    }

    private static void assertPlaces(Editor editor, Map<String, Rect> expected) {
        expected.forEach((id, r) -> assertEquals(r, editor.diagram().element(id).orElseThrow().bounds(), id));
    }

    @Test
    void eachAlignmentLinesUpTheEdgesOrCentresOfTheSelectionsOuterBox() {
        Map<Align.How, Map<String, Rect>> expected = Map.of(
                Align.How.LEFT, Map.of("a", at(100, 100), "b", at(100, 200), "c", at(100, 300)),
                Align.How.CENTRES, Map.of("a", at(300, 100), "b", at(300, 200), "c", at(300, 300)),
                Align.How.RIGHT, Map.of("a", at(500, 100), "b", at(500, 200), "c", at(500, 300)),
                Align.How.TOP, Map.of("a", at(100, 100), "b", at(300, 100), "c", at(500, 100)),
                Align.How.MIDDLES, Map.of("a", at(100, 200), "b", at(300, 200), "c", at(500, 200)),
                Align.How.BOTTOM, Map.of("a", at(100, 300), "b", at(300, 300), "c", at(500, 300)));
        expected.forEach((how, places) -> {
            Editor editor = selecting(diagonal(), "a", "b", "c");
            assertTrue(editor.arrange().canAlign(how), how.name());
            assertTrue(editor.arrange().align(how), how.name());
            assertPlaces(editor, places);
            assertEquals(Optional.of("Undo " + how.label()), editor.edit().undoLabel());
            editor.edit().undo();
            assertFalse(editor.edit().canUndo(), "one step");
            assertEquals(diagonal(), editor.diagram());
        });
    }

    @Test
    void distributingMakesTheGapsEqualAndKeepsTheFirstAndLast() {
        Editor editor = selecting(diagonal(at(100, 100), at(150, 200), at(500, 300)), "a", "b", "c");
        assertTrue(editor.arrange().align(Align.How.DISTRIBUTE_HORIZONTALLY));
        assertPlaces(editor, Map.of("a", at(100, 100), "b", at(300, 200), "c", at(500, 300)));
        Editor vertical = selecting(diagonal(at(100, 100), at(300, 130), at(500, 400)), "a", "b", "c");
        assertTrue(vertical.arrange().align(Align.How.DISTRIBUTE_VERTICALLY));
        assertPlaces(vertical, Map.of("a", at(100, 100), "b", at(300, 250), "c", at(500, 400)));
        vertical.edit().undo();
        assertEquals(Optional.empty(), vertical.edit().undoLabel());
    }

    @Test
    void distributingNeedsThreeElementsAndSaysSo() {
        Editor editor = selecting(diagonal(), "a", "b");
        assertTrue(editor.arrange().canAlign(Align.How.LEFT));
        assertFalse(editor.arrange().canAlign(Align.How.DISTRIBUTE_HORIZONTALLY));
        assertFalse(editor.arrange().align(Align.How.DISTRIBUTE_HORIZONTALLY));
        assertEquals("Distribute horizontally: select at least 3 elements.", editor.status());
        assertFalse(editor.edit().canUndo());
    }

    @Test
    void anAlignmentThatWouldStackTwoElementsIsRefusedWithTheReason() {
        Diagram row = diagonal(at(100, 100), at(300, 100), at(500, 300));
        Editor editor = selecting(row, "a", "b");
        assertFalse(editor.arrange().align(Align.How.LEFT));
        assertEquals("Align left would put vm-b on top of vm-a. Move them apart first, or line up fewer elements.",
                editor.status());
        assertEquals(row, editor.diagram());
        assertFalse(editor.edit().canUndo());
    }

    @Test
    void networksMoveWithTheirContents() {
        Diagram hub = Samples.load(Sample.HUB_SPOKE);
        Editor editor = selecting(hub, "vnet-hub", "vnet-spoke1");
        assertTrue(editor.arrange().align(Align.How.TOP));
        assertEquals(90, editor.diagram().element("vnet-hub").orElseThrow().bounds().y());
        for (String inside : new String[] {"hub-gwsubnet", "vpngw", "snet-shared", "dc2"}) {
            assertEquals(hub.element(inside).orElseThrow().bounds().movedBy(0, -80),
                    editor.diagram().element(inside).orElseThrow().bounds(), inside);
        }
    }

    @Test
    void anElementIsNeverAlignedOutOfItsContainer() {
        Diagram hub = Samples.load(Sample.HUB_SPOKE);
        Editor editor = selecting(hub, "vpngw", "vm-spoke1-1");
        assertFalse(editor.arrange().align(Align.How.LEFT));
        assertTrue(editor.status().startsWith("Align left would take vm-spoke1-1 out of snet-workload."),
                editor.status());
        assertEquals(hub, editor.diagram());
    }

    @Test
    void lineUpAlreadyLinedUpElementsChangesNothingAndSaysSo() {
        Editor editor = selecting(diagonal(at(100, 100), at(100, 200), at(100, 300)), "a", "b", "c");
        assertFalse(editor.arrange().align(Align.How.LEFT));
        assertEquals("The selection is lined up that way already.", editor.status());
        assertFalse(editor.edit().canUndo());
    }
}
