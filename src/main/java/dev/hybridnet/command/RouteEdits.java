package dev.hybridnet.command;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.Waypoints;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The edits of a connection's route, each one undo step with its own label: move, add or remove one of its
 * waypoints, or reset the route (remove them all, so the router places it again). Each is worked out from the
 * diagram it is given, as a {@link SetProperty} or {@link RemoveProperty} of {@code waypoints} inside a
 * {@link Composite}; a connection that is not in it is refused.
 */
public final class RouteEdits {

    private RouteEdits() {
    }

    /** Moves waypoint {@code index} of {@code id} to {@code to}: "Move waypoint of vpn-conn". */
    public static Command move(Diagram d, String id, int index, Point to) {
        List<Point> points = new ArrayList<>(points(d, id));
        check(points, index, points.size());
        points.set(index, to);
        return set("Move waypoint of " + id, id, points);
    }

    /** Adds a waypoint at {@code at}, to be the {@code index}th: "Add waypoint to vpn-conn". */
    public static Command add(Diagram d, String id, int index, Point at) {
        List<Point> points = new ArrayList<>(points(d, id));
        check(points, index, points.size() + 1);
        if (points.size() >= Waypoints.MAX) {
            throw new CommandRefusedException(id + " already has " + Waypoints.MAX + " waypoints, the most a "
                    + "connection may have.");
        }
        points.add(index, at);
        return set("Add waypoint to " + id, id, points);
    }

    /** Removes waypoint {@code index} of {@code id}: "Remove waypoint of vpn-conn". */
    public static Command remove(Diagram d, String id, int index) {
        List<Point> points = new ArrayList<>(points(d, id));
        check(points, index, points.size());
        points.remove(index);
        String label = "Remove waypoint of " + id;
        return points.isEmpty() ? new Composite(label, List.of(new RemoveProperty(Set.of(id), Keys.WAYPOINTS.name())))
                : set(label, id, points);
    }

    /** Removes every waypoint of the connections {@code ids}: "Reset route of vpn-conn", "Reset 2 routes". */
    public static Command reset(Collection<String> ids) {
        String label = ids.size() == 1 ? "Reset route of " + ids.iterator().next()
                : "Reset " + ids.size() + " routes";
        return new Composite(label, List.of(new RemoveProperty(Set.copyOf(ids), Keys.WAYPOINTS.name())));
    }

    /** The connections among {@code ids} that have waypoints: those a reset changes. */
    public static List<String> withWaypoints(Diagram d, Collection<String> ids) {
        return ids.stream().filter(id -> d.connection(id).map(Waypoints::of).filter(p -> !p.isEmpty()).isPresent())
                .toList();
    }

    private static List<Point> points(Diagram d, String id) {
        Connection c = d.connection(id).orElseThrow(() -> new CommandRefusedException("There is no connection '"
                + id + "' in the diagram."));
        return Waypoints.of(c);
    }

    private static void check(List<Point> points, int index, int bound) {
        if (index < 0 || index >= bound) {
            throw new IllegalArgumentException("waypoint " + index + " of " + points.size());
        }
    }

    private static Command set(String label, String id, List<Point> points) {
        return new Composite(label, List.of(new SetProperty(id, Keys.WAYPOINTS, Waypoints.toValue(points))));
    }
}
