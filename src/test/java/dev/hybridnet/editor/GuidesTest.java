package dev.hybridnet.editor;

import static dev.hybridnet.command.Tiny.element;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.render.GestureMarks.Guide;
import dev.hybridnet.render.Shape;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Smart guides: the snapping itself on boxes, then moves in an editor at several zooms. */
class GuidesTest {

    private static final double TOLERANCE = 6;

    private static Guide line(double x1, double y1, double x2, double y2) {
        return new Guide(Guide.Kind.LINE, new Point(x1, y1), new Point(x2, y2), 1);
    }

    @Test
    void aBoxNearASiblingsLeftEdgeSnapsOntoItAndAGuideCrossesBoth() {
        Guides guides = Guides.of(List.of(new Rect(100, 100, 48, 48)), Optional.empty());
        Guides.Snap snap = guides.snap(new Rect(104, 300, 48, 48), TOLERANCE, 1);
        assertEquals(OptionalDouble.of(-4), snap.dx());
        assertEquals(OptionalDouble.empty(), snap.dy());
        assertEquals(List.of(line(100, 100, 100, 348), line(124, 100, 124, 348), line(148, 100, 148, 348)),
                snap.guides(), "the same width: left edges, centres and right edges all line up");
    }

    @Test
    void aBoxSnapsItsCentreOntoASiblingsCentre() {
        Guides guides = Guides.of(List.of(new Rect(100, 100, 100, 40)), Optional.empty());
        Guides.Snap snap = guides.snap(new Rect(300, 103, 60, 30), TOLERANCE, 0.5);
        assertEquals(OptionalDouble.empty(), snap.dx());
        assertEquals(OptionalDouble.of(2), snap.dy(), "middle 118 onto 120, nearer than top 103 onto 100");
        assertEquals(List.of(new Guide(Guide.Kind.LINE, new Point(100, 120), new Point(360, 120), 0.5)),
                snap.guides());
    }

    @Test
    void aBoxFarFromEveryLineDoesNotSnap() {
        Guides guides = Guides.of(List.of(new Rect(100, 100, 48, 48), new Rect(400, 400, 48, 48)), Optional.empty());
        Guides.Snap snap = guides.snap(new Rect(210, 220, 48, 48), TOLERANCE, 1);
        assertEquals(OptionalDouble.empty(), snap.dx());
        assertEquals(OptionalDouble.empty(), snap.dy());
        assertTrue(snap.guides().isEmpty());
    }

    @Test
    void aBoxSnapsToTheEdgesAndTheMiddleOfItsContainer() {
        Guides guides = Guides.of(List.of(), Optional.of(new Rect(0, 0, 400, 300)));
        Guides.Snap snap = guides.snap(new Rect(177, 4, 48, 48), TOLERANCE, 1);
        assertEquals(OptionalDouble.of(-1), snap.dx(), "centre 201 onto the container's middle, 200");
        assertEquals(OptionalDouble.of(-4), snap.dy(), "top 4 onto its top edge");
        assertTrue(snap.guides().contains(line(200, 0, 200, 300)), snap.guides().toString());
        assertTrue(snap.guides().contains(line(0, 0, 400, 0)), snap.guides().toString());
    }

    @Test
    void aGapLikeTheOneBeforeItSnapsAndBothGapsAreMarked() {
        Guides guides = Guides.of(List.of(new Rect(0, 0, 50, 50), new Rect(100, 0, 50, 50)), Optional.empty());
        Guides.Snap snap = guides.snap(new Rect(203, 0, 50, 50), TOLERANCE, 1);
        assertEquals(OptionalDouble.of(-3), snap.dx(), "a 50 gap after the second, as between the first two");
        List<Guide> gaps = snap.guides().stream().filter(g -> g.kind() == Guide.Kind.GAP).toList();
        assertEquals(List.of(new Guide(Guide.Kind.GAP, new Point(50, 25), new Point(100, 25), 1),
                new Guide(Guide.Kind.GAP, new Point(150, 25), new Point(200, 25), 1)), gaps);
    }

    @Test
    void aBoxNearlyMidwayBetweenTwoNeighboursSnapsToTheMiddle() {
        Guides guides = Guides.of(List.of(new Rect(0, 0, 50, 50), new Rect(200, 0, 50, 50)), Optional.empty());
        Guides.Snap snap = guides.snap(new Rect(98, 10, 50, 30), TOLERANCE, 1);
        assertEquals(OptionalDouble.of(2), snap.dx());
        assertEquals(2, snap.guides().stream().filter(g -> g.kind() == Guide.Kind.GAP).count());
    }

    @Test
    void theNearestLineWinsOverAFartherOne() {
        Guides guides = Guides.of(List.of(new Rect(100, 0, 48, 48), new Rect(0, 200, 103, 48)), Optional.empty());
        Guides.Snap snap = guides.snap(new Rect(102, 400, 48, 48), TOLERANCE, 1);
        assertEquals(OptionalDouble.of(1), snap.dx(), "left 102 onto the second's right edge 103, not onto 100");
    }

    @Test
    void aThousandSiblingsAreIndexedAndTheNearestOfThemIsFound() {
        List<Rect> row = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            row.add(new Rect(i * 70, (i % 7) * 100, 48, 48));
        }
        Guides guides = Guides.of(row, Optional.empty());
        assertEquals(1000, guides.size());
        Guides.Snap snap = guides.snap(new Rect(70 * 500 + 3, 2000, 48, 48), TOLERANCE, 1);
        assertEquals(OptionalDouble.of(-3), snap.dx());
    }

    // ---- in the editor ----

    /** A subnet with two VMs: vm-a at (107, 100), vm-b at (400, 300); the view at 100 %. */
    private static Diagram two() {
        return new Diagram("guides", Optional.empty(), List.of(
                element("vnet", ElementKind.VIRTUAL_NETWORK, "vnet", null, new Rect(0, 0, 1000, 700)),
                element("snet", ElementKind.SUBNET, "snet-app", "vnet", new Rect(20, 40, 960, 640)),
                element("vm-a", ElementKind.VIRTUAL_MACHINE, "vm-a", "snet", new Rect(107, 100, 48, 48)),
                element("vm-b", ElementKind.VIRTUAL_MACHINE, "vm-b", "snet", new Rect(400, 300, 48, 48))),
                List.of());
    }

    private static Rect bounds(Editor editor, String id) {
        return editor.diagram().element(id).orElseThrow().bounds();
    }

    private static boolean guidesDrawn(Editor editor) {
        return editor.drawing().shapes().stream().anyMatch(s -> s instanceof Shape.Group g
                && g.role().equals("smart-guides"));
    }

    @Test
    void draggingAVmNearASiblingSnapsItInLineShowsTheGuideAndCommitsOneStep() {
        Editor editor = new Editor(two());
        Pointer pointer = new Pointer(editor);
        pointer.dragWithoutRelease(424, 324, 134, 424);
        assertTrue(guidesDrawn(editor), "the guide is drawn while dragging");
        assertEquals(new Rect(107, 400, 48, 48), editor.displayed().element("vm-b").orElseThrow().bounds());
        pointer.release(134, 424);
        assertEquals(new Rect(107, 400, 48, 48), bounds(editor, "vm-b"), "3 units off: snapped onto x = 107");
        assertFalse(guidesDrawn(editor), "no guide once released");
        editor.edit().undo();
        assertEquals(two(), editor.diagram());
    }

    @Test
    void holdingAltMovesFreely() {
        Editor editor = new Editor(two());
        new Pointer(editor).drag(424, 324, 134, 424, Modifier.ALT);
        assertEquals(new Rect(110, 400, 48, 48), bounds(editor, "vm-b"));
    }

    @Test
    void turnedOffInTheViewMenuTheyDoNotSnap() {
        Editor editor = new Editor(two());
        editor.view().useSmartGuides(false);
        assertFalse(editor.view().smartGuides());
        new Pointer(editor).drag(424, 324, 134, 424);
        assertEquals(new Rect(110, 400, 48, 48), bounds(editor, "vm-b"));
    }

    @Test
    void theSnapDistanceIsInScreenPixelsSoItShrinksInCanvasUnitsWhenZoomedIn() {
        // 5 units off: 5 px at 100 % (snaps), 12 px at 244 % (does not).
        Editor actual = new Editor(two());
        new Pointer(actual).drag(424, 324, 136, 424);
        assertEquals(107, bounds(actual, "vm-b").x());
        Editor zoomed = new Editor(two());
        for (int i = 0; i < 4; i++) {
            zoomed.view().zoomIn();
        }
        new Pointer(zoomed).drag(424, 324, 136, 424);
        assertEquals(112, bounds(zoomed, "vm-b").x(), 1e-9);
    }

    @Test
    void zoomedOutTheyReachFartherInCanvasUnits() {
        // 7 units off: 3 px at 41 %.
        Editor editor = new Editor(two());
        editor.view().zoomOut();
        editor.view().zoomOut();
        editor.view().zoomOut();
        editor.view().zoomOut();
        assertTrue(editor.viewport().scale() < 0.5);
        new Pointer(editor).drag(424, 324, 124, 424);
        assertEquals(107, bounds(editor, "vm-b").x(), 1e-9);
    }

    @Test
    void aGuideWinsOverTheGridWhenClose() {
        Editor editor = new Editor(two());
        editor.view().useGrid(editor.view().grid().withSnap(true));
        new Pointer(editor).drag(424, 324, 127, 424);
        assertEquals(new Rect(107, 400, 48, 48), bounds(editor, "vm-b"), "the grid alone would give x = 100");
    }

    @Test
    void resizingSnapsTheDraggedEdgeToASiblingsEdgeAndAltResizesFreely() {
        Diagram subnets = new Diagram("resize", Optional.empty(), List.of(
                element("vnet", ElementKind.VIRTUAL_NETWORK, "vnet", null, new Rect(0, 0, 1000, 700)),
                element("s1", ElementKind.SUBNET, "snet-1", "vnet", new Rect(20, 40, 300, 200)),
                element("s2", ElementKind.SUBNET, "snet-2", "vnet", new Rect(400, 40, 300, 150))), List.of());
        Editor editor = new Editor(subnets);
        Pointer pointer = new Pointer(editor);
        pointer.click(550, 60);
        pointer.dragWithoutRelease(550, 190, 550, 237);
        assertTrue(guidesDrawn(editor));
        pointer.release(550, 237);
        assertEquals(new Rect(400, 40, 300, 200), bounds(editor, "s2"), "bottom 237 onto snet-1's bottom, 240");
        editor.edit().undo();
        pointer.drag(550, 190, 550, 237, Modifier.ALT);
        assertEquals(new Rect(400, 40, 300, 197), bounds(editor, "s2"));
    }
}
