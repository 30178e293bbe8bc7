package dev.hybridnet.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.geometry.Size;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class OverviewTest {

    private static final Size BOX = Overview.SIZE;

    @Test
    void theWholeDesignFitsTheBoxWithItsPaddingAndTheViewIsAFrameInIt() {
        Rect extent = new Rect(0, 0, 6000, 3000);
        Overview o = Overview.of(extent, Viewport.identity(), new Size(1000, 700), BOX);
        Rect drawn = o.toBox(extent);
        assertTrue(drawn.x() >= Overview.PAD - 1e-9 && drawn.maxX() <= BOX.width() - Overview.PAD + 1e-9, "" + drawn);
        assertTrue(drawn.y() >= 0 && drawn.maxY() <= BOX.height(), "" + drawn);
        assertEquals(o.toBox(new Rect(0, 0, 1000, 700)), o.visible());
    }

    @Test
    void aViewOutsideTheDesignStillShowsItsFrame() {
        Rect extent = new Rect(0, 0, 1000, 1000);
        Viewport far = Viewport.identity().pannedBy(-5000, 0);
        Overview o = Overview.of(extent, far, new Size(800, 600), BOX);
        Rect v = o.visible();
        assertTrue(v.x() >= 0 && v.maxX() <= BOX.width() + 1e-9, "the frame is inside the box: " + v);
    }

    @Property(tries = 200)
    void boxAndWorldPointsMapBackAndForth(@ForAll @DoubleRange(min = 0, max = 200) double x,
            @ForAll @DoubleRange(min = 0, max = 140) double y, @ForAll @DoubleRange(min = 10, max = 50_000) double w,
            @ForAll @DoubleRange(min = 10, max = 50_000) double h) {
        Overview o = Overview.of(new Rect(-100, 40, w, h), Viewport.identity(), new Size(900, 600), BOX);
        Point world = o.toWorld(new Point(x, y));
        Rect back = o.toBox(new Rect(world.x(), world.y(), 1, 1));
        assertEquals(x, back.x(), 1e-6);
        assertEquals(y, back.y(), 1e-6);
    }
}
