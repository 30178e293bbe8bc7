package dev.hybridnet.render;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import java.util.List;
import java.util.Optional;

/**
 * The area a shape covers, for culling: exact for boxes, icons, polylines, polygons and paths; an estimate for
 * text (from {@link Font#estimateWidth}, which errs wide). Strokes add half their width.
 */
public final class ShapeBounds {

    private ShapeBounds() {
    }

    public static Optional<Rect> of(Shape shape) {
        if (shape instanceof Shape.Group group) {
            return union(group.children());
        } else if (shape instanceof Shape.Box box) {
            return Optional.of(grow(box.bounds(), halfStroke(box.style())));
        } else if (shape instanceof Shape.Path path) {
            return pathBounds(path.segments()).map(r -> grow(r, halfStroke(path.style())));
        } else if (shape instanceof Shape.Polyline line) {
            return Optional.of(around(line.points(), Math.max(halfStroke(line.style()), 0.5)));
        } else if (shape instanceof Shape.Polygon polygon) {
            return Optional.of(around(polygon.points(), Math.max(halfStroke(polygon.style()), 0.5)));
        } else if (shape instanceof Shape.Text text) {
            double width = text.font().estimateWidth(text.text());
            double left = switch (text.anchor()) {
                case START -> text.at().x();
                case MIDDLE -> text.at().x() - width / 2;
                case END -> text.at().x() - width;
            };
            double size = text.font().size();
            return Optional.of(new Rect(left, text.at().y() - size, width, size * 1.3));
        } else if (shape instanceof Shape.Icon icon) {
            return Optional.of(icon.bounds());
        }
        throw new IllegalStateException("unhandled shape " + shape.getClass().getName());
    }

    /** The union of the shapes' bounds; empty when none has any. */
    public static Optional<Rect> union(List<Shape> shapes) {
        Rect result = null;
        for (Shape child : shapes) {
            Optional<Rect> r = of(child);
            if (r.isPresent()) {
                result = result == null ? r.get() : result.union(r.get());
            }
        }
        return Optional.ofNullable(result);
    }

    /** The box around the segments' points and circles; empty when there is none. */
    private static Optional<Rect> pathBounds(List<PathSegment> segments) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (PathSegment segment : segments) {
            Point at;
            double r = 0;
            if (segment instanceof PathSegment.MoveTo m) {
                at = m.to();
            } else if (segment instanceof PathSegment.LineTo l) {
                at = l.to();
            } else if (segment instanceof PathSegment.Circle c) {
                at = c.center();
                r = c.radius();
            } else {
                continue;
            }
            minX = Math.min(minX, at.x() - r);
            minY = Math.min(minY, at.y() - r);
            maxX = Math.max(maxX, at.x() + r);
            maxY = Math.max(maxY, at.y() + r);
        }
        if (minX > maxX) {
            return Optional.empty();
        }
        return Optional.of(new Rect(minX, minY, Math.max(maxX - minX, 1e-6), Math.max(maxY - minY, 1e-6)));
    }

    private static double halfStroke(Style style) {
        return style.stroke().isPresent() ? style.strokeWidth() / 2 : 0;
    }

    /** The box around the points, grown by {@code pad} on every side (so a straight line has a height). */
    private static Rect around(List<Point> points, double pad) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Point p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return new Rect(minX - pad, minY - pad, maxX - minX + 2 * pad, maxY - minY + 2 * pad);
    }

    private static Rect grow(Rect r, double by) {
        return by == 0 ? r : new Rect(r.x() - by, r.y() - by, r.width() + 2 * by, r.height() + 2 * by);
    }
}
