package dev.hybridnet.editor;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.geometry.Segments;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.Waypoints;
import dev.hybridnet.render.Scene;
import dev.hybridnet.render.Shape;
import dev.hybridnet.render.WaypointHandles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Hit testing in world coordinates against what the renderer drew (its {@link Scene}), topmost first, so that what
 * is on top on the canvas is what is hit: icons, then connections, then networks and subnets, inner above outer.
 * Icons and containers are hit by their box, connections within a tolerance of the route they were drawn along,
 * handles by their square plus the tolerance. The editor keeps its scene, so a hit test draws nothing.
 */
public final class Hits {

    private Hits() {
    }

    /** The topmost thing at {@code p}: a handle of a selected container first, then elements and connections. */
    public static Hit at(Scene scene, Point p, Set<String> selection, double tolerance) {
        Diagram d = scene.diagram();
        Optional<Hit.OnHandle> handle = handleAt(d, p, selection, tolerance);
        if (handle.isPresent()) {
            return handle.get();
        }
        Optional<Hit.OnWaypoint> waypoint = waypointAt(scene, p, selection, tolerance);
        if (waypoint.isPresent()) {
            return waypoint.get();
        }
        List<Shape.Group> drawn = scene.groups();
        for (int i = drawn.size() - 1; i >= 0; i--) {
            String id = drawn.get(i).id();
            if (d.element(id).filter(e -> e.bounds().contains(p)).isPresent()) {
                return new Hit.OnElement(id);
            }
            if (near(scene, d.connection(id), p, tolerance)) {
                return new Hit.OnConnection(id);
            }
        }
        return new Hit.Nothing();
    }

    /** The topmost element at {@code p}. */
    public static Optional<Element> elementAt(Scene scene, Point p) {
        return elementsAt(scene, p).stream().findFirst();
    }

    /** Every element whose box holds {@code p}, topmost first. */
    public static List<Element> elementsAt(Scene scene, Point p) {
        List<Shape.Group> drawn = scene.groups();
        List<Element> result = new ArrayList<>();
        for (int i = drawn.size() - 1; i >= 0; i--) {
            scene.diagram().element(drawn.get(i).id()).filter(e -> e.bounds().contains(p)).ifPresent(result::add);
        }
        return result;
    }

    /** The networks and subnets at {@code p}, innermost first, leaving out {@code excluded} and their contents. */
    public static List<Element> containersAt(Scene scene, Point p, Collection<String> excluded) {
        Set<String> skip = new LinkedHashSet<>();
        for (String id : excluded) {
            skip.add(id);
            scene.diagram().descendantsOf(id).forEach(e -> skip.add(e.id()));
        }
        return elementsAt(scene, p).stream().filter(e -> isContainer(e) && !skip.contains(e.id())).toList();
    }

    /** The topmost connection whose route passes within {@code tolerance} of {@code p}. */
    public static Optional<Connection> connectionAt(Scene scene, Point p, double tolerance) {
        List<Shape.Group> drawn = scene.groups();
        for (int i = drawn.size() - 1; i >= 0; i--) {
            Optional<Connection> c = scene.diagram().connection(drawn.get(i).id());
            if (near(scene, c, p, tolerance)) {
                return c;
            }
        }
        return Optional.empty();
    }

    /** Whether {@code c} is a connection whose drawn route passes within {@code tolerance} of {@code p}. */
    private static boolean near(Scene scene, Optional<Connection> c, Point p, double tolerance) {
        if (c.isEmpty()) {
            return false;
        }
        List<Point> route = scene.route(c.get());
        for (int k = 1; k < route.size(); k++) {
            if (distanceToSegment(p, route.get(k - 1), route.get(k)) <= tolerance) {
                return true;
            }
        }
        return false;
    }

    /** The resize handle at {@code p} of a selected network or subnet. */
    public static Optional<Hit.OnHandle> handleAt(Diagram d, Point p, Set<String> selection, double tolerance) {
        double reach = Handle.SIZE / 2 + tolerance;
        for (String id : selection) {
            Optional<Element> e = d.element(id).filter(x -> Catalog.of(x.kind()).resizable());
            for (Handle h : Handle.values()) {
                if (e.isPresent() && Math.abs(h.at(e.get().bounds()).x() - p.x()) <= reach
                        && Math.abs(h.at(e.get().bounds()).y() - p.y()) <= reach) {
                    return Optional.of(new Hit.OnHandle(id, h));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The waypoint handle, else the "add" handle, at {@code p} of a selected connection's route
     * ({@link WaypointHandles}).
     */
    public static Optional<Hit.OnWaypoint> waypointAt(Scene scene, Point p, Set<String> selection,
            double tolerance) {
        for (String id : selection) {
            Optional<Connection> c = scene.diagram().connection(id);
            if (c.isEmpty()) {
                continue;
            }
            List<Point> waypoints = Waypoints.of(c.get());
            for (int i = waypoints.size() - 1; i >= 0; i--) {
                if (Segments.length(waypoints.get(i), p) <= WaypointHandles.RADIUS + tolerance) {
                    return Optional.of(new Hit.OnWaypoint(id, i, false));
                }
            }
            for (WaypointHandles.Add add : WaypointHandles.adds(scene.route(c.get()), waypoints)) {
                if (Segments.length(add.at(), p) <= WaypointHandles.ADD_RADIUS + tolerance) {
                    return Optional.of(new Hit.OnWaypoint(id, add.index(), true));
                }
            }
        }
        return Optional.empty();
    }

    /** The elements lying wholly inside {@code band}, without those whose container is also inside. */
    public static Set<String> inside(Diagram d, Rect band) {
        Set<String> result = new LinkedHashSet<>();
        for (Element e : d.elements()) {
            boolean containerInside = d.ancestorsOf(e.id()).stream().anyMatch(a -> band.contains(a.bounds()));
            if (band.contains(e.bounds()) && !containerInside) {
                result.add(e.id());
            }
        }
        return result;
    }

    static boolean isContainer(Element e) {
        return Catalog.of(e.kind()).container();
    }

    static double distanceToSegment(Point p, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0
                : Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / lengthSquared));
        return Math.hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
    }
}
