package dev.hybridnet.editor;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.render.GestureMarks.Guide;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Smart guides for a box being moved among its siblings: when its left edge, centre or right edge (top, middle,
 * bottom) comes near the same line of a sibling or of the container (its edges and centre), it snaps there and a
 * guide is drawn across both; when its gap to a neighbour in its row (column) comes near another gap of that row, or it sits nearly
 * midway between two neighbours, it snaps to the equal gap and the equal gaps are marked.
 *
 * <p>Built once per drag from the siblings' boxes: the lines of each axis are kept sorted, so a pointer move looks
 * up each of the box's lines by binary search. The gap search and the drawing of a guide scan the siblings once, a
 * few tens of microseconds for 2,000 of them ({@code GuidesBenchmark}).
 */
public final class Guides {

    /** How near, in screen pixels, a line must come to snap: the same distance at any zoom. */
    public static final double SNAP_PIXELS = 6;

    private final List<Rect> boxes;
    private final Optional<Rect> container;
    private final Lines xs;
    private final Lines ys;

    /**
     * Where a moved box snaps: the offsets to add to its position on each axis (empty where it did not snap) and
     * the guides to draw.
     */
    public record Snap(OptionalDouble dx, OptionalDouble dy, List<Guide> guides) {
        public Snap {
            guides = List.copyOf(guides);
        }

        static final Snap NONE = new Snap(OptionalDouble.empty(), OptionalDouble.empty(), List.of());
    }

    private Guides(List<Rect> boxes, Optional<Rect> container) {
        this.boxes = List.copyOf(boxes);
        this.container = container;
        this.xs = new Lines(this.boxes, container, Axis.X);
        this.ys = new Lines(this.boxes, container, Axis.Y);
    }

    /** Guides among {@code siblings}, inside {@code container} (empty at the top level, which has no edges). */
    public static Guides of(List<Rect> siblings, Optional<Rect> container) {
        return new Guides(siblings, container);
    }

    /**
     * Guides for moving elements of the container {@code parent} (empty: the top level): its other elements, those
     * of {@code moving} and their contents left out, and its edges.
     */
    public static Guides among(Diagram d, Optional<String> parent, Collection<String> moving) {
        Set<String> skip = new HashSet<>(moving);
        List<Rect> siblings = new ArrayList<>();
        for (Element e : parent.map(d::childrenOf).orElseGet(d::roots)) {
            if (!skip.contains(e.id())) {
                siblings.add(e.bounds());
            }
        }
        return new Guides(siblings, parent.flatMap(d::element).map(Element::bounds));
    }

    /** How many sibling boxes the guides look at. */
    public int size() {
        return boxes.size();
    }

    /**
     * Snaps {@code box} (where the pointer would put it) to the nearest line or equal gap within {@code tolerance}
     * canvas units on each axis; {@code pixel} is a screen pixel in canvas units, for the marks.
     */
    public Snap snap(Rect box, double tolerance, double pixel) {
        Candidate x = best(xs.nearest(box, tolerance), gap(box, Axis.X, tolerance));
        Candidate y = best(ys.nearest(box, tolerance), gap(box, Axis.Y, tolerance));
        if (x == null && y == null) {
            return Snap.NONE;
        }
        Rect snapped = box.movedBy(x == null ? 0 : x.offset, y == null ? 0 : y.offset);
        List<Guide> marks = new ArrayList<>();
        if (x != null) {
            marks.addAll(x.gaps ? gapMarks(snapped, Axis.X, pixel) : xs.lines(snapped, pixel));
        }
        if (y != null) {
            marks.addAll(y.gaps ? gapMarks(snapped, Axis.Y, pixel) : ys.lines(snapped, pixel));
        }
        return new Snap(x == null ? OptionalDouble.empty() : OptionalDouble.of(x.offset),
                y == null ? OptionalDouble.empty() : OptionalDouble.of(y.offset), marks);
    }

    /**
     * Where one edge being dragged (a resize) snaps: the line within {@code tolerance} of {@code value} nearest to
     * it, on the vertical lines ({@code vertical}: left edges, centres, right edges) or the horizontal ones; empty
     * when none is that near.
     */
    public OptionalDouble edge(boolean vertical, double value, double tolerance) {
        return (vertical ? xs : ys).nearestTo(value, tolerance);
    }

    /** The guide across {@code box} and every sibling with a line at {@code value}, if any has one. */
    public List<Guide> edgeGuide(boolean vertical, double value, Rect box, double pixel) {
        return (vertical ? xs : ys).at(value, box, pixel).map(List::of).orElse(List.of());
    }

    /** A way to snap on one axis: the offset, and whether it makes gaps equal rather than lines meet. */
    private record Candidate(double offset, boolean gaps) {
    }

    /** The smaller offset; a line beats a gap at the same distance. */
    private static Candidate best(Candidate line, Candidate gap) {
        if (line == null) {
            return gap;
        }
        if (gap == null) {
            return line;
        }
        return Math.abs(gap.offset) < Math.abs(line.offset) ? gap : line;
    }

    // ---- equal gaps ----

    /** The neighbours of {@code box} in its row (axis X) or column (axis Y): before and after it, nearest first. */
    private record Row(List<Rect> before, List<Rect> after) {
    }

    private Row row(Rect box, Axis a, double tolerance) {
        Rect nearBefore = null;
        Rect nearAfter = null;
        List<Rect> members = new ArrayList<>();
        for (Rect r : boxes) {
            if (a.crossLo(r) < a.crossHi(box) && a.crossHi(r) > a.crossLo(box)) {
                members.add(r);
            }
        }
        for (Rect r : members) {
            if (a.hi(r) <= a.lo(box) + tolerance && a.lo(r) < a.lo(box)
                    && (nearBefore == null || a.hi(r) > a.hi(nearBefore))) {
                nearBefore = r;
            }
            if (a.lo(r) >= a.hi(box) - tolerance && a.hi(r) > a.hi(box)
                    && (nearAfter == null || a.lo(r) < a.lo(nearAfter))) {
                nearAfter = r;
            }
        }
        List<Rect> before = new ArrayList<>();
        List<Rect> after = new ArrayList<>();
        if (nearBefore != null) {
            before.add(nearBefore);
            next(members, nearBefore, a, true).ifPresent(before::add);
        }
        if (nearAfter != null) {
            after.add(nearAfter);
            next(members, nearAfter, a, false).ifPresent(after::add);
        }
        return new Row(before, after);
    }

    /** The member nearest to {@code from} on the side before it (or after it) that does not overlap it there. */
    private static Optional<Rect> next(List<Rect> members, Rect from, Axis a, boolean before) {
        Rect found = null;
        for (Rect r : members) {
            if (before && a.hi(r) <= a.lo(from) && (found == null || a.hi(r) > a.hi(found))) {
                found = r;
            }
            if (!before && a.lo(r) >= a.hi(from) && (found == null || a.lo(r) < a.lo(found))) {
                found = r;
            }
        }
        return Optional.ofNullable(found);
    }

    private Candidate gap(Rect box, Axis a, double tolerance) {
        Row row = row(box, a, tolerance);
        double best = Double.POSITIVE_INFINITY;
        List<Double> wanted = new ArrayList<>(3);
        if (row.before.size() > 0 && row.after.size() > 0) {
            double room = a.lo(row.after.get(0)) - a.hi(row.before.get(0)) - a.size(box);
            if (room >= 0) {
                wanted.add(a.hi(row.before.get(0)) + room / 2);
            }
        }
        if (row.before.size() == 2) {
            wanted.add(a.hi(row.before.get(0)) + a.lo(row.before.get(0)) - a.hi(row.before.get(1)));
        }
        if (row.after.size() == 2) {
            wanted.add(a.lo(row.after.get(0)) - (a.lo(row.after.get(1)) - a.hi(row.after.get(0))) - a.size(box));
        }
        for (double lo : wanted) {
            double offset = lo - a.lo(box);
            if (Math.abs(offset) <= tolerance && Math.abs(offset) < Math.abs(best)) {
                best = offset;
            }
        }
        return Double.isFinite(best) ? new Candidate(best, true) : null;
    }

    /** The marks of the equal gaps around {@code box}, which has snapped to one: every gap of that width. */
    private List<Guide> gapMarks(Rect box, Axis a, double pixel) {
        Row row = row(box, a, pixel / 2);
        List<double[]> gaps = new ArrayList<>(4); // {from, to, across}
        List<Rect> chain = new ArrayList<>(5);
        for (int i = row.before.size() - 1; i >= 0; i--) {
            chain.add(row.before.get(i));
        }
        int mine = chain.size();
        chain.add(box);
        chain.addAll(row.after);
        for (int i = 0; i + 1 < chain.size(); i++) {
            Rect p = chain.get(i);
            Rect q = chain.get(i + 1);
            gaps.add(new double[] {a.hi(p), a.lo(q), middle(a, p, q)});
        }
        List<Guide> marks = new ArrayList<>(4);
        for (int adjacent : new int[] {mine - 1, mine}) {
            if (adjacent < 0 || adjacent >= gaps.size() || !marks.isEmpty()) {
                continue;
            }
            double width = gaps.get(adjacent)[1] - gaps.get(adjacent)[0];
            List<double[]> same = gaps.stream().filter(g -> Math.abs(g[1] - g[0] - width) < 0.5).toList();
            if (width > 0 && same.size() >= 2) {
                same.forEach(g -> marks.add(new Guide(Guide.Kind.GAP, a.point(g[0], g[2]), a.point(g[1], g[2]),
                        pixel)));
            }
        }
        return marks;
    }

    /** The middle of the stretch, across the axis, that two boxes share (or of both when they share none). */
    private static double middle(Axis a, Rect p, Rect q) {
        double lo = Math.max(a.crossLo(p), a.crossLo(q));
        double hi = Math.min(a.crossHi(p), a.crossHi(q));
        return lo <= hi ? (lo + hi) / 2 : (a.crossLo(p) + a.crossHi(q)) / 2;
    }

    // ---- lines ----

    /** The two axes: X snaps left edges, centres and right edges; Y tops, middles and bottoms. */
    enum Axis {
        X, Y;

        double lo(Rect r) {
            return this == X ? r.x() : r.y();
        }

        double hi(Rect r) {
            return this == X ? r.maxX() : r.maxY();
        }

        double size(Rect r) {
            return this == X ? r.width() : r.height();
        }

        double crossLo(Rect r) {
            return this == X ? r.y() : r.x();
        }

        double crossHi(Rect r) {
            return this == X ? r.maxY() : r.maxX();
        }

        Point point(double along, double across) {
            return this == X ? new Point(along, across) : new Point(across, along);
        }
    }

    /**
     * The lines of one axis, sorted: three per sibling and three for the container. Only the values are sorted (a
     * primitive sort); the boxes on a line are looked up again when its guide is drawn.
     */
    private static final class Lines {

        private final Axis axis;
        private final double[] values;
        private final List<Rect> owners;

        Lines(List<Rect> boxes, Optional<Rect> container, Axis axis) {
            this.axis = axis;
            List<Rect> all = new ArrayList<>(boxes);
            container.ifPresent(all::add);
            this.owners = all;
            values = new double[all.size() * 3];
            int i = 0;
            for (Rect r : all) {
                values[i++] = axis.lo(r);
                values[i++] = (axis.lo(r) + axis.hi(r)) / 2;
                values[i++] = axis.hi(r);
            }
            Arrays.sort(values);
        }

        private static double[] stops(Rect r, Axis a) {
            return new double[] {a.lo(r), (a.lo(r) + a.hi(r)) / 2, a.hi(r)};
        }

        /** The smallest offset that puts one of the box's lines on a sibling's, within the tolerance. */
        Candidate nearest(Rect box, double tolerance) {
            double best = Double.POSITIVE_INFINITY;
            for (double stop : stops(box, axis)) {
                int k = lowerBound(stop - tolerance);
                for (; k < values.length && values[k] <= stop + tolerance; k++) {
                    double offset = values[k] - stop;
                    if (Math.abs(offset) < Math.abs(best)) {
                        best = offset;
                    }
                }
            }
            return Double.isFinite(best) ? new Candidate(best, false) : null;
        }

        /** The offset from {@code value} to the nearest line within the tolerance. */
        OptionalDouble nearestTo(double value, double tolerance) {
            double best = Double.POSITIVE_INFINITY;
            for (int k = lowerBound(value - tolerance); k < values.length && values[k] <= value + tolerance; k++) {
                if (Math.abs(values[k] - value) < Math.abs(best)) {
                    best = values[k] - value;
                }
            }
            return Double.isFinite(best) ? OptionalDouble.of(best) : OptionalDouble.empty();
        }

        /** A guide for every line of the box that lies on a sibling's, across the box and every such sibling. */
        List<Guide> lines(Rect box, double pixel) {
            List<Guide> guides = new ArrayList<>(3);
            double[] stops = stops(box, axis);
            for (int s = 0; s < 3; s++) {
                if (s == 1 && stops[0] == stops[1]) {
                    continue;
                }
                at(stops[s], box, pixel).ifPresent(guides::add);
            }
            return guides;
        }

        /** The guide along the line {@code v} across the box and the siblings with a line there; empty if none. */
        Optional<Guide> at(double v, Rect box, double pixel) {
            int k = lowerBound(v - 1e-6);
            if (k == values.length || values[k] > v + 1e-6) {
                return Optional.empty();
            }
            double lo = axis.crossLo(box);
            double hi = axis.crossHi(box);
            for (Rect r : owners) {
                for (double stop : stops(r, axis)) {
                    if (Math.abs(stop - v) <= 1e-6) {
                        lo = Math.min(lo, axis.crossLo(r));
                        hi = Math.max(hi, axis.crossHi(r));
                    }
                }
            }
            return Optional.of(new Guide(Guide.Kind.LINE, axis.point(v, lo), axis.point(v, hi), pixel));
        }

        /** The first index whose value is at least {@code v}. */
        private int lowerBound(double v) {
            int lo = 0;
            int hi = values.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (values[mid] < v) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
