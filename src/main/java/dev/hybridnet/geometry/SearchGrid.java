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
            double[] e = distinct(edges, edges.length, min, max);
            double[] middles = new double[e.length + 1];
            double[] hugging = new double[extras.length + 2];
            int m = 0;
            int h = 0;
            if (e.length == 0) {
                middles[m++] = (min + max) / 2;
            } else {
                double last = e[e.length - 1];
                if (e[0] - clearance >= min) {
                    hugging[h++] = e[0] - clearance;
                } else if (e[0] != min) {
                    middles[m++] = (min + e[0]) / 2;
                }
                for (int i = 1; i < e.length; i++) {
                    middles[m++] = (e[i - 1] + e[i]) / 2;
                }
                if (last + clearance <= max) {
                    hugging[h++] = last + clearance;
                } else if (last != max) {
                    middles[m++] = (last + max) / 2;
                }
            }
            for (double v : extras) {
                hugging[h++] = v;
            }
            return merged(distinct(middles, m, min, max), distinct(hugging, h, min, max));
        }

        /** The first {@code n} values that lie in {@code [min, max]}, sorted, without repeats. */
        private static double[] distinct(double[] values, int n, double min, double max) {
            double[] sorted = new double[n];
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (values[i] >= min && values[i] <= max) {
                    sorted[k++] = values[i];
                }
            }
            Arrays.sort(sorted, 0, k);
            int d = 0;
            for (int i = 0; i < k; i++) {
                if (d == 0 || sorted[d - 1] != sorted[i]) {
                    sorted[d++] = sorted[i];
                }
            }
            return Arrays.copyOf(sorted, d);
        }

        /** The lines through middles and the others, in one ascending list; a line that is both is a middle. */
        private static Axis merged(double[] middles, double[] hugging) {
            double[] at = new double[middles.length + hugging.length];
            boolean[] hugs = new boolean[at.length];
            int i = 0;
            int j = 0;
            int n = 0;
            while (i < middles.length || j < hugging.length) {
                if (j == hugging.length || i < middles.length && middles[i] <= hugging[j]) {
                    if (j < hugging.length && middles[i] == hugging[j]) {
                        j++;
                    }
                    at[n++] = middles[i++];
                } else {
                    hugs[n] = true;
                    at[n++] = hugging[j++];
                }
            }
            return new Axis(Arrays.copyOf(at, n), Arrays.copyOf(hugs, n));
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
        mark(eastBlocked, above(y, box.y()), below(y, box.maxY()), Math.max(0, above(x, box.x()) - 1),
                Math.min(columns - 2, below(x, box.maxX())));
        mark(southBlocked, Math.max(0, above(y, box.y()) - 1), Math.min(rows - 2, below(y, box.maxY())),
                above(x, box.x()), below(x, box.maxX()));
    }

    /** Marks the nodes of rows {@code r0..r1} and columns {@code c0..c1}, where they exist. */
    private void mark(boolean[] blocked, int r0, int r1, int c0, int c1) {
        for (int r = r0; r <= r1; r++) {
            Arrays.fill(blocked, r * columns + c0, Math.max(r * columns + c0, r * columns + c1 + 1), true);
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
