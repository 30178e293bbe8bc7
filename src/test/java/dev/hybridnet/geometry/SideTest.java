package dev.hybridnet.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SideTest {

    private final Rect box = new Rect(0, 0, 40, 20);

    @Test
    void theSideARouteLeavesByIsTheOneItsFirstSegmentStartsOnPointingAway() {
        assertEquals(Optional.of(Side.RIGHT), Side.start(box, List.of(new Point(40, 5), new Point(90, 5))));
        assertEquals(Optional.of(Side.LEFT), Side.start(box, List.of(new Point(0, 5), new Point(-9, 5))));
        assertEquals(Optional.of(Side.TOP), Side.start(box, List.of(new Point(3, 0), new Point(3, -9))));
        assertEquals(Optional.of(Side.BOTTOM), Side.start(box, List.of(new Point(3, 20), new Point(3, 29))));
        assertEquals(Optional.empty(), Side.start(box, List.of(new Point(40, 5), new Point(90, 50))));
        assertEquals(Optional.empty(), Side.start(box, List.of(new Point(40, 5), new Point(30, 5))));
    }

    @Test
    void theSideARouteEntersByIsReadFromItsLastSegment() {
        Rect target = new Rect(100, 0, 40, 40);
        assertEquals(Optional.of(Side.LEFT), Side.end(target, List.of(new Point(40, 5), new Point(70, 5),
                new Point(70, 10), new Point(100, 10))));
    }

    @Test
    void slicesAlongALeftOrRightSideAreBandsThatShareThatSide() {
        assertEquals(new Rect(0, 10, 40, 10), Side.LEFT.slice(box, 1, 2));
        assertEquals(new Rect(20, 0, 20, 20), Side.BOTTOM.slice(box, 1, 2));
        assertEquals(box, Side.TOP.slice(box, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Side.TOP.slice(box, 2, 2));
    }
}
