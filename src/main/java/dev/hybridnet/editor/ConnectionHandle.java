package dev.hybridnet.editor;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import java.util.Optional;

/**
 * The small circle on the right of a component that can take part in a connection, shown while the pointer is
 * over the component in the select tool: dragging from it draws a connection without switching tools. Its size
 * is fixed on screen, so its place in the world depends on the zoom.
 */
final class ConnectionHandle {

    /** Radius and distance from the component's right edge, in screen pixels. */
    static final double RADIUS = 6;
    static final double GAP = 4;

    private ConnectionHandle() {
    }

    /** The handle's centre for an element, in world coordinates; none for elements that never connect. */
    static Optional<Point> of(Element e, Viewport viewport) {
        if (!Catalog.isConnectable(e.kind())) {
            return Optional.empty();
        }
        double offset = viewport.toWorld(GAP + RADIUS);
        return Optional.of(new Point(e.bounds().maxX() + offset, e.bounds().center().y()));
    }

    /** The id of the hovered element whose handle is at {@code world}, if any. */
    static Optional<String> at(Diagram d, Optional<String> hovered, Point world, Viewport viewport) {
        Optional<Element> e = hovered.flatMap(d::element);
        if (e.isEmpty()) {
            return Optional.empty();
        }
        double reach = viewport.toWorld(RADIUS + 2);
        return of(e.get(), viewport).filter(c -> Math.hypot(c.x() - world.x(), c.y() - world.y()) <= reach)
                .map(c -> e.get().id());
    }
}
