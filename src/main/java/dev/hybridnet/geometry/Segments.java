package dev.hybridnet.geometry;

import java.util.List;

/** Pure functions over line segments: where a line leaves a box, arrowhead triangles, midpoints. */
public final class Segments {

    private Segments() {
    }

    /**
     * Where the ray from the centre of {@code box} towards {@code target} crosses the box's border; the centre
     * itself when the target is the centre. Used to start and end connection lines at the edge of what they join.
     */
    public static Point exitPoint(Rect box, Point target) {
        Point c = box.center();
        double dx = target.x() - c.x();
        double dy = target.y() - c.y();
        if (dx == 0 && dy == 0) {
            return c;
        }
        double sx = dx == 0 ? Double.POSITIVE_INFINITY : (box.width() / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.POSITIVE_INFINITY : (box.height() / 2) / Math.abs(dy);
        double s = Math.min(sx, sy);
        return new Point(c.x() + dx * s, c.y() + dy * s);
    }

    /**
     * The three corners of a solid arrowhead whose tip is at {@code tip}, pointing away from {@code from}:
     * {@code length} along the line, {@code width} across it.
     */
    public static List<Point> arrowhead(Point tip, Point from, double length, double width) {
        double dx = tip.x() - from.x();
        double dy = tip.y() - from.y();
        double norm = Math.hypot(dx, dy);
        if (norm == 0) {
            return List.of(tip, tip, tip);
        }
        double ux = dx / norm;
        double uy = dy / norm;
        Point base = new Point(tip.x() - ux * length, tip.y() - uy * length);
        double half = width / 2;
        return List.of(tip, new Point(base.x() - uy * half, base.y() + ux * half),
                new Point(base.x() + uy * half, base.y() - ux * half));
    }

    /** The point {@code length} back from {@code tip} towards {@code from}, where a line under an arrowhead stops. */
    public static Point shortened(Point tip, Point from, double length) {
        double dx = tip.x() - from.x();
        double dy = tip.y() - from.y();
        double norm = Math.hypot(dx, dy);
        if (norm <= length) {
            return from;
        }
        return new Point(tip.x() - dx / norm * length, tip.y() - dy / norm * length);
    }

    public static Point midpoint(Point a, Point b) {
        return new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
    }

    public static double length(Point a, Point b) {
        return Math.hypot(b.x() - a.x(), b.y() - a.y());
    }
}
