package dev.hybridnet.render;

import dev.hybridnet.geometry.Obstacles;
import dev.hybridnet.geometry.OrthogonalRouter;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.geometry.RouteSearch;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Routes by search the connections that no simple candidate routes, and those that belong with them. Connections
 * of one kind are grouped by the end they share (of their two ends, the one with more connections of that kind: a
 * hub among its spokes). The blocked members of a group are searched together from that end, as a tree: the
 * routes leave it as one trunk and branch off to each other end, so a hub's many peerings read as a bus instead of
 * lines on top of each other, while each connection keeps its own route from its {@code from} end to its {@code to}
 * end. When more than half of a group is blocked, the whole group joins the bus; otherwise its members with simple
 * routes keep them.
 */
final class Buses {

    /** The end the connections of a group share, and their kind. */
    /** How far apart connections between the same two ends run. */
    static final double PARALLEL = 12;

    private final Diagram diagram;
    private final Map<IdKey<ConnectionKind>, List<Connection>> searched;
    private final Set<String> ids = new HashSet<>();

    private Buses(Diagram diagram, Map<IdKey<ConnectionKind>, List<Connection>> searched) {
        this.diagram = diagram;
        this.searched = searched;
        searched.values().forEach(members -> members.forEach(c -> ids.add(c.id())));
    }

    /**
     * The groups of {@code d} to search, given the connections that have a simple route; those in {@code fixed}
     * (routed through their waypoints) take no part.
     */
    static Buses of(Diagram d, Set<String> simple, Set<String> fixed) {
        Map<IdKey<ConnectionKind>, Integer> ends = new HashMap<>();
        List<Connection> routed = fixed.isEmpty() ? d.connections()
                : d.connections().stream().filter(c -> !fixed.contains(c.id())).toList();
        for (Connection c : routed) {
            ends.merge(new IdKey<>(c.from(), c.kind()), 1, Integer::sum);
            ends.merge(new IdKey<>(c.to(), c.kind()), 1, Integer::sum);
        }
        Map<IdKey<ConnectionKind>, List<Connection>> groups = new LinkedHashMap<>();
        for (Connection c : routed) {
            IdKey<ConnectionKind> from = new IdKey<>(c.from(), c.kind());
            IdKey<ConnectionKind> to = new IdKey<>(c.to(), c.kind());
            int f = ends.get(from);
            int t = ends.get(to);
            boolean fromIsRoot = f > t || f == t && c.from().compareTo(c.to()) <= 0;
            groups.computeIfAbsent(fromIsRoot ? from : to, k -> new ArrayList<>()).add(c);
        }
        groups.values().forEach(members -> {
            long blocked = members.stream().filter(c -> !simple.contains(c.id())).count();
            if (blocked * 2 <= members.size()) {
                members.removeIf(c -> simple.contains(c.id()));
            }
        });
        groups.values().removeIf(List::isEmpty);
        return new Buses(d, groups);
    }

    /** True when some connection is to be routed by search. */
    boolean any() {
        return !searched.isEmpty();
    }

    /** The ids of the connections to be routed by search. */
    Set<String> searched() {
        return ids;
    }

    /**
     * Puts into {@code routes} the route found for each connection searched; those without one are left out.
     * Connections between the same two ends run side by side, {@value #PARALLEL} apart, where that is clear of
     * {@code obstacles}; else on one route.
     */
    void route(RouteSearch search, Obstacles obstacles, Map<String, List<Point>> routes) {
        searched.forEach((key, members) -> {
            List<Rect> targets = new ArrayList<>(members.size());
            Map<String, Integer> twins = new HashMap<>();
            for (Connection c : members) {
                String other = other(c, key);
                targets.add(ConnectionRoutes.box(diagram, other));
                twins.merge(other, 1, Integer::sum);
            }
            Rect root = ConnectionRoutes.box(diagram, key.id());
            List<Optional<List<Point>>> found = search.tree(root, targets);
            Map<String, Integer> placed = new HashMap<>();
            for (int i = 0; i < members.size(); i++) {
                Connection c = members.get(i);
                String other = other(c, key);
                int index = placed.merge(other, 1, Integer::sum) - 1;
                double offset = (index - (twins.get(other) - 1) / 2.0) * PARALLEL;
                Rect target = targets.get(i);
                found.get(i).map(route -> sideBySide(route, offset, root, target, obstacles)).ifPresent(route ->
                        routes.put(c.id(), c.from().equals(key.id()) ? route : reversed(route)));
            }
        });
    }

    private static String other(Connection c, IdKey<ConnectionKind> key) {
        return c.from().equals(key.id()) ? c.to() : c.from();
    }

    /** {@code route} moved sideways by {@code offset} if that is clear and keeps its ends on the same sides. */
    private static List<Point> sideBySide(List<Point> route, double offset, Rect from, Rect to, Obstacles obstacles) {
        if (offset == 0) {
            return route;
        }
        List<Point> moved = OrthogonalRouter.parallel(route, offset);
        // The ends move along the sides they lie on, so on them they stay if still within the boxes.
        if (!from.contains(moved.get(0)) || !to.contains(moved.get(moved.size() - 1))) {
            return route;
        }
        for (int i = 1; i < moved.size(); i++) {
            Point a = moved.get(i - 1);
            Point b = moved.get(i);
            if (obstacles.blocks(a, b, from, to) || Obstacles.crosses(from, a, b) || Obstacles.crosses(to, a, b)) {
                return route;
            }
        }
        return moved;
    }

    private static List<Point> reversed(List<Point> route) {
        List<Point> copy = new ArrayList<>(route);
        Collections.reverse(copy);
        return List.copyOf(copy);
    }
}
