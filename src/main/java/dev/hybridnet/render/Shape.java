package dev.hybridnet.render;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a {@link Drawing}: the closed set of things the canvas and the exporters know how to paint. Every
 * consumer handles every kind (a test over {@code getPermittedSubclasses()}, run against each back end, guards
 * this). Geometry is resolved before a shape is made (see {@link Arrow}), so a back end only translates shapes.
 */
public sealed interface Shape permits Shape.Box, Shape.Path, Shape.Polyline, Shape.Polygon, Shape.Text, Shape.Icon,
        Shape.Group {

    /** A rectangle, optionally with rounded corners. */
    record Box(Rect bounds, double cornerRadius, Style style) implements Shape {
        public Box {
            Objects.requireNonNull(bounds, "bounds");
            Objects.requireNonNull(style, "style");
        }
    }

    /** An outline of lines and circles, filled with {@code evenOdd} or non-zero winding. */
    record Path(List<PathSegment> segments, Style style, boolean evenOdd) implements Shape {
        public Path {
            segments = List.copyOf(segments);
            Objects.requireNonNull(style, "style");
        }
    }

    /** Connected line segments, stroked, never filled. Arrows are a polyline and polygons ({@link Arrow}). */
    record Polyline(List<Point> points, Style style) implements Shape {
        public Polyline {
            points = List.copyOf(points);
            if (points.size() < 2) {
                throw new IllegalArgumentException("a polyline needs two points");
            }
            Objects.requireNonNull(style, "style");
        }
    }

    /** A closed outline through the points, such as an arrowhead. */
    record Polygon(List<Point> points, Style style) implements Shape {
        public Polygon {
            Objects.requireNonNull(style, "style");
            points = List.copyOf(points);
            if (points.size() < 3) {
                throw new IllegalArgumentException("a polygon needs three points");
            }
        }
    }

    /** A line of text; {@code at} is on the baseline, placed by {@code anchor}. */
    record Text(Point at, String text, Font font, Color color, Anchor anchor) implements Shape {
        public Text {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(font, "font");
            Objects.requireNonNull(color, "color");
            Objects.requireNonNull(anchor, "anchor");
        }
    }

    /** One of the icon set's icons, scaled into {@code bounds}. */
    record Icon(String name, Rect bounds) implements Shape {
        public Icon {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(bounds, "bounds");
        }
    }

    /**
     * Shapes that belong together: an element (with its id, so exports can say which element a group draws), a
     * connection, or a decoration. {@code role} names what the group is ("element", "connection", "badge", ...).
     */
    record Group(String id, String role, List<Shape> children) implements Shape {
        public Group {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(role, "role");
            children = List.copyOf(children);
        }
    }

    /** Horizontal placement of text relative to its point. */
    enum Anchor { START, MIDDLE, END }
}
