package dev.hybridnet.geometry;

import java.util.BitSet;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Boxes that connection routes must not cross, indexed in a uniform grid so that a segment is tested only against
 * the boxes in the cells it passes through. Built once per drawing; immutable and thread-safe.
 *
 * <p>A box that contains an end of the route, or lies inside one, never blocks it: a connection may leave the
 * network its element sits in, and the contents of a network it joins are behind its border.
 */
public final class Obstacles {

    /** A box covering more cells than this is kept aside and tested against every segment. */
    private static final int MAX_CELLS_PER_BOX = 64;
    private static final double MIN_CELL = 16;

    private final Rect[] boxes;
    private final Rect extent;
    private final double originX;
    private final double originY;
    private final double cell;
    private final int columns;
    private final int rows;
    /** Box indices per cell, cell after cell; those of cell {@code i} are at {@code starts[i] .. starts[i+1]}. */
    private final int[] starts;
    private final int[] entries;
    private final int[] large;

    private Obstacles(List<Rect> list) {
        boxes = list.toArray(new Rect[0]);
        Rect all = boxes.length == 0 ? new Rect(0, 0, 1, 1) : boxes[0];
        for (Rect r : boxes) {
            all = all.union(r);
        }
        extent = all;
        originX = extent.x();
        originY = extent.y();
        // About one box per cell on average, whatever the scale of the coordinates; at most a few cells per box
        // along each side, so that a long thin extent does not make a huge grid.
        int n = Math.max(1, boxes.length);
        double side = 4.0 * n + 64;
        cell = Math.max(Math.max(MIN_CELL, Math.sqrt(extent.width() * extent.height() / n)),
                Math.max(extent.width(), extent.height()) / side);
        columns = (int) Math.floor(extent.width() / cell) + 1;
        rows = (int) Math.floor(extent.height() / cell) + 1;
        large = IntStream.range(0, boxes.length).filter(b -> cellsOf(boxes[b]) > MAX_CELLS_PER_BOX).toArray();
        starts = starts();
        entries = entries();
    }

    /** Where each cell's entries begin, from the number of boxes per cell; one more than there are cells. */
    private int[] starts() {
        int[] counts = new int[columns * rows + 1];
        for (Rect r : boxes) {
            if (cellsOf(r) <= MAX_CELLS_PER_BOX) {
                forEachCell(r, i -> counts[i + 1]++);
            }
        }
        for (int i = 1; i < counts.length; i++) {
            counts[i] += counts[i - 1];
        }
        return counts;
    }

    private int[] entries() {
        int[] result = new int[starts[starts.length - 1]];
        int[] next = starts.clone();
        for (int b = 0; b < boxes.length; b++) {
            int box = b;
            if (cellsOf(boxes[b]) <= MAX_CELLS_PER_BOX) {
                forEachCell(boxes[b], i -> result[next[i]++] = box);
            }
        }
        return result;
    }

    public static Obstacles of(List<Rect> boxes) {
        return new Obstacles(boxes);
    }

    public static Obstacles none() {
        return new Obstacles(List.of());
    }

    public int size() {
        return boxes.length;
    }

    /** Box {@code i}, in the order given. */
    public Rect box(int i) {
        return boxes[i];
    }

    /** The smallest rectangle holding every box; a unit square at the origin when there are none. */
    public Rect extent() {
        return extent;
    }

    /**
     * The boxes that may reach into {@code window}: every box whose inside meets it, and perhaps a few others
     * near it; each index once, in ascending order.
     */
    public int[] near(Rect window) {
        BitSet found = new BitSet(boxes.length);
        forEachNear(window, found::set);
        return found.stream().toArray();
    }

    /**
     * Calls {@code visit} with each box that may reach into {@code window}, as {@link #near} lists them, but in no
     * order and perhaps more than once: for callers that skip repeats their own way.
     */
    public void forEachNear(Rect window, IntConsumer visit) {
        int c0 = column(window.x());
        int c1 = column(window.maxX());
        for (int r = row(window.y()); r <= row(window.maxY()); r++) {
            for (int k = starts[r * columns + c0]; k < starts[r * columns + c1 + 1]; k++) {
                visit.accept(entries[k]);
            }
        }
        for (int box : large) {
            if (boxes[box].intersects(window)) {
                visit.accept(box);
            }
        }
    }

    /**
     * For each box, the smallest other box that contains it (of two equal boxes, the one given first contains the
     * other), or -1: a box inside another blocks nothing the other does not, unless the other is around an end.
     */
    int[] covers() {
        int[] covers = new int[boxes.length];
        for (int b = 0; b < boxes.length; b++) {
            covers[b] = -1;
            int i = row(boxes[b].y()) * columns + column(boxes[b].x());
            for (int k = starts[i]; k < starts[i + 1]; k++) {
                covers[b] = smaller(covers[b], entries[k], b);
            }
            for (int box : large) {
                covers[b] = smaller(covers[b], box, b);
            }
        }
        return covers;
    }

    /** Of the cover found so far and {@code candidate}, the smaller box that contains box {@code b}. */
    private int smaller(int found, int candidate, int b) {
        Rect c = boxes[candidate];
        if (candidate == b || !c.contains(boxes[b]) || (c.equals(boxes[b]) && candidate > b)) {
            return found;
        }
        if (found < 0) {
            return candidate;
        }
        double area = c.width() * c.height();
        double best = boxes[found].width() * boxes[found].height();
        return area < best || (area == best && candidate < found) ? candidate : found;
    }

    /**
     * True when the horizontal or vertical segment {@code a}–{@code b} passes through the inside of a box that
     * neither contains nor lies inside {@code from} or {@code to}. Running along a box's edge does not count.
     */
    public boolean blocks(Point a, Point b, Rect from, Rect to) {
        if (a.x() != b.x() && a.y() != b.y()) {
            throw new IllegalArgumentException("only horizontal and vertical segments can be tested: " + a + " " + b);
        }
        for (int box : large) {
            if (blocksWith(boxes[box], a, b, from, to)) {
                return true;
            }
        }
        int c0 = column(Math.min(a.x(), b.x()));
        int c1 = column(Math.max(a.x(), b.x()));
        int r0 = row(Math.min(a.y(), b.y()));
        int r1 = row(Math.max(a.y(), b.y()));
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int i = r * columns + c;
                for (int k = starts[i]; k < starts[i + 1]; k++) {
                    if (blocksWith(boxes[entries[k]], a, b, from, to)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean blocksWith(Rect box, Point a, Point b, Rect from, Rect to) {
        return crosses(box, a, b) && !box.contains(from) && !box.contains(to) && !from.contains(box)
                && !to.contains(box);
    }

    /** True when the horizontal or vertical segment {@code a}–{@code b} passes through the inside of {@code box}. */
    public static boolean crosses(Rect box, Point a, Point b) {
        double minX = Math.min(a.x(), b.x());
        double maxX = Math.max(a.x(), b.x());
        double minY = Math.min(a.y(), b.y());
        double maxY = Math.max(a.y(), b.y());
        if (minY == maxY) {
            return minY > box.y() && minY < box.maxY() && minX < box.maxX() && maxX > box.x();
        }
        return minX > box.x() && minX < box.maxX() && minY < box.maxY() && maxY > box.y();
    }

    private long cellsOf(Rect r) {
        return (long) (column(r.maxX()) - column(r.x()) + 1) * (row(r.maxY()) - row(r.y()) + 1);
    }

    private void forEachCell(Rect r, IntConsumer action) {
        for (int row = row(r.y()); row <= row(r.maxY()); row++) {
            for (int column = column(r.x()); column <= column(r.maxX()); column++) {
                action.accept(row * columns + column);
            }
        }
    }

    private int column(double x) {
        return clamp((x - originX) / cell, columns);
    }

    private int row(double y) {
        return clamp((y - originY) / cell, rows);
    }

    private static int clamp(double v, int count) {
        return (int) Math.max(0, Math.min(count - 1, Math.floor(v)));
    }
}
