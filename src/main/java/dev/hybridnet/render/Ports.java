package dev.hybridnet.render;

import dev.hybridnet.geometry.Obstacles;
import dev.hybridnet.geometry.OrthogonalRouter;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.geometry.Side;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Spreads the ends of routes that share a side of an element along that side, so that two links into one
 * ExpressRoute circuit arrive as two arrows instead of one. Each such end is routed again to its own slice of the
 * element, ordered by where the other end lies so that neighbouring routes do not cross; a new route that would
 * leave or enter by another side is dropped and the first one kept.
 */
final class Ports {

    /** One end of a connection on a side; {@code along} orders the ends along the side. */
    private record End(Connection connection, boolean start, double along) {
    }

    private Ports() {
    }

    /**
     * The routes with their ends spread: {@code routes} holds the orthogonal routes found (connections without one
     * are left out of it and of the result); the result is a new, modifiable map.
     */
    static Map<String, List<Point>> spread(Diagram d, Map<String, List<Point>> routes, Obstacles obstacles) {
        Map<String, Rect> fromSlices = new HashMap<>();
        Map<String, Rect> toSlices = new HashMap<>();
        sides(d, routes).forEach((key, ends) -> {
            if (ends.size() > 1) {
                ends.sort(Comparator.comparingDouble(End::along));
                Rect box = ConnectionRoutes.box(d, key.id());
                for (int i = 0; i < ends.size(); i++) {
                    End end = ends.get(i);
                    (end.start() ? fromSlices : toSlices).put(end.connection().id(),
                            key.tag().slice(box, i, ends.size()));
                }
            }
        });
        Map<String, List<Point>> result = new HashMap<>(routes);
        for (Connection c : d.connections()) {
            if (fromSlices.containsKey(c.id()) || toSlices.containsKey(c.id())) {
                Rect from = ConnectionRoutes.box(d, c.from());
                Rect to = ConnectionRoutes.box(d, c.to());
                OrthogonalRouter.orthogonal(fromSlices.getOrDefault(c.id(), from), toSlices.getOrDefault(c.id(), to),
                        obstacles).filter(again -> sameSides(again, routes.get(c.id()), from, to)
                                && !crosses(again, from, to)).ifPresent(again -> result.put(c.id(), again));
            }
        }
        return result;
    }

    /** The ends of the routes found, by element and side, in document order. */
    private static Map<IdKey<Side>, List<End>> sides(Diagram d, Map<String, List<Point>> routes) {
        Map<IdKey<Side>, List<End>> sides = new LinkedHashMap<>();
        for (Connection c : d.connections()) {
            List<Point> route = routes.get(c.id());
            if (route != null) {
                Rect from = ConnectionRoutes.box(d, c.from());
                Rect to = ConnectionRoutes.box(d, c.to());
                Side.start(from, route).ifPresent(s -> sides.computeIfAbsent(new IdKey<>(c.from(), s),
                        k -> new ArrayList<>()).add(new End(c, true, along(s, to))));
                Side.end(to, route).ifPresent(s -> sides.computeIfAbsent(new IdKey<>(c.to(), s), k -> new ArrayList<>())
                        .add(new End(c, false, along(s, from))));
            }
        }
        return sides;
    }

    /** The other end's centre, along the side: its height for a left or right side, else its left-right place. */
    private static double along(Side side, Rect other) {
        return side.vertical() ? other.center().y() : other.center().x();
    }

    private static boolean sameSides(List<Point> again, List<Point> first, Rect from, Rect to) {
        Optional<Side> start = Side.start(from, again);
        Optional<Side> end = Side.end(to, again);
        return start.isPresent() && start.equals(Side.start(from, first))
                && end.equals(Side.end(to, first));
    }

    private static boolean crosses(List<Point> route, Rect from, Rect to) {
        for (int i = 1; i < route.size(); i++) {
            if (Obstacles.crosses(from, route.get(i - 1), route.get(i))
                    || Obstacles.crosses(to, route.get(i - 1), route.get(i))) {
                return true;
            }
        }
        return false;
    }
}
