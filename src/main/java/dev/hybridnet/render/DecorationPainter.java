package dev.hybridnet.render;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.Waypoints;
import dev.hybridnet.validation.Finding;
import dev.hybridnet.validation.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finding badges, hover and selection outlines with resize handles, and a selected route's waypoint handles. */
final class DecorationPainter {

    static final double BADGE_RADIUS = 8;

    private DecorationPainter() {
    }

    static List<Shape> badges(Diagram d, List<Finding> findings) {
        Map<String, Severity> worst = new LinkedHashMap<>();
        for (Finding f : findings) {
            for (String id : f.elements()) {
                if (d.element(id).isPresent() && f.severity() != Severity.INFO) {
                    worst.merge(id, f.severity(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
                }
            }
        }
        List<Shape> shapes = new ArrayList<>();
        for (Element e : d.elements()) {
            Severity severity = worst.get(e.id());
            if (severity != null) {
                shapes.add(badge(e, severity));
            }
        }
        return shapes;
    }

    private static Shape badge(Element e, Severity severity) {
        Rect b = e.bounds();
        Point c = new Point(b.maxX() - 2, b.y() + 2);
        Color color = severity == Severity.ERROR ? Palette.ERROR : Palette.WARNING;
        return new Shape.Group("badge-" + e.id(), "badge-" + severity.id(), List.of(
                new Shape.Path(List.of(new PathSegment.Circle(c, BADGE_RADIUS)),
                        Style.fillAndStroke(color, Color.WHITE, 1.5), false),
                new Shape.Text(new Point(c.x(), c.y() + 4.5), "!", Font.sansBold(12), Color.WHITE,
                        Shape.Anchor.MIDDLE)));
    }

    static List<Shape> hover(Diagram d, Optional<String> hover) {
        return hover.flatMap(d::element).map(e -> List.<Shape>of(new Shape.Group("hover-" + e.id(), "hover",
                List.of(new Shape.Box(grow(e.bounds(), 2), 3, Style.stroke(Palette.SELECTION.withAlpha(0.45), 2))))))
                .orElse(List.of());
    }

    /** Outlines of the selected elements, handles on selected containers, and selected connections' routes. */
    static List<Shape> selection(Scene scene, java.util.Set<String> selected) {
        Diagram d = scene.diagram();
        List<Shape> shapes = new ArrayList<>();
        for (Element e : d.elements()) {
            if (selected.contains(e.id())) {
                List<Shape> parts = new ArrayList<>();
                parts.add(new Shape.Box(grow(e.bounds(), 3), 0, Style.stroke(Palette.SELECTION, 1.5).dashed(4, 3)));
                if (Catalog.of(e.kind()).resizable()) {
                    double size = ResizeHandles.SIZE;
                    for (Point p : ResizeHandles.of(e.bounds())) {
                        parts.add(new Shape.Box(new Rect(p.x() - size / 2, p.y() - size / 2, size, size), 0,
                                Style.fillAndStroke(Color.WHITE, Palette.SELECTION, 1.5)));
                    }
                }
                shapes.add(new Shape.Group("selection-" + e.id(), "selection", parts));
            }
        }
        for (Connection c : d.connections()) {
            if (selected.contains(c.id())) {
                List<Shape> parts = new ArrayList<>();
                parts.add(new Shape.Polyline(scene.route(c), Style.stroke(Palette.SELECTION, 2).dashed(4, 3)));
                List<Point> waypoints = Waypoints.of(c);
                for (WaypointHandles.Add add : WaypointHandles.adds(scene.route(c), waypoints)) {
                    parts.add(circle(add.at(), WaypointHandles.ADD_RADIUS,
                            Style.fillAndStroke(Palette.SELECTION.withAlpha(0.35), Palette.SELECTION, 1)));
                }
                for (Point p : waypoints) {
                    parts.add(circle(p, WaypointHandles.RADIUS, Style.fillAndStroke(Color.WHITE, Palette.SELECTION,
                            1.5)));
                }
                shapes.add(new Shape.Group("selection-" + c.id(), "selection", parts));
            }
        }
        return shapes;
    }

    private static Shape circle(Point at, double radius, Style style) {
        return new Shape.Path(List.of(new PathSegment.Circle(at, radius)), style, false);
    }

    static Rect grow(Rect r, double by) {
        return new Rect(r.x() - by, r.y() - by, r.width() + 2 * by, r.height() + 2 * by);
    }
}
