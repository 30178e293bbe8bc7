package dev.hybridnet.model;

import dev.hybridnet.geometry.Point;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code waypoints} of a connection (format 1.2): the points its route passes through, in order, as a file
 * holds them, a list of {@code {"x": .., "y": ..}} objects. Reading checks what the renderer relies on: at most
 * {@value #MAX} points, each with finite coordinates within the canvas limits ({@value #LIMIT}), so a bad list is
 * reported by the validator and ignored by the routes, never followed.
 */
public final class Waypoints {

    /** The most waypoints a connection may have; far more than any readable route needs. */
    public static final int MAX = 100;
    /** The largest absolute coordinate, as for elements. */
    public static final double LIMIT = 1_000_000;

    private static final String X = "x";
    private static final String Y = "y";

    private Waypoints() {
    }

    /** The points of {@code list}; invalid, saying which point and why, when one is not a point on the canvas. */
    static Typed<List<Point>> read(String key, PropValue.ListValue list) {
        if (list.items().size() > MAX) {
            return Typed.invalid(key + " holds " + list.items().size() + " points; at most " + MAX + " are allowed");
        }
        List<Point> points = new ArrayList<>(list.items().size());
        for (PropValue item : list.items()) {
            String which = key + " point " + (points.size() + 1);
            if (!(item instanceof PropValue.ObjectValue object)) {
                return Typed.invalid(which + " should be an object with x and y, not a " + item.typeName());
            }
            if (!object.fields().keySet().equals(Set.of(X, Y))) {
                return Typed.invalid(which + " should have exactly the fields x and y, not "
                        + String.join(", ", object.fields().keySet()));
            }
            Double x = coordinate(object.fields().get(X));
            Double y = coordinate(object.fields().get(Y));
            if (x == null || y == null) {
                return Typed.invalid(which + ": x and y should be numbers from " + (long) -LIMIT + " to "
                        + (long) LIMIT);
            }
            points.add(new Point(x, y));
        }
        return Typed.present(List.copyOf(points));
    }

    private static Double coordinate(PropValue value) {
        if (value instanceof PropValue.Number n) {
            double d = n.value().doubleValue();
            if (Double.isFinite(d) && Math.abs(d) <= LIMIT) {
                return d;
            }
        }
        return null;
    }

    /** {@code points} as a file holds them. */
    public static PropValue.ListValue toValue(List<Point> points) {
        List<PropValue> items = new ArrayList<>(points.size());
        for (Point p : points) {
            items.add(PropValue.ObjectValue.of(Map.of(X, number(p.x()), Y, number(p.y()))));
        }
        return new PropValue.ListValue(items);
    }

    private static PropValue number(double value) {
        return new PropValue.Number(BigDecimal.valueOf(value));
    }

    /** The waypoints of {@code c}; empty when it has none or they are not valid. */
    public static List<Point> of(Connection c) {
        return c.props().read(Keys.WAYPOINTS).orElse(List.of());
    }

    /** {@code c} with its waypoints moved by ({@code dx}, {@code dy}); itself when it has none. */
    public static Connection shifted(Connection c, double dx, double dy) {
        List<Point> points = of(c);
        if (points.isEmpty() || dx == 0 && dy == 0) {
            return c;
        }
        return c.withProps(c.props().with(Keys.WAYPOINTS, toValue(points.stream().map(p -> p.plus(dx, dy))
                .toList())));
    }
}
