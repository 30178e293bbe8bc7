package dev.hybridnet.render;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import java.util.List;
import java.util.Objects;

/**
 * A diagram as the renderer draws it before any decoration: one group for each element and connection, in paint
 * order, each carrying the id of what it draws, and the route each connection was drawn along. The editor keeps
 * the last one, hit-tests against it (what is on top on the canvas is what a click picks) and draws decorations
 * over it ({@link DiagramRenderer#render(Scene, Decorations)}), so neither draws nor routes the diagram again.
 */
public final class Scene {

    private final Diagram diagram;
    private final List<Shape.Group> groups;
    private final ConnectionRoutes routes;
    private final Rect viewBox;

    Scene(Diagram diagram, List<Shape.Group> groups, ConnectionRoutes routes, Rect viewBox) {
        this.diagram = Objects.requireNonNull(diagram, "diagram");
        this.groups = List.copyOf(groups);
        this.routes = Objects.requireNonNull(routes, "routes");
        this.viewBox = Objects.requireNonNull(viewBox, "viewBox");
    }

    /** The diagram drawn. */
    public Diagram diagram() {
        return diagram;
    }

    /** A group for each element and connection, bottom to top; a group's id is its element's or connection's. */
    public List<Shape.Group> groups() {
        return groups;
    }

    /**
     * The points {@code c} was drawn along, from its {@code from} end to its {@code to} end: out to the tips of its
     * heads, where the drawn shaft stops short under them.
     */
    public List<Point> route(Connection c) {
        return routes.route(c);
    }

    /** The region a picture of the diagram shows: its content and the names under its icons, with the margin. */
    public Rect viewBox() {
        return viewBox;
    }
}
