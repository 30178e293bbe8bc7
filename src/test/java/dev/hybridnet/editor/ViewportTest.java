package dev.hybridnet.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.geometry.Size;
import org.junit.jupiter.api.Test;

class ViewportTest {

    private static final double EPSILON = 1e-9;

    private static void assertNear(Point expected, Point actual) {
        assertEquals(expected.x(), actual.x(), EPSILON, "x");
        assertEquals(expected.y(), actual.y(), EPSILON, "y");
    }

    @Test
    void screenAndWorldTransformsAreInverses() {
        Viewport v = new Viewport(2.5, -40, 17);
        Point world = new Point(123.4, -56.7);
        assertNear(new Point(123.4 * 2.5 - 40, -56.7 * 2.5 + 17), v.toScreen(world));
        assertNear(world, v.toWorld(v.toScreen(world)));
        Rect r = new Rect(10, 20, 30, 40);
        Rect back = v.toWorld(v.toScreen(r));
        assertEquals(r.width(), back.width(), EPSILON);
        assertEquals(r.x(), back.x(), EPSILON);
    }

    @Test
    void zoomingAroundAScreenPointKeepsTheWorldPointUnderIt() {
        Viewport v = new Viewport(1, 30, 40);
        Point anchor = new Point(200, 150);
        Point under = v.toWorld(anchor);
        Viewport zoomed = v.zoomedAt(anchor, 1.25);
        assertEquals(1.25, zoomed.scale(), EPSILON);
        assertNear(under, zoomed.toWorld(anchor));
    }

    @Test
    void zoomStaysWithinItsLimits() {
        Viewport v = Viewport.identity();
        assertEquals(Viewport.MAX_SCALE, v.zoomedAt(new Point(0, 0), 1000).scale(), EPSILON);
        assertEquals(Viewport.MIN_SCALE, v.zoomedAt(new Point(0, 0), 0.0001).scale(), EPSILON);
        assertThrows(IllegalArgumentException.class, () -> new Viewport(20, 0, 0));
    }

    @Test
    void zoomToFitCentresTheRectangleWithTheMargin() {
        Rect world = new Rect(100, 100, 400, 200);
        Size view = new Size(1000, 600);
        Viewport v = Viewport.fitting(world, view, 50);
        assertEquals(2.25, v.scale(), EPSILON, "width limits: (1000 - 100) / 400");
        assertNear(new Point(500, 300), v.toScreen(world.center()));
        Rect onScreen = v.toScreen(world);
        assertTrue(onScreen.x() >= 50 - EPSILON && onScreen.maxX() <= 950 + EPSILON);
    }

    @Test
    void panningMovesTheContentWithThePointer() {
        Viewport v = new Viewport(2, 0, 0).pannedBy(30, -10);
        assertNear(new Point(30, -10), v.toScreen(new Point(0, 0)));
        assertEquals(200, new Viewport(2, 0, 0).percent());
    }

    @Test
    void theVisibleRegionIsTheViewInWorldUnits() {
        Viewport v = new Viewport(2, -100, 0);
        Rect visible = v.visible(new Size(800, 600));
        assertEquals(new Rect(50, 0, 400, 300), visible);
    }
}
