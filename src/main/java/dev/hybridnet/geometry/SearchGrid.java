package dev.hybridnet.geometry;

import java.util.Arrays;
import java.util.List;

/**
 * The lines a searched route may run along, and which steps between their crossings pass through a box.
 *
 * <p>Between two neighbouring box edges every line is as good as another (it passes through the same boxes), so
 * each such gap gets one line, through its middle, and the outside a line at the clearance from the outermost
 * edges: a route runs in the middle of the channels between boxes. The lines through the middles of the sides of
 * the ends, where routes leave and enter them, are added. A node is a crossing of an x line and a y line,
 * numbered {@code row * columns + column}.
 */
final class SearchGrid {

    /**
     * The lines of one axis, ascending; {@code hugs[i]} when line {@code i} is not through the middle of a gap
     * (routes run along such lines only where they must).
     */
    record Axis(double[] at, boolean[] hugs) {

        int index(double v) {
            int i = Arrays.binarySearch(at, v);
            if (i < 0) {
                throw new IllegalArgumentException("no line at " + v);
            }
            return i;
        }

        /**
         * The first line at least {@code distance} from {@code v} in direction {@code sign} (+1 or -1), or -1 when
         * there is none.
         */
        int beyond(double v, double distance, int sign) {
            double target = v + sign * distance;
            int i = Arrays.binarySearch(at, target);
            if (i >= 0) {
                return i;
            }
            int insert = -i - 1;
            int found = sign > 0 ? insert : insert - 1;
            return found >= 0 && found < at.length ? found : -1;
        }

        /** The lines in {@code [min, max]} from the box edges {@code edges} (in any order) and the extra lines. */
        static Axis of(double min, double max, double[] edges, double[] extras, double clearance) {
            double[] e = Arrays.stream(edges).filter(v -> v >= min && v <= max).sorted().distinct().toArray();
            double[] at = new double[e.length + extras.length + 2];
            boolean[] hug = new boolean[at.length];
            int n = 0;
            if (e.length == 0) {
                at[n++] = (min + max) / 2;
            } else {
                n = outside(at, hug, n, e[0], -clearance, min);
                for (int i = 1; i < e.length; i++) {
                    at[n++] = (e[i - 1] + e[i]) / 2;
                }
                n = outside(at, hug, n, e[e.length - 1], clearance, max);
            }
            for (double v : extras) {
                if (v >= min && v <= max) {
                    at[n] = v;
                    hug[n++] = true;
                }
            }
            return sorted(at, hug, n);
        }

        private static int outside(double[] at, boolean[] hug, int n, double edge, double clearance, double limit) {
            double v = edge + clearance;
            if (clearance < 0 ? v >= limit : v <= limit) {
                at[n] = v;
                hug[n] = true;
                return n + 1;
            }
            if (edge != limit) {
                at[n] = (edge + limit) / 2;
                return n + 1;
            }
            return n;
        }

        /** Sorted without repeats; a line that is both through a middle and hugging counts as a middle. */
        private static Axis sorted(double[] at, boolean[] hug, int n) {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(at[a], at[b]));
            double[] values = new double[n];
            boolean[] hugs = new boolean[n];
            int k = 0;
            for (int i : order) {
                if (k > 0 && values[k - 1] == at[i]) {
                    hugs[k - 1] &= hug[i];
                } else {
                    values[k] = at[i];
                    hugs[k++] = hug[i];
                }
            }
            return new Axis(Arrays.copyOf(values, k), Arrays.copyOf(hugs, k));
        }
    }

    final Axis xs;
    final Axis ys;
    final int columns;
    final int rows;
    /** The step from a node to its right-hand neighbour, and the step down to the node below, pass through a box. */
    private final boolean[] eastBlocked;
    private final boolean[] southBlocked;

    SearchGrid(Axis xs, Axis ys, List<Rect> boxes) {
        this.xs = xs;
        this.ys = ys;
        columns = xs.at().length;
        rows = ys.at().length;
        eastBlocked = new boolean[columns * rows];
        southBlocked = new boolean[columns * rows];
        for (Rect box : boxes) {
            block(box);
        }
    }

    int nodes() {
        return columns * rows;
    }

    Point point(int node) {
        return new Point(xs.at()[node % columns], ys.at()[node / columns]);
    }

    boolean eastBlocked(int node) {
        return eastBlocked[node];
    }

    boolean southBlocked(int node) {
        return southBlocked[node];
    }

    /** Marks every step whose inside passes through the inside of {@code box}. */
    private void block(Rect box) {
        double[] x = xs.at();
        double[] y = ys.at();
        int firstRow = above(y, box.y());
        int lastRow = below(y, box.maxY());
        int firstStep = Math.max(0, above(x, box.x()) - 1);
        int lastStep = Math.min(columns - 2, below(x, box.maxX()));
        for (int r = firstRow; r <= lastRow; r++) {
            for (int c = firstStep; c <= lastStep; c++) {
                eastBlocked[r * columns + c] = true;
            }
        }
        int firstColumn = above(x, box.x());
        int lastColumn = below(x, box.maxX());
        int firstRise = Math.max(0, above(y, box.y()) - 1);
        int lastRise = Math.min(rows - 2, below(y, box.maxY()));
        for (int r = firstRise; r <= lastRise; r++) {
            for (int c = firstColumn; c <= lastColumn; c++) {
                southBlocked[r * columns + c] = true;
            }
        }
    }

    /** The index of the first value greater than {@code v} (the length when there is none). */
    private static int above(double[] values, double v) {
        int i = Arrays.binarySearch(values, v);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The index of the last value less than {@code v} (-1 when there is none). */
    private static int below(double[] values, double v) {
        int i = Arrays.binarySearch(values, v);
        return i >= 0 ? i - 1 : -i - 2;
    }
}
