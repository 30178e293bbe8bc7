package dev.hybridnet.geometry;

import java.util.List;
import java.util.Optional;

/**
 * A side of a box that a route leaves or enters by. Several routes on one side are spread along it by routing each
 * to its own slice of the box ({@link #slice}): a slice shares that side with the box, so a route that enters the
 * slice by it ends on the box's border.
 */
public enum Side {
    LEFT, RIGHT, TOP, BOTTOM;

    /** True for the left and right sides, along which routes are spread vertically. */
    public boolean vertical() {
        return this == LEFT || this == RIGHT;
    }

    /**
     * The side of {@code box} that {@code route} leaves by at its start: its first segment is horizontal or
     * vertical, starts on that side and points away from the box. Empty for a slanted (fallback) segment.
     */
    public static Optional<Side> start(Rect box, List<Point> route) {
        return leaving(box, route.get(0), route.get(1));
    }

    /** The side of {@code box} that {@code route} enters by at its end; see {@link #start}. */
    public static Optional<Side> end(Rect box, List<Point> route) {
        int last = route.size() - 1;
        return leaving(box, route.get(last), route.get(last - 1));
    }

    private static Optional<Side> leaving(Rect box, Point p, Point next) {
        if (p.y() == next.y() && p.x() == box.maxX() && next.x() > p.x()) {
            return Optional.of(RIGHT);
        }
        if (p.y() == next.y() && p.x() == box.x() && next.x() < p.x()) {
            return Optional.of(LEFT);
        }
        if (p.x() == next.x() && p.y() == box.maxY() && next.y() > p.y()) {
            return Optional.of(BOTTOM);
        }
        if (p.x() == next.x() && p.y() == box.y() && next.y() < p.y()) {
            return Optional.of(TOP);
        }
        return Optional.empty();
    }

    /**
     * Slice {@code index} of {@code count} equal slices of {@code box} across this side: horizontal bands, top
     * first, for the left and right sides; vertical bands, left first, for the top and bottom.
     */
    public Rect slice(Rect box, int index, int count) {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("slice " + index + " of " + count);
        }
        if (vertical()) {
            double h = box.height() / count;
            return new Rect(box.x(), box.y() + h * index, box.width(), h);
        }
        double w = box.width() / count;
        return new Rect(box.x() + w * index, box.y(), w, box.height());
    }
}
