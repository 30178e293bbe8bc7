package dev.hybridnet.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Routes a connection between two boxes with horizontal and vertical segments: a straight line when the boxes face
 * each other, otherwise a path with one bend (L) or two (Z) that leaves and enters the boxes on the sides facing
 * each other. Of a handful of candidates it takes the first that crosses no obstacle; when none is clear it falls
 * back to the first candidate all the same, and when the boxes overlap or touch, to a loop over their tops: never
 * to a slanted line. {@link #through} routes through waypoints the user placed.
 *
 * <p>Pure and cheap: a few candidates of at most three segments, each tested against the {@link Obstacles} index.
 */
public final class OrthogonalRouter {

    /**
     * The shortest first and last segment of a route with bends, so that an arrowhead fits before the bend (the
     * widest connection's head is this long).
     */
    public static final double MIN_STUB = 16;

    private OrthogonalRouter() {
    }

    /** The route from {@code from} to {@code to} around {@code obstacles}, indexing them first. */
    public static List<Point> route(Rect from, Rect to, List<Rect> obstacles) {
        return route(from, to, Obstacles.of(obstacles));
    }

    /**
     * The route from {@code from} to {@code to}: at least two points, the first on the border of {@code from} and
     * the last on the border of {@code to} (unless the fallback joins two boxes with the same centre).
     */
    public static List<Point> route(Rect from, Rect to, Obstacles obstacles) {
        return orthogonal(from, to, obstacles).orElseGet(() -> fallback(from, to));
    }

    /**
     * The first clear candidate route, made of horizontal and vertical segments only, from the border of
     * {@code from} to the border of {@code to}; empty when none is clear or the boxes overlap.
     */
    public static Optional<List<Point>> orthogonal(Rect from, Rect to, Obstacles obstacles) {
        for (List<Point> candidate : candidates(from, to)) {
            if (clear(candidate, from, to, obstacles)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The route when nothing clear is found, still of horizontal and vertical segments only: the first candidate,
     * whatever it crosses; for boxes that overlap or touch (no side faces the other), up from the middle of the top
     * of {@code from}, across above both boxes and down into the middle of the top of {@code to}.
     */
    public static List<Point> fallback(Rect from, Rect to) {
        List<List<Point>> candidates = candidates(from, to);
        if (!candidates.isEmpty()) {
            return candidates.get(0);
        }
        double top = Math.min(from.y(), to.y()) - MIN_STUB;
        Point start = new Point(from.center().x(), from.y());
        List<Point> loop = path(start, new Point(start.x(), top), new Point(to.center().x(), top),
                new Point(to.center().x(), to.y()));
        return loop.size() >= 2 ? loop : List.of(start, start);
    }

    /**
     * The route from {@code from} through {@code waypoints}, in order, to {@code to}, of horizontal and vertical
     * segments only: it leaves {@code from} straight towards the first waypoint when that lies above, below or
     * beside the box, else from the middle of the side facing it with one bend; between waypoints that are not
     * aligned it runs across first, then up or down; it enters {@code to} as it left {@code from}. Obstacles are
     * not avoided: the user placed the points.
     */
    public static List<Point> through(Rect from, List<Point> waypoints, Rect to) {
        if (waypoints.isEmpty()) {
            throw new IllegalArgumentException("no waypoints");
        }
        List<Point> points = new ArrayList<>(exit(from, waypoints.get(0)));
        Point last = waypoints.get(0);
        points.add(last);
        for (Point next : waypoints.subList(1, waypoints.size())) {
            if (next.x() != last.x() && next.y() != last.y()) {
                points.add(new Point(next.x(), last.y()));
            }
            points.add(next);
            last = next;
        }
        List<Point> entry = new ArrayList<>(exit(to, last));
        java.util.Collections.reverse(entry);
        points.addAll(entry);
        return simplified(points);
    }

    /** The points from the border of {@code box} towards {@code w}, without {@code w}: one, or two with a bend. */
    private static List<Point> exit(Rect box, Point w) {
        boolean aboveOrBelow = w.x() >= box.x() && w.x() <= box.maxX();
        boolean beside = w.y() >= box.y() && w.y() <= box.maxY();
        double sideY = w.y() < box.center().y() ? box.y() : box.maxY();
        double sideX = w.x() < box.center().x() ? box.x() : box.maxX();
        if (aboveOrBelow) {
            return List.of(new Point(w.x(), sideY));
        }
        if (beside) {
            return List.of(new Point(sideX, w.y()));
        }
        Point c = box.center();
        boolean vertical = Math.abs(w.y() - c.y()) - box.height() / 2 >= Math.abs(w.x() - c.x()) - box.width() / 2;
        return vertical ? List.of(new Point(c.x(), sideY), new Point(c.x(), w.y()))
                : List.of(new Point(sideX, c.y()), new Point(w.x(), c.y()));
    }

    /**
     * The points without repeats, and without the middle of three that run on in one direction; a route that
     * turns back on itself keeps its turning point, so it still passes through every waypoint.
     */
    private static List<Point> simplified(List<Point> points) {
        List<Point> result = new ArrayList<>(points.size());
        for (Point p : points) {
            int n = result.size();
            if (n > 0 && result.get(n - 1).equals(p)) {
                continue;
            }
            if (n >= 2 && onwards(result.get(n - 2), result.get(n - 1), p)) {
                result.set(n - 1, p);
            } else {
                result.add(p);
            }
        }
        return result.size() >= 2 ? List.copyOf(result) : List.of(result.get(0), result.get(0));
    }

    private static boolean onwards(Point a, Point b, Point c) {
        return collinear(a, b, c) && (b.x() - a.x()) * (c.x() - b.x()) + (b.y() - a.y()) * (c.y() - b.y()) > 0;
    }

    /**
     * The orthogonal {@code route} moved sideways by {@code distance}, to the left of its direction of travel (to
     * the right when negative): every segment parallel to its own, the ends moved along the sides they lie on. Two
     * connections between the same ends run side by side this way instead of on top of each other.
     */
    public static List<Point> parallel(List<Point> route, double distance) {
        List<Point> moved = new ArrayList<>(route.size());
        for (int i = 0; i < route.size(); i++) {
            double nx = 0;
            double ny = 0;
            if (i > 0) {
                nx += left(route.get(i - 1), route.get(i), true);
                ny += left(route.get(i - 1), route.get(i), false);
            }
            if (i < route.size() - 1) {
                double x = left(route.get(i), route.get(i + 1), true);
                double y = left(route.get(i), route.get(i + 1), false);
                // At a bend the two moved segments meet where each is moved along the other's normal.
                nx = nx == 0 ? x : nx;
                ny = ny == 0 ? y : ny;
            }
            moved.add(route.get(i).plus(nx * distance, ny * distance));
        }
        return List.copyOf(moved);
    }

    /** A component of the unit normal to the left of travel from {@code a} to {@code b} (y grows downwards). */
    private static double left(Point a, Point b, boolean x) {
        double dx = Math.signum(b.x() - a.x());
        double dy = Math.signum(b.y() - a.y());
        return x ? dy : -dx;
    }

    /** True when every segment is horizontal or vertical. */
    public static boolean orthogonal(List<Point> route) {
        for (int i = 1; i < route.size(); i++) {
            if (route.get(i).x() != route.get(i - 1).x() && route.get(i).y() != route.get(i - 1).y()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The candidates in order of preference: the straight line between facing sides; then, along the axis on
     * which the boxes are further apart, the Z through the middle of the gap and the L that starts along that
     * axis; then the other L and the other Z.
     */
    static List<List<Point>> candidates(Rect a, Rect b) {
        Point ca = a.center();
        Point cb = b.center();
        boolean right = cb.x() >= ca.x();
        boolean down = cb.y() >= ca.y();
        boolean gapX = right ? b.x() > a.maxX() : a.x() > b.maxX();
        boolean gapY = down ? b.y() > a.maxY() : a.y() > b.maxY();
        List<List<Point>> result = new ArrayList<>(6);
        if (!gapX && !gapY) {
            // Overlapping or touching boxes: no side faces the other box.
            return result;
        }
        double ax = right ? a.maxX() : a.x();
        double bx = right ? b.x() : b.maxX();
        double ay = down ? a.maxY() : a.y();
        double by = down ? b.y() : b.maxY();
        facing(a, b, gapX, gapY, ax, bx, ay, by).ifPresent(result::add);
        List<Point> zh = gapX ? path(new Point(ax, ca.y()), new Point((ax + bx) / 2, ca.y()),
                new Point((ax + bx) / 2, cb.y()), new Point(bx, cb.y())) : List.of();
        List<Point> zv = gapY ? path(new Point(ca.x(), ay), new Point(ca.x(), (ay + by) / 2),
                new Point(cb.x(), (ay + by) / 2), new Point(cb.x(), by)) : List.of();
        List<Point> lh = path(new Point(ax, ca.y()), new Point(cb.x(), ca.y()), new Point(cb.x(), by));
        List<Point> lv = path(new Point(ca.x(), ay), new Point(ca.x(), cb.y()), new Point(bx, cb.y()));
        boolean wide = Math.abs(cb.x() - ca.x()) >= Math.abs(cb.y() - ca.y());
        for (List<Point> route : wide ? List.of(zh, lh, lv, zv) : List.of(zv, lv, lh, zh)) {
            if (route.size() >= 2) {
                result.add(route);
            }
        }
        return result;
    }

    /** The straight line between facing sides, through the middle of where the boxes overlap, if they face. */
    private static Optional<List<Point>> facing(Rect a, Rect b, boolean gapX, boolean gapY, double ax, double bx,
            double ay, double by) {
        double top = Math.max(a.y(), b.y());
        double bottom = Math.min(a.maxY(), b.maxY());
        if (gapX && bottom > top) {
            return Optional.of(List.of(new Point(ax, (top + bottom) / 2), new Point(bx, (top + bottom) / 2)));
        }
        double left = Math.max(a.x(), b.x());
        double right = Math.min(a.maxX(), b.maxX());
        if (gapY && right > left) {
            return Optional.of(List.of(new Point((left + right) / 2, ay), new Point((left + right) / 2, by)));
        }
        return Optional.empty();
    }

    /** The points without repeats and without middle points on a straight run. */
    static List<Point> path(Point... points) {
        List<Point> result = new ArrayList<>(points.length);
        for (Point p : points) {
            if (!result.isEmpty() && result.get(result.size() - 1).equals(p)) {
                continue;
            }
            if (result.size() >= 2 && collinear(result.get(result.size() - 2), result.get(result.size() - 1), p)) {
                result.set(result.size() - 1, p);
            } else {
                result.add(p);
            }
        }
        return List.copyOf(result);
    }

    private static boolean collinear(Point a, Point b, Point c) {
        return (a.x() == b.x() && b.x() == c.x()) || (a.y() == b.y() && b.y() == c.y());
    }

    private static boolean clear(List<Point> route, Rect from, Rect to, Obstacles obstacles) {
        int last = route.size() - 1;
        if (last > 1 && (Segments.length(route.get(0), route.get(1)) < MIN_STUB
                || Segments.length(route.get(last - 1), route.get(last)) < MIN_STUB)) {
            return false;
        }
        for (int i = 1; i <= last; i++) {
            Point p = route.get(i - 1);
            Point q = route.get(i);
            if (Obstacles.crosses(from, p, q) || Obstacles.crosses(to, p, q) || obstacles.blocks(p, q, from, to)) {
                return false;
            }
        }
        return true;
    }
}
