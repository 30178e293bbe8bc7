package dev.hybridnet.editor;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Hit testing in world coordinates, in the renderer's paint order so that what is on top is what is hit:
 * networks and subnets (outer below inner), then connections, then icons. Icons are hit by their box, containers
 * by their box, connections within a tolerance of their line, handles by their square plus the tolerance.
 */
public final class Hits {

    private Hits() {
    }

    /** The topmost thing at {@code p}: a handle of a selected container first, then elements and connections. */
    public static Hit at(Diagram d, Point p, Set<String> selection, double tolerance) {
        Optional<Hit.OnHandle> handle = handleAt(d, p, selection, tolerance);
        if (handle.isPresent()) {
            return handle.get();
        }
        List<Element> order = paintOrder(d);
        for (int i = order.size() - 1; i >= 0; i--) {
            Element e = order.get(i);
            if (!isContainer(e) && e.bounds().contains(p)) {
                return new Hit.OnElement(e.id());
            }
        }
        Optional<Connection> connection = connectionAt(d, p, tolerance);
        if (connection.isPresent()) {
            return new Hit.OnConnection(connection.get().id());
        }
        return containersAt(d, p, Set.of()).stream().findFirst().<Hit>map(e -> new Hit.OnElement(e.id()))
                .orElse(new Hit.Nothing());
    }

    /** The topmost element at {@code p}. */
    public static Optional<Element> elementAt(Diagram d, Point p) {
        return elementsAt(d, p).stream().findFirst();
    }

    /** Every element whose box holds {@code p}, topmost first. */
    public static List<Element> elementsAt(Diagram d, Point p) {
        List<Element> order = paintOrder(d);
        List<Element> result = new ArrayList<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            if (order.get(i).bounds().contains(p)) {
                result.add(order.get(i));
            }
        }
        return result;
    }

    /** The networks and subnets at {@code p}, innermost first, leaving out {@code excluded} and their contents. */
    public static List<Element> containersAt(Diagram d, Point p, Collection<String> excluded) {
        Set<String> skip = new LinkedHashSet<>();
        for (String id : excluded) {
            skip.add(id);
            d.descendantsOf(id).forEach(e -> skip.add(e.id()));
        }
        return elementsAt(d, p).stream().filter(e -> isContainer(e) && !skip.contains(e.id())).toList();
    }

    /** The topmost connection whose line passes within {@code tolerance} of {@code p}. */
    public static Optional<Connection> connectionAt(Diagram d, Point p, double tolerance) {
        List<Connection> connections = d.connections();
        if (connections.isEmpty()) {
            return Optional.empty();
        }
        // The routes the renderer draws (bends, spread ends), so a click hits the line the user sees.
        dev.hybridnet.render.ConnectionRoutes routes = dev.hybridnet.render.ConnectionRoutes.of(d);
        for (int i = connections.size() - 1; i >= 0; i--) {
            Connection c = connections.get(i);
            List<Point> route = routes.route(c);
            for (int k = 1; k < route.size(); k++) {
                if (distanceToSegment(p, route.get(k - 1), route.get(k)) <= tolerance) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    /** The resize handle at {@code p} of a selected network or subnet. */
    public static Optional<Hit.OnHandle> handleAt(Diagram d, Point p, Set<String> selection, double tolerance) {
        double reach = Handle.SIZE / 2 + tolerance;
        for (String id : selection) {
            Optional<Element> e = d.element(id).filter(Hits::isContainer);
            for (Handle h : Handle.values()) {
                if (e.isPresent() && Math.abs(h.at(e.get().bounds()).x() - p.x()) <= reach
                        && Math.abs(h.at(e.get().bounds()).y() - p.y()) <= reach) {
                    return Optional.of(new Hit.OnHandle(id, h));
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

    /** The elements bottom to top, as {@code DiagramRenderer} paints them. */
    static List<Element> paintOrder(Diagram d) {
        List<Element> order = new ArrayList<>(d.elements().size());
        for (Element root : d.roots()) {
            addContainers(d, root, order);
        }
        d.elements().stream().filter(e -> !isContainer(e)).forEach(order::add);
        return order;
    }

    private static void addContainers(Diagram d, Element e, List<Element> into) {
        if (isContainer(e)) {
            into.add(e);
            d.childrenOf(e.id()).forEach(child -> addContainers(d, child, into));
        }
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
