package dev.hybridnet.render;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The marks of an editing gesture in progress, drawn over everything else: a rubber band, the container or
 * element a drag would land on (marked legal or illegal), a connection being drawn, and the smart guides of a move
 * (lines where edges or centres line up, and marks on gaps of equal width). Exports never carry them.
 */
public record GestureMarks(Optional<Rect> rubberBand, Optional<Target> target, Optional<Line> line,
        List<Guide> guides) {

    /** Whether a mark says "this works", "this is refused" or nothing yet. */
    public enum Tone { NEUTRAL, LEGAL, ILLEGAL }

    /** The element a drop or a connection would land on. */
    public record Target(String id, Tone tone) {
        public Target {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(tone, "tone");
        }
    }

    /** A connection being drawn, from the edge of its source to the pointer. */
    public record Line(Point from, Point to, Tone tone) {
        public Line {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(tone, "tone");
        }
    }

    /**
     * A smart guide, from {@code from} to {@code to} in canvas units: a {@code LINE} across the boxes whose edges or
     * centres line up, or a {@code GAP} across the space between two neighbours, one of several of the same width.
     * {@code pixel} is the size of a screen pixel in canvas units, so that the mark is as thin at any zoom.
     */
    public record Guide(Kind kind, Point from, Point to, double pixel) {
        public enum Kind { LINE, GAP }

        public Guide {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!(pixel > 0) || !Double.isFinite(pixel)) {
                throw new IllegalArgumentException("pixel must be positive and finite");
            }
        }
    }

    public GestureMarks {
        Objects.requireNonNull(rubberBand, "rubberBand");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(line, "line");
        guides = List.copyOf(guides);
    }

    // equals and hashCode written out, as a record's own would be (see geometry.Point): the record's own are linked
    // through a method handle bootstrap at first use, which costs more than every comparison of a window's start.
    @Override
    public boolean equals(Object o) {
        return o instanceof GestureMarks m && rubberBand.equals(m.rubberBand) && target.equals(m.target)
                && line.equals(m.line) && guides.equals(m.guides);
    }

    @Override
    public int hashCode() {
        return ((31 * rubberBand.hashCode() + target.hashCode()) * 31 + line.hashCode()) * 31 + guides.hashCode();
    }

    /** Marks without guides. */
    public GestureMarks(Optional<Rect> rubberBand, Optional<Target> target, Optional<Line> line) {
        this(rubberBand, target, line, List.of());
    }

    public static GestureMarks none() {
        return new GestureMarks(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** These marks with {@code more} guides. */
    public GestureMarks withGuides(List<Guide> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Guide> all = new java.util.ArrayList<>(guides);
        all.addAll(more);
        return new GestureMarks(rubberBand, target, line, all);
    }

    public boolean isEmpty() {
        return rubberBand.isEmpty() && target.isEmpty() && line.isEmpty() && guides.isEmpty();
    }
}
