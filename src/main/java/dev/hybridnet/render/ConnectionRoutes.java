package dev.hybridnet.render;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.geometry.Obstacles;
import dev.hybridnet.geometry.OrthogonalRouter;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where each connection of a diagram runs in the full style, computed from the current bounds of its two ends, so
 * a connection follows its elements when they move. Routes go around the boxes of the diagram: every icon and the
 * strip its name takes below it, and every network and subnet except those around either end. The renderer
 * computes them once a drawing; the selection outline and hit testing take them from its {@link Scene}.
 */
public final class ConnectionRoutes {

    private final Map<String, List<Point>> routes;

    private ConnectionRoutes(Map<String, List<Point>> routes) {
        this.routes = routes;
    }

    /** The routes of {@code diagram}; linear in the number of elements and connections. */
    public static ConnectionRoutes of(Diagram diagram) {
        Objects.requireNonNull(diagram, "diagram");
        if (diagram.connections().isEmpty()) {
            return new ConnectionRoutes(Map.of());
        }
        Obstacles obstacles = Obstacles.of(obstacles(diagram));
        Map<String, List<Point>> orthogonal = new HashMap<>(diagram.connections().size() * 2);
        for (Connection c : diagram.connections()) {
            OrthogonalRouter.orthogonal(box(diagram, c.from()), box(diagram, c.to()), obstacles)
                    .ifPresent(route -> orthogonal.put(c.id(), route));
        }
        Map<String, List<Point>> routes = Ports.spread(diagram, orthogonal, obstacles);
        for (Connection c : diagram.connections()) {
            routes.computeIfAbsent(c.id(), id -> OrthogonalRouter.straight(box(diagram, c.from()),
                    box(diagram, c.to())));
        }
        return new ConnectionRoutes(routes);
    }

    /** The points of {@code c}'s line, from its {@code from} end to its {@code to} end; it must be in the diagram. */
    public List<Point> route(Connection c) {
        List<Point> route = routes.get(c.id());
        if (route == null) {
            throw new IllegalArgumentException("connection '" + c.id() + "' is not in the diagram");
        }
        return route;
    }

    static Rect box(Diagram d, String id) {
        return d.element(id).orElseThrow().bounds();
    }

    /**
     * Every box of the diagram, and for each icon also the strip of its name, as a separate box: the icon itself
     * never blocks its own connections (it is an end), but its name does, so no route enters an icon from below.
     */
    static List<Rect> obstacles(Diagram d) {
        List<Rect> boxes = new ArrayList<>(d.elements().size() * 2);
        for (Element e : d.elements()) {
            Rect b = e.bounds();
            boxes.add(b);
            if (!Catalog.of(e.kind()).container()) {
                if (!e.name().isEmpty()) {
                    boxes.add(Labels.iconNameStrip(e));
                }
            }
        }
        return boxes;
    }
}
