package dev.hybridnet.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.OrthogonalRouter;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Waypoints;
import dev.hybridnet.render.DiagramRenderer;
import dev.hybridnet.render.WaypointHandles;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Shaping a selected connection by its handles, on the VPN sample zoomed to fit (screen is not world). */
class WaypointGestureTest {

    private static final String TUNNEL = "s2s-onprem";
    private final Diagram vpn = Samples.load(Sample.VPN);
    private final Editor editor = new Editor(vpn);
    private final Pointer pointer = new Pointer(editor);

    @BeforeEach
    void openTheSampleAndSelectTheTunnel() {
        editor.open(vpn);
        editor.select(Set.of(TUNNEL));
    }

    private Connection tunnel() {
        return editor.diagram().connection(TUNNEL).orElseThrow();
    }

    private List<Point> route() {
        return new DiagramRenderer().scene(editor.diagram()).route(tunnel());
    }

    @Test
    void draggingTheMiddleHandleOfASegmentAddsAWaypointThereAndTheRouteBendsThroughIt() {
        List<WaypointHandles.Add> adds = WaypointHandles.adds(route(), List.of());
        assertFalse(adds.isEmpty(), "a straight tunnel has a handle in its middle");
        Point middle = adds.get(0).at();
        pointer.move(middle.x(), middle.y());
        assertEquals(Cursor.MOVE, editor.cursor());
        pointer.dragWithoutRelease(middle.x(), middle.y(), middle.x(), middle.y() + 120.4);
        assertTrue(Waypoints.of(tunnel()).isEmpty(), "nothing is committed while dragging");
        pointer.release(middle.x(), middle.y() + 120.4);
        Point placed = new Point(Math.round(middle.x()), Math.round(middle.y() + 120.4));
        assertEquals(List.of(placed), Waypoints.of(tunnel()));
        assertEquals(Optional.of("Undo Add waypoint to s2s-onprem"), editor.edit().undoLabel());
        List<Point> route = route();
        assertTrue(OrthogonalRouter.orthogonal(route), route.toString());
        assertTrue(route.contains(placed), route.toString());
        assertEquals(Set.of(TUNNEL), editor.selection().ids(), "the connection stays selected");
    }

    @Test
    void draggingAWaypointMovesItAndADoubleClickRemovesItAndResetRouteClearsThemAll() {
        Point middle = WaypointHandles.adds(route(), List.of()).get(0).at();
        pointer.drag(middle.x(), middle.y(), middle.x(), middle.y() + 100);
        Point first = Waypoints.of(tunnel()).get(0);
        pointer.drag(first.x(), first.y(), first.x() + 30, first.y() + 40);
        assertEquals(List.of(first.plus(30, 40)), Waypoints.of(tunnel()));
        assertEquals(Optional.of("Undo Move waypoint of s2s-onprem"), editor.edit().undoLabel());

        Point moved = first.plus(30, 40);
        editor.pointer(PointerEvent.doubleClick(editor.viewport().toScreen(moved).x(),
                editor.viewport().toScreen(moved).y()));
        assertEquals(List.of(), Waypoints.of(tunnel()));
        assertEquals(Optional.of("Undo Remove waypoint of s2s-onprem"), editor.edit().undoLabel());

        editor.edit().undo();
        assertTrue(editor.edit().canResetRoute());
        editor.edit().resetRoute();
        assertEquals(List.of(), Waypoints.of(tunnel()));
        assertEquals(Optional.of("Undo Reset route of s2s-onprem"), editor.edit().undoLabel());
        assertFalse(editor.edit().canResetRoute());
    }

    @Test
    void theHandlesArePaintedOnTheSelectedConnectionOnly() {
        pointer.drag(WaypointHandles.adds(route(), List.of()).get(0).at().x(),
                WaypointHandles.adds(route(), List.of()).get(0).at().y(), 700, 500);
        assertTrue(SelectToolTest.drawn(editor, "selection-" + TUNNEL));
        long circles = editor.drawing().shapes().stream()
                .filter(s -> s instanceof dev.hybridnet.render.Shape.Group g && g.id().equals("selection-" + TUNNEL))
                .flatMap(s -> ((dev.hybridnet.render.Shape.Group) s).children().stream())
                .filter(dev.hybridnet.render.Shape.Path.class::isInstance).count();
        assertEquals(1 + WaypointHandles.adds(route(), Waypoints.of(tunnel())).size(), circles);
        editor.select(Set.of());
        assertFalse(SelectToolTest.drawn(editor, "selection-" + TUNNEL));
    }
}
