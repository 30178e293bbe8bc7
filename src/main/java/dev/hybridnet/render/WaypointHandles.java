package dev.hybridnet.render;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Segments;
import java.util.ArrayList;
import java.util.List;

/**
 * The handles of a selected connection's route, as in draw.io: one on each waypoint, which a drag moves and a
 * double-click removes, and a smaller one in the middle of each segment, which a drag turns into a new waypoint.
 * The renderer draws them from here and the editor hit-tests them from here, so the two cannot drift apart.
 */
public final class WaypointHandles {

    /** The radius of a waypoint's handle, in canvas units. */
    public static final double RADIUS = 5;
    /** The radius of a segment's "add" handle. */
    public static final double ADD_RADIUS = 3.5;

    /** Where a new waypoint would go: the middle of a segment, and the index it would have among the waypoints. */
    public record Add(Point at, int index) {
    }

    private WaypointHandles() {
    }

    /**
     * The "add" handles of {@code route}, which passes through {@code waypoints} in order: the middle of each
     * segment long enough to hold one between its ends' handles, with the number of waypoints before it.
     */
    public static List<Add> adds(List<Point> route, List<Point> waypoints) {
        double[] along = new double[route.size()];
        for (int i = 1; i < route.size(); i++) {
            along[i] = along[i - 1] + Segments.length(route.get(i - 1), route.get(i));
        }
        double[] passed = positions(route, along, waypoints);
        List<Add> adds = new ArrayList<>(route.size());
        for (int i = 1; i < route.size(); i++) {
            if (along[i] - along[i - 1] < 4 * RADIUS) {
                continue;
            }
            double middle = (along[i - 1] + along[i]) / 2;
            int index = 0;
            while (index < passed.length && passed[index] <= middle) {
                index++;
            }
            adds.add(new Add(Segments.midpoint(route.get(i - 1), route.get(i)), index));
        }
        return adds;
    }

    /** How far along the route each waypoint lies, searching onwards from the one before it. */
    private static double[] positions(List<Point> route, double[] along, List<Point> waypoints) {
        double[] passed = new double[waypoints.size()];
        int segment = 1;
        for (int w = 0; w < waypoints.size(); w++) {
            Point p = waypoints.get(w);
            passed[w] = w == 0 ? 0 : passed[w - 1];
            for (int i = segment; i < route.size(); i++) {
                Point a = route.get(i - 1);
                Point b = route.get(i);
                if (Segments.length(a, p) + Segments.length(p, b) - Segments.length(a, b) < 1e-6) {
                    passed[w] = along[i - 1] + Segments.length(a, p);
                    segment = i;
                    break;
                }
            }
        }
        return passed;
    }
}
