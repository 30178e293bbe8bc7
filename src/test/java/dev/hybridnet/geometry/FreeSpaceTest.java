package dev.hybridnet.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FreeSpaceTest {

    private static final double GAP = 16;

    @Test
    void aBoxThatOverlapsNothingStaysWhereItIs() {
        Rect wanted = new Rect(100, 100, 48, 48);
        List<Rect> taken = List.of(new Rect(148, 100, 48, 48)); // touching is not overlapping
        assertEquals(Optional.of(new Point(100, 100)), FreeSpace.nearest(wanted, taken, Optional.empty(), GAP));
    }

    @Test
    void aBoxOnTopOfAnotherMovesToTheNearestSideWithTheGap() {
        Rect other = new Rect(100, 100, 200, 100);
        Rect wanted = new Rect(110, 110, 48, 48); // nearest free edge: the left one (10 + 48 + gap away)
        Point p = FreeSpace.nearest(wanted, List.of(other), Optional.empty(), GAP).orElseThrow();
        Rect placed = wanted.movedTo(p.x(), p.y());
        assertFalse(placed.intersects(other));
        assertEquals(new Point(100 - GAP - 48, 110), p);
    }

    @Test
    void theNewPlaceStaysInsideTheAreaAndClearOfEveryBox() {
        Rect area = new Rect(0, 0, 400, 200);
        List<Rect> taken = new ArrayList<>();
        for (int x = 0; x < 400; x += 100) {
            taken.add(new Rect(x, 0, 80, 80)); // a full top row
        }
        Rect wanted = new Rect(10, 10, 60, 60);
        Point p = FreeSpace.nearest(wanted, taken, Optional.of(area), GAP).orElseThrow();
        Rect placed = wanted.movedTo(p.x(), p.y());
        assertTrue(area.contains(placed), placed.toString());
        taken.forEach(t -> assertFalse(t.intersects(placed), placed + " overlaps " + t));
        assertEquals(96, p.y(), 1e-9, "straight below the row, a gap apart");
    }

    @Test
    void noRoomInTheAreaIsEmpty() {
        Rect area = new Rect(0, 0, 100, 100);
        List<Rect> taken = List.of(new Rect(0, 0, 100, 100));
        assertTrue(FreeSpace.nearest(new Rect(10, 10, 50, 50), taken, Optional.of(area), GAP).isEmpty());
    }

    @Test
    void aCrowdedTopLevelOfThousandsOfBoxesIsSearchedNearTheSpot() {
        List<Rect> taken = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            taken.add(new Rect((i % 100) * 520.0, (i / 100) * 200.0, 500, 170));
        }
        Rect wanted = new Rect(5_000, 3_000, 500, 170);
        Point p = FreeSpace.nearest(wanted, taken, Optional.empty(), GAP).orElseThrow();
        Rect placed = wanted.movedTo(p.x(), p.y());
        taken.forEach(t -> assertFalse(t.intersects(placed)));
    }
}
