package dev.hybridnet.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Routes through waypoints: right angles only, from border to border, through every waypoint in order. */
class WaypointRouteTest {

    private static Point p(double x, double y) {
        return new Point(x, y);
    }

    @Test
    void aWaypointBelowBothBoxesMakesAUShapedRoute() {
        List<Point> route = OrthogonalRouter.through(new Rect(0, 0, 40, 40), List.of(p(20, 200), p(220, 200)),
                new Rect(200, 0, 40, 40));
        assertEquals(List.of(p(20, 40), p(20, 200), p(220, 200), p(220, 40)), route);
    }

    @Test
    void aWaypointOffToTheSideLeavesFromTheFacingSideWithOneBendAndAWaypointOnAStraightRunStaysOnIt() {
        List<Point> route = OrthogonalRouter.through(new Rect(0, 0, 40, 40), List.of(p(200, 300)),
                new Rect(400, 280, 40, 40));
        // Down from the bottom of the first box, across through the waypoint, into the left side of the second.
        assertEquals(List.of(p(20, 40), p(20, 300), p(400, 300)), route);
    }

    @Test
    void overRandomBoxesAndWaypointsEveryRouteIsOrthogonalFromBorderToBorderThroughEveryWaypointInOrder() {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            Rect from = box(random);
            Rect to = box(random);
            List<Point> waypoints = new ArrayList<>();
            for (int i = 1 + random.nextInt(4); i > 0; i--) {
                waypoints.add(p(Math.floor(random.nextDouble() * 1000), Math.floor(random.nextDouble() * 1000)));
            }
            List<Point> route = OrthogonalRouter.through(from, waypoints, to);
            String where = "round " + round + ": " + from + " " + waypoints + " " + to + ": " + route;
            assertTrue(OrthogonalRouter.orthogonal(route), where);
            assertTrue(RouteInvariantsTest.onBorder(from, route.get(0)), where);
            assertTrue(RouteInvariantsTest.onBorder(to, route.get(route.size() - 1)), where);
            int segment = 1;
            for (Point w : waypoints) {
                while (segment < route.size() && !on(route.get(segment - 1), route.get(segment), w)) {
                    segment++;
                }
                assertTrue(segment < route.size(), where + " misses " + w);
            }
        }
    }

    private static boolean on(Point a, Point b, Point p) {
        return Segments.length(a, p) + Segments.length(p, b) - Segments.length(a, b) < 1e-6;
    }

    private static Rect box(Random random) {
        return new Rect(Math.floor(random.nextDouble() * 1000), Math.floor(random.nextDouble() * 1000),
                10 + Math.floor(random.nextDouble() * 150), 10 + Math.floor(random.nextDouble() * 150));
    }
}
