package dev.hybridnet.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RouteSearchTest {

    private static final Rect FROM = r(0, 200, 40, 40);
    private static final Rect TO = r(400, 200, 40, 40);

    private static Rect r(double x, double y, double w, double h) {
        return new Rect(x, y, w, h);
    }

    private static RouteSearch search(List<Rect> obstacles) {
        return new RouteSearch(Obstacles.of(obstacles));
    }

    /** The route is orthogonal, runs from border to border with room for heads, and crosses no box but the exempt. */
    static void assertClear(List<Point> route, Rect from, Rect to, List<Rect> obstacles) {
        String where = route.toString();
        assertTrue(RouteInvariantsTest.onBorder(from, route.get(0)), where);
        assertTrue(RouteInvariantsTest.onBorder(to, route.get(route.size() - 1)), where);
        assertTrue(OrthogonalRouter.orthogonal(route), where);
        assertTrue(Segments.length(route.get(0), route.get(1)) >= OrthogonalRouter.MIN_STUB, where);
        assertTrue(Segments.length(route.get(route.size() - 2), route.get(route.size() - 1))
                >= OrthogonalRouter.MIN_STUB, where);
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
    }

    @Test
    void aRouteGoesAroundAWallOfBoxesBetweenItsEnds() {
        List<Rect> wall = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            wall.add(r(200, 20 + 50 * i, 40, 60));
        }
        wall.add(FROM);
        wall.add(TO);
        assertTrue(OrthogonalRouter.orthogonal(FROM, TO, Obstacles.of(wall)).isEmpty(), "no simple candidate");
        List<Point> route = search(wall).route(FROM, TO).orElseThrow();
        assertClear(route, FROM, TO, wall);
        double top = route.stream().mapToDouble(Point::y).min().orElseThrow();
        double bottom = route.stream().mapToDouble(Point::y).max().orElseThrow();
        assertTrue(top < 20 || bottom > 420, "around the end of the wall: " + route);
    }

    @Test
    void aRouteTakesTheGapInAWallRatherThanTheLongWayRound() {
        List<Rect> wall = List.of(r(200, -1000, 40, 1180), r(200, 260, 40, 1000), FROM, TO);
        List<Point> route = search(wall).route(FROM, TO).orElseThrow();
        assertClear(route, FROM, TO, wall);
        assertTrue(route.stream().allMatch(p -> p.y() > 170 && p.y() < 270), "through the gap: " + route);
        assertTrue(route.stream().anyMatch(p -> p.y() == 220), "through the middle of the gap: " + route);
    }

    @Test
    void aRouteLeavesAnEndBySideWithRoomAndEntersItFromOutsideNeverThroughItsName() {
        Rect name = r(-10, 240, 60, 18);
        Rect left = r(-200, 0, 100, 600);
        List<Rect> boxes = List.of(FROM, TO, name, left, r(100, 100, 40, 240));
        List<Point> route = search(boxes).route(FROM, TO).orElseThrow();
        assertClear(route, FROM, TO, boxes);
    }

    @Test
    void theNetworksAroundAnEndAndWhatLiesInsideTheEndsDoNotBlock() {
        Rect network = r(-50, 150, 200, 150);
        Rect insideTheNetwork = r(80, 160, 40, 130);
        Rect insideTheTarget = r(405, 205, 10, 10);
        Rect wall = r(200, 100, 40, 300);
        List<Rect> boxes = List.of(network, insideTheNetwork, insideTheTarget, wall, FROM, TO);
        List<Point> route = search(boxes).route(FROM, TO).orElseThrow();
        assertClear(route, FROM, TO, boxes);
        assertTrue(route.stream().noneMatch(p -> p.x() > 80 && p.x() < 120 && p.y() > 160 && p.y() < 290),
                "a box beside the end inside its network still blocks: " + route);
    }

    @Test
    void whenTheEndIsWalledInThereIsNoRoute() {
        List<Rect> ring = List.of(r(-100, 100, 240, 60), r(-100, 280, 240, 60), r(-100, 100, 60, 240),
                r(80, 100, 60, 240), FROM, TO);
        assertEquals(Optional.empty(), search(ring).route(FROM, TO));
    }

    @Test
    void aTreeSharesItsTrunkAndGivesEveryTargetItsOwnRouteToItsBorder() {
        Rect hub = r(0, 0, 200, 100);
        List<Rect> spokes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            spokes.add(r(300 + (i % 4) * 260, (i / 4) * 160, 200, 100));
        }
        List<Rect> boxes = new ArrayList<>(spokes);
        boxes.add(hub);
        List<Optional<List<Point>>> routes = search(boxes).tree(hub, spokes);
        assertEquals(spokes.size(), routes.size());
        Point start = routes.get(0).orElseThrow().get(0);
        for (int i = 0; i < spokes.size(); i++) {
            List<Point> route = routes.get(i).orElseThrow();
            List<Rect> others = new ArrayList<>(boxes);
            others.remove(spokes.get(i));
            others.remove(hub);
            assertClear(route, hub, spokes.get(i), others);
            assertEquals(start, route.get(0), "every route leaves the hub at the same point");
        }
        assertEquals(routes.get(4).orElseThrow().subList(0, 2), routes.get(8).orElseThrow().subList(0, 2),
                "a shared trunk");
    }

    @Test
    void aTargetInsideABoxThatIsNotAroundTheRootIsRoutedAloneIntoIt() {
        Rect hub = r(0, 0, 200, 100);
        Rect network = r(400, 0, 300, 300);
        Rect inside = r(500, 100, 48, 48);
        Rect outside = r(400, 400, 100, 100);
        List<Rect> boxes = List.of(hub, network, inside, outside);
        List<Optional<List<Point>>> routes = search(boxes).tree(hub, List.of(inside, outside));
        assertClear(routes.get(0).orElseThrow(), hub, inside, boxes);
        assertClear(routes.get(1).orElseThrow(), hub, outside, boxes);
    }

    @Test
    void betweenBoxesThatKeepTheirDistanceARouteIsAlwaysFoundAndCrossesNothing() {
        // Boxes in the cells of a 100-unit lattice, each at least 20 units inside its cell: every two boxes are 40
        // apart, and the channels between them join up, so every pair has a route.
        Random random = new Random(17);
        for (int round = 0; round < 300; round++) {
            List<Rect> boxes = new ArrayList<>();
            for (int cell = 0; cell < 64; cell++) {
                if (random.nextInt(3) > 0) {
                    double w = 10 + Math.floor(random.nextDouble() * 50);
                    double h = 10 + Math.floor(random.nextDouble() * 50);
                    double x = (cell % 8) * 100 + 20 + Math.floor(random.nextDouble() * (60 - w));
                    double y = (cell / 8) * 100 + 20 + Math.floor(random.nextDouble() * (60 - h));
                    boxes.add(r(x, y, w, h));
                }
            }
            Rect from = boxes.get(random.nextInt(boxes.size()));
            Rect to = boxes.get(random.nextInt(boxes.size()));
            if (from == to) {
                continue;
            }
            List<Point> route = search(boxes).route(from, to).orElseThrow(() -> new AssertionError("no route "
                    + from + " to " + to + " among " + boxes));
            assertClear(route, from, to, boxes);
        }
    }

    @Test
    void routesFoundAmongRandomOverlappingBoxesCrossNothing() {
        Random random = new Random(5);
        int found = 0;
        for (int round = 0; round < 400; round++) {
            List<Rect> boxes = new ArrayList<>();
            for (int i = 0; i < 2 + random.nextInt(30); i++) {
                boxes.add(r(Math.floor(random.nextDouble() * 1000), Math.floor(random.nextDouble() * 1000),
                        10 + Math.floor(random.nextDouble() * 120), 10 + Math.floor(random.nextDouble() * 120)));
            }
            Rect from = boxes.get(0);
            Rect to = boxes.get(1);
            Optional<List<Point>> route = search(boxes).route(from, to);
            route.ifPresent(r -> assertClear(r, from, to, boxes));
            found += route.isPresent() ? 1 : 0;
        }
        assertTrue(found > 300, "routes found: " + found);
    }

    @Test
    void theSearchIsBoundedAndGivesUpWhenItsBudgetIsSpent() {
        Random random = new Random(3);
        List<Rect> boxes = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            boxes.add(r(random.nextDouble() * 20_000, random.nextDouble() * 20_000, 5 + random.nextDouble() * 60,
                    5 + random.nextDouble() * 60));
        }
        RouteSearch search = new RouteSearch(Obstacles.of(boxes), 200_000);
        long start = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            search.route(boxes.get(i), boxes.get(2999 - i));
        }
        assertTrue(search.spent() < 200_000 + RouteSearch.MAX_NODES * 5L, "work: " + search.spent());
        assertEquals(Optional.empty(), search.route(boxes.get(0), boxes.get(1)), "nothing once the budget is spent");
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "bounded in time too");
    }
}
