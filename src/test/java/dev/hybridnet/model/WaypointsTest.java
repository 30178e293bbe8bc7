package dev.hybridnet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hybridnet.geometry.Point;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading a connection's waypoints: what is a point on the canvas and what is reported. */
class WaypointsTest {

    private static Typed<List<Point>> read(PropValue value) {
        return Props.builder().put(Keys.WAYPOINTS, value).build().read(Keys.WAYPOINTS);
    }

    private static PropValue point(PropValue x, PropValue y) {
        return PropValue.ObjectValue.of(Map.of("x", x, "y", y));
    }

    @Test
    void pointsAreReadInOrderAndWrittenBackTheSame() {
        List<Point> points = List.of(new Point(10, 20.5), new Point(-30, 40));
        PropValue value = Waypoints.toValue(points);
        assertEquals(points, read(value).toOptional().orElseThrow());
        assertEquals(value, Waypoints.toValue(read(value).toOptional().orElseThrow()));
    }

    @Test
    void aBadListIsInvalidWithASentenceSayingWhichPointAndWhy() {
        assertEquals(Optional.of("waypoints point 2 should be an object with x and y, not a text"),
                read(new PropValue.ListValue(List.of(point(PropValue.number(1), PropValue.number(2)),
                        PropValue.text("3,4")))).error());
        assertEquals(Optional.of("waypoints point 1: x and y should be numbers from -1000000 to 1000000"),
                read(new PropValue.ListValue(List.of(point(new PropValue.Number(new BigDecimal("1e7")),
                        PropValue.number(2))))).error());
        assertEquals(Optional.of("waypoints point 1 should have exactly the fields x and y, not x"),
                read(new PropValue.ListValue(List.of(PropValue.ObjectValue.of(Map.of("x", PropValue.number(1))))))
                        .error());
        List<PropValue> many = new ArrayList<>(Collections.nCopies(Waypoints.MAX + 1,
                point(PropValue.number(1), PropValue.number(2))));
        assertEquals(Optional.of("waypoints holds 101 points; at most 100 are allowed"),
                read(new PropValue.ListValue(many)).error());
        assertEquals(Optional.of("waypoints should be a list of points, not a text"),
                read(PropValue.text("none")).error());
    }

    @Test
    void aConnectionWithBadWaypointsHasNoneToFollow() {
        Connection c = new Connection("c", ConnectionKind.VNET_TO_VNET, "a", "b",
                Props.builder().put(Keys.WAYPOINTS, PropValue.text("none")).build());
        assertEquals(List.of(), Waypoints.of(c));
    }
}
