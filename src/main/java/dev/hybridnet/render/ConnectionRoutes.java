package dev.hybridnet.render;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.geometry.Obstacles;
import dev.hybridnet.geometry.OrthogonalRouter;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.geometry.RouteSearch;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Waypoints;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where each connection of a diagram runs in the full style, computed from the current bounds of its two ends, so
 * a connection follows its elements when they move. Routes go around the boxes of the diagram: every icon and the
 * strip its name takes below it, every network and subnet except those around either end, and the headings of
 * those. The simple candidates of {@link OrthogonalRouter} come first (spread along shared sides by {@link Ports});
 * what they cannot route is searched ({@link Buses}, a hub's peerings as a bus); what no search routes gets the
 * orthogonal fallback. A connection with waypoints runs through them ({@link OrthogonalRouter#through}) and takes
 * no part in the rest. The renderer computes them once a drawing; the selection outline and hit testing take them from
 * its {@link Scene}.
 */
public final class ConnectionRoutes {

    private final Map<String, List<Point>> routes;
    private final Obstacles obstacles;
    private final List<Element> owners;

    private ConnectionRoutes(Map<String, List<Point>> routes, Obstacles obstacles, List<Element> owners) {
        this.routes = routes;
        this.obstacles = obstacles;
        this.owners = owners;
    }

    /**
     * The routes of {@code diagram}: linear in the number of elements and connections for those the simple
     * candidates route, bounded work for the rest ({@link RouteSearch}).
     */
    public static ConnectionRoutes of(Diagram diagram) {
        Objects.requireNonNull(diagram, "diagram");
        if (diagram.connections().isEmpty()) {
            return new ConnectionRoutes(Map.of(), Obstacles.none(), List.of());
        }
        List<Element> owners = new ArrayList<>(diagram.elements().size() * 2);
        Obstacles obstacles = Obstacles.of(obstacles(diagram, owners));
        Map<String, List<Point>> orthogonal = new HashMap<>(diagram.connections().size() * 2);
        Map<String, List<Point>> placed = new HashMap<>();
        for (Connection c : diagram.connections()) {
            List<Point> waypoints = Waypoints.of(c);
            if (!waypoints.isEmpty()) {
                placed.put(c.id(), OrthogonalRouter.through(box(diagram, c.from()), waypoints, box(diagram, c.to())));
                continue;
            }
            OrthogonalRouter.orthogonal(box(diagram, c.from()), box(diagram, c.to()), obstacles)
                    .ifPresent(route -> orthogonal.put(c.id(), route));
        }
        Buses buses = Buses.of(diagram, orthogonal.keySet(), placed.keySet());
        Map<String, List<Point>> kept = new HashMap<>(orthogonal);
        kept.keySet().removeAll(buses.searched());
        Map<String, List<Point>> routes = Ports.spread(diagram, kept, obstacles);
        routes.putAll(placed);
        if (buses.any()) {
            buses.route(new RouteSearch(obstacles), obstacles, routes);
        }
        for (Connection c : diagram.connections()) {
            // A bus member the search missed keeps its simple route; what has neither gets the fallback, which
            // crosses what is in the way but never runs slanted.
            routes.computeIfAbsent(c.id(), id -> orthogonal.getOrDefault(id, OrthogonalRouter.fallback(
                    box(diagram, c.from()), box(diagram, c.to()))));
        }
        return new ConnectionRoutes(routes, obstacles, owners);
    }

    /** The points of {@code c}'s line, from its {@code from} end to its {@code to} end; it must be in the diagram. */
    public List<Point> route(Connection c) {
        List<Point> route = routes.get(c.id());
        if (route == null) {
            throw new IllegalArgumentException("connection '" + c.id() + "' is not in the diagram");
        }
        return route;
    }

    /** The boxes the routes go around ({@link #obstacles(Diagram, List)}), indexed. */
    Obstacles obstacles() {
        return obstacles;
    }

    /** The element box {@code i} of {@link #obstacles()} belongs to: the element, or the icon whose name it is. */
    Element owner(int i) {
        return owners.get(i);
    }

    static Rect box(Diagram d, String id) {
        return d.element(id).orElseThrow().bounds();
    }

    /**
     * Every box of the diagram; for each icon also the strip of its name, as a separate box: the icon itself never
     * blocks its own connections (it is an end), but its name does, so no route enters an icon from below; and for
     * each network around an end of a connection its heading, which blocks even the routes that may enter the
     * network. {@code owners} receives the element each box belongs to.
     */
    static List<Rect> obstacles(Diagram d, List<Element> owners) {
        Set<String> around = new HashSet<>();
        for (Connection c : d.connections()) {
            d.ancestorsOf(c.from()).forEach(e -> around.add(e.id()));
            d.ancestorsOf(c.to()).forEach(e -> around.add(e.id()));
        }
        List<Rect> boxes = new ArrayList<>(d.elements().size() * 2);
        for (Element e : d.elements()) {
            if (e.kind() == ElementKind.GROUP) {
                // A frame is drawn behind what it frames; routes cross its border freely.
                continue;
            }
            Rect b = e.bounds();
            boxes.add(b);
            owners.add(e);
            if (around.contains(e.id())) {
                // Only a network around an end lets routes in; the heading of any other is inside its blocking box.
                boxes.add(LabelPlaces.heading(e));
                owners.add(e);
            } else if (!Catalog.of(e.kind()).container() && !e.kind().isAnnotation()) {
                if (!e.name().isEmpty()) {
                    boxes.add(Labels.iconNameStrip(e));
                    owners.add(e);
                }
            }
        }
        return boxes;
    }
}
