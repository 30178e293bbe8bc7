package dev.hybridnet.render;

import dev.hybridnet.geometry.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One step of a {@link Shape.Path} outline, in canvas coordinates: the few kinds the renderer draws. Back ends
 * translate each kind into their own calls; nobody builds or parses path text.
 */
public sealed interface PathSegment permits PathSegment.MoveTo, PathSegment.Circle, PathSegment.LineTo,
        PathSegment.Close {

    /** Starts a new part of the outline at {@code to}. */
    record MoveTo(Point to) implements PathSegment {
        public MoveTo {
            Objects.requireNonNull(to, "to");
        }
    }

    /** A whole circle as a closed part of its own, drawn from its leftmost point as two half-circle arcs. */
    record Circle(Point center, double radius) implements PathSegment {
        public Circle {
            Objects.requireNonNull(center, "center");
            if (!(radius > 0) || !Double.isFinite(radius)) {
                throw new IllegalArgumentException("a circle's radius must be positive and finite: " + radius);
            }
        }
    }

    /** A straight line from where the outline is to {@code to}. */
    record LineTo(Point to) implements PathSegment {
        public LineTo {
            Objects.requireNonNull(to, "to");
        }
    }

    /** A straight line back to where the current part began, closing it. */
    record Close() implements PathSegment {
    }

    /** The closed outline through {@code corners}, in their order. */
    static List<PathSegment> polygon(List<Point> corners) {
        List<PathSegment> segments = new ArrayList<>(corners.size() + 1);
        for (Point corner : corners) {
            segments.add(segments.isEmpty() ? new MoveTo(corner) : new LineTo(corner));
        }
        segments.add(new Close());
        return segments;
    }
}
