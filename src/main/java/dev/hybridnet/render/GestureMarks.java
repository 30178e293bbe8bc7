package dev.hybridnet.render;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import java.util.Objects;
import java.util.Optional;

/**
 * The marks of an editing gesture in progress, drawn over everything else: a rubber band, the container or
 * element a drag would land on (marked legal or illegal), and a connection being drawn. Exports never carry them.
 */
public record GestureMarks(Optional<Rect> rubberBand, Optional<Target> target, Optional<Line> line) {

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

    public GestureMarks {
        Objects.requireNonNull(rubberBand, "rubberBand");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(line, "line");
    }

    public static GestureMarks none() {
        return new GestureMarks(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean isEmpty() {
        return rubberBand.isEmpty() && target.isEmpty() && line.isEmpty();
    }
}
