package dev.hybridnet.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What holds for every route, over many random boxes and obstacles (a fixed seed, so failures repeat). */
class RouteInvariantsTest {

    private static Rect box(Random random) {
        return new Rect(Math.floor(random.nextDouble() * 1000), Math.floor(random.nextDouble() * 1000),
                10 + Math.floor(random.nextDouble() * 150), 10 + Math.floor(random.nextDouble() * 150));
    }

    static boolean onBorder(Rect r, Point p) {
        double e = 1e-9 * (1 + Math.abs(r.x()) + Math.abs(r.y()) + r.width() + r.height());
        boolean inside = p.x() >= r.x() - e && p.x() <= r.maxX() + e && p.y() >= r.y() - e && p.y() <= r.maxY() + e;
        boolean onEdge = Math.abs(p.x() - r.x()) <= e || Math.abs(p.x() - r.maxX()) <= e
                || Math.abs(p.y() - r.y()) <= e || Math.abs(p.y() - r.maxY()) <= e;
        return inside && onEdge;
    }

    @Test
    void everyRouteStartsOnTheBorderOfFromEndsOnTheBorderOfToAndIsOrthogonalEvenTheFallback() {
        Random random = new Random(42);
        int orthogonal = 0;
        for (int round = 0; round < 3000; round++) {
            Rect from = box(random);
            Rect to = box(random);
            List<Rect> obstacles = new ArrayList<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                obstacles.add(box(random));
            }
            List<Point> route = OrthogonalRouter.route(from, to, obstacles);
            String where = "round " + round + ": " + from + " -> " + to + " around " + obstacles + ": " + route;
            assertTrue(OrthogonalRouter.orthogonal(route), where);
            assertTrue(onBorder(from, route.get(0)), where);
            assertTrue(onBorder(to, route.get(route.size() - 1)), where);
            Optional<List<Point>> found = OrthogonalRouter.orthogonal(from, to, Obstacles.of(obstacles));
            if (found.isPresent()) {
                orthogonal++;
                assertEquals(found.get(), route, where);
                assertTrue(OrthogonalRouter.orthogonal(route), where);
                assertTrue(route.size() <= 4, where);
                for (int i = 1; i < route.size(); i++) {
                    Point a = route.get(i - 1);
                    Point b = route.get(i);
                    assertFalse(a.equals(b), where);
                    assertFalse(Obstacles.crosses(from, a, b) || Obstacles.crosses(to, a, b), where);
                    for (Rect o : obstacles) {
                        boolean exempt = o.contains(from) || o.contains(to) || from.contains(o) || to.contains(o);
                        assertTrue(exempt || !Obstacles.crosses(o, a, b), where + " crosses " + o);
                    }
                }
            } else {
                assertEquals(OrthogonalRouter.fallback(from, to), route, where);
            }
        }
        // Most random layouts have a clear orthogonal route; the check above is not vacuous.
        assertTrue(orthogonal > 1500, "orthogonal routes: " + orthogonal);
    }
}
