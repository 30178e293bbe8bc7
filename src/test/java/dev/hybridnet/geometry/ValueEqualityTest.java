package dev.hybridnet.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/**
 * Points and rectangles are values: equal exactly when every coordinate is, with equal hashes, as a record's own
 * equality would be (their equals and hashCode are written out for start-up speed).
 */
class ValueEqualityTest {

    @Property(tries = 300)
    void pointsAreEqualExactlyWhenBothCoordinatesAre(@ForAll @DoubleRange(min = -1e6, max = 1e6) double x,
            @ForAll @DoubleRange(min = -1e6, max = 1e6) double y, @ForAll @DoubleRange(min = -2, max = 2) double d) {
        Point p = new Point(x, y);
        assertEquals(p, new Point(x, y));
        assertEquals(p.hashCode(), new Point(x, y).hashCode());
        assertEquals(x + d == x, p.equals(new Point(x + d, y)));
        assertEquals(y + d == y, p.equals(new Point(x, y + d)));
        assertNotEquals(p, new Rect(x, y, 1, 1));
        assertNotEquals(p, null);
    }

    @Property(tries = 300)
    void rectanglesAreEqualExactlyWhenAllFourValuesAre(@ForAll @DoubleRange(min = -1e6, max = 1e6) double x,
            @ForAll @DoubleRange(min = -1e6, max = 1e6) double y, @ForAll @DoubleRange(min = 1, max = 1e4) double w,
            @ForAll @DoubleRange(min = 1, max = 1e4) double h, @ForAll @DoubleRange(min = -0.5, max = 0.5) double d) {
        Rect r = new Rect(x, y, w, h);
        assertEquals(r, new Rect(x, y, w, h));
        assertEquals(r.hashCode(), new Rect(x, y, w, h).hashCode());
        assertEquals(x + d == x, r.equals(new Rect(x + d, y, w, h)));
        assertEquals(y + d == y, r.equals(new Rect(x, y + d, w, h)));
        assertEquals(w + d == w, r.equals(new Rect(x, y, w + d, h)));
        assertEquals(h + d == h, r.equals(new Rect(x, y, w, h + d)));
        assertNotEquals(r, r.center());
    }

    @Property(tries = 50)
    void negativeZeroIsTheSamePlace(@ForAll @DoubleRange(min = 1, max = 100) double w) {
        assertEquals(new Point(0.0, 0.0), new Point(-0.0, -0.0));
        assertEquals(new Point(0.0, 0.0).hashCode(), new Point(-0.0, -0.0).hashCode());
        assertEquals(new Rect(0.0, 0.0, w, w), new Rect(-0.0, -0.0, w, w));
        assertEquals(new Rect(0.0, 0.0, w, w).hashCode(), new Rect(-0.0, -0.0, w, w).hashCode());
    }
}
