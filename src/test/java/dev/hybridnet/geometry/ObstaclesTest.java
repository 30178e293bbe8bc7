package dev.hybridnet.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ObstaclesTest {

    private static final Rect FROM = new Rect(-1000, -1000, 10, 10);
    private static final Rect TO = new Rect(-900, -900, 10, 10);

    @Test
    void theGridFindsExactlyTheBoxesALinearScanFinds() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            List<Rect> boxes = new ArrayList<>();
            int n = 1 + random.nextInt(200);
            for (int i = 0; i < n; i++) {
                // Mostly small boxes, some that span much of the extent (kept aside by the index).
                double size = random.nextInt(10) == 0 ? 2000 : 5 + random.nextDouble() * 80;
                boxes.add(new Rect(random.nextDouble() * 3000, random.nextDouble() * 1000, size * random.nextDouble()
                        + 1, size * random.nextDouble() + 1));
            }
            Obstacles grid = Obstacles.of(boxes);
            for (int s = 0; s < 200; s++) {
                Point a = new Point(random.nextDouble() * 3400 - 200, random.nextDouble() * 1400 - 200);
                double length = random.nextDouble() * 1500;
                Point b = random.nextBoolean() ? a.plus(length, 0) : a.plus(0, length);
                boolean linear = boxes.stream().anyMatch(box -> Obstacles.crosses(box, a, b));
                assertEquals(linear, grid.blocks(a, b, FROM, TO), "round " + round + ", segment " + a + " " + b);
            }
        }
    }

    @Test
    void aSegmentThroughABoxCrossesItButOneAlongItsEdgeOrTouchingItDoesNot() {
        Rect box = new Rect(10, 10, 20, 20);
        assertTrue(Obstacles.crosses(box, new Point(0, 15), new Point(40, 15)));
        assertTrue(Obstacles.crosses(box, new Point(15, 0), new Point(15, 12)));
        assertFalse(Obstacles.crosses(box, new Point(0, 10), new Point(40, 10)));
        assertFalse(Obstacles.crosses(box, new Point(30, 0), new Point(30, 40)));
        assertFalse(Obstacles.crosses(box, new Point(0, 15), new Point(10, 15)));
        assertFalse(Obstacles.crosses(box, new Point(31, 15), new Point(50, 15)));
    }

    @Test
    void boxesAroundOrInsideAnEndDoNotBlockIt() {
        Rect network = new Rect(0, 0, 500, 500);
        Rect icon = new Rect(100, 100, 40, 40);
        Rect inside = new Rect(10, 10, 30, 30);
        Obstacles obstacles = Obstacles.of(List.of(network, inside));
        Point a = new Point(0, 25);
        Point b = new Point(600, 25);
        assertFalse(obstacles.blocks(a, b, icon, network));
        assertTrue(obstacles.blocks(a, b, icon, new Rect(700, 0, 40, 40)));
    }

    @Test
    void onlyHorizontalAndVerticalSegmentsCanBeTested() {
        Obstacles obstacles = Obstacles.of(List.of(new Rect(0, 0, 10, 10)));
        assertThrows(IllegalArgumentException.class, () -> obstacles.blocks(new Point(0, 0), new Point(5, 5), FROM,
                TO));
    }

    @Test
    void farApartAndHugeCoordinatesMakeASmallGrid() {
        Obstacles obstacles = Obstacles.of(List.of(new Rect(0, 0, 1e-3, 1e-3), new Rect(1e12, 0, 1e-3, 1e-3),
                new Rect(-1e300, -1e300, 1e300, 1e300)));
        assertEquals(3, obstacles.size());
        Rect from = new Rect(2e12, 0, 1, 1);
        Rect to = new Rect(3e12, 0, 1, 1);
        assertTrue(obstacles.blocks(new Point(-10, -1), new Point(-5, -1), from, to));
        assertTrue(obstacles.blocks(new Point(1e12 - 1, 5e-4), new Point(1e12 + 1, 5e-4), from, to));
        assertFalse(obstacles.blocks(new Point(5e11, 5e-4), new Point(6e11, 5e-4), from, to));
        assertFalse(Obstacles.none().blocks(new Point(0, 0), new Point(10, 0), FROM, TO));
    }
}
