package dev.hybridnet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Props;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectionPainterTest {

    private record Look(Color color, double width, Arrow.Heads heads, boolean dashed) {
    }

    private static final Map<ConnectionKind, Look> LOOKS = Map.of(
            ConnectionKind.SITE_TO_SITE_VPN, new Look(Palette.CONNECTION, 4, Arrow.Heads.BOTH, false),
            ConnectionKind.EXPRESSROUTE_CONNECTION, new Look(Palette.CONNECTION, 8, Arrow.Heads.BOTH, false),
            ConnectionKind.EXPRESSROUTE_PEERING, new Look(Palette.CONNECTION, 5, Arrow.Heads.BOTH, false),
            ConnectionKind.VNET_PEERING, new Look(Palette.PEERING, 6, Arrow.Heads.NONE, false),
            ConnectionKind.REPRESENTS, new Look(Palette.FAILOVER, 1.5, Arrow.Heads.END, true),
            ConnectionKind.VNET_TO_VNET, new Look(Palette.CONNECTION, 4, Arrow.Heads.BOTH, false));

    private static final List<Point> Z = List.of(new Point(0, 0), new Point(100, 0), new Point(100, 40),
            new Point(160, 40));

    private static Shape.Group paint(ConnectionKind kind, Props props, List<Point> route) {
        return ConnectionPainter.paint(new Connection("c", kind, "a", "b", props), route);
    }

    @Test
    void everyKindKeepsItsLookAlongItsWholeRoute() {
        assertEquals(Arrays.asList(ConnectionKind.values()).size(), LOOKS.size());
        for (ConnectionKind kind : ConnectionKind.values()) {
            List<Shape> shapes = paint(kind, Props.empty(), Z).children();
            Shape.Polyline line = (Shape.Polyline) shapes.get(0);
            Look look = LOOKS.get(kind);
            assertEquals(Z.subList(1, Z.size() - 1), line.points().subList(1, Z.size() - 1), kind.id());
            assertEquals(Optional.of(look.color()), line.style().stroke(), kind.id());
            assertEquals(look.width(), line.style().strokeWidth(), kind.id());
            assertEquals(look.dashed(), !line.style().dash().isEmpty(), kind.id());
            List<Shape.Polygon> heads = shapes.stream().filter(Shape.Polygon.class::isInstance)
                    .map(Shape.Polygon.class::cast).toList();
            int expected = switch (look.heads()) {
                case NONE -> 0;
                case END -> 1;
                case BOTH -> 2;
            };
            assertEquals(expected, heads.size(), kind.id());
            heads.forEach(head -> assertEquals(Optional.of(look.color()), head.style().fill(), kind.id()));
            if (heads.isEmpty()) {
                assertEquals(Z, line.points(), kind.id());
            }
        }
    }

    @Test
    void theHeadsSitOnTheEndsOfTheRouteAndTheShaftStopsUnderThem() {
        List<Shape> shapes = paint(ConnectionKind.SITE_TO_SITE_VPN, Props.empty(), Z).children();
        Shape.Polyline shaft = (Shape.Polyline) shapes.get(0);
        Shape.Polygon end = (Shape.Polygon) shapes.get(1);
        Shape.Polygon start = (Shape.Polygon) shapes.get(2);
        assertEquals(new Point(160, 40), end.points().get(0), "the first head is the one at the end");
        assertEquals(new Point(0, 0), start.points().get(0));
        double stop = 12 * Arrow.SHAFT_STOP;
        assertEquals(new Point(160 - stop, 40), shaft.points().get(Z.size() - 1));
        assertEquals(new Point(stop, 0), shaft.points().get(0));
        assertTrue(stop < 12, "the shaft ends under the head, not beside it");
    }

    @Test
    void theLabelSitsAboveTheMiddleOfTheLongestSegment() {
        Shape.Text label = label(paint(ConnectionKind.SITE_TO_SITE_VPN, Props.empty(), Z)).orElseThrow();
        assertEquals("VPN Connection", label.text());
        assertEquals(new Point(50, -ConnectionPainter.LABEL_GAP), label.at());
        assertEquals(Shape.Anchor.MIDDLE, label.anchor());
    }

    @Test
    void aLabelOnAVerticalSegmentSitsBesideItReadingAway() {
        List<Point> tall = List.of(new Point(0, 0), new Point(20, 0), new Point(20, 200), new Point(40, 200));
        Shape.Text label = label(paint(ConnectionKind.EXPRESSROUTE_PEERING,
                Props.builder().text("link", "primary").build(), tall)).orElseThrow();
        assertEquals("primary", label.text());
        assertEquals(Shape.Anchor.START, label.anchor());
        assertTrue(label.at().x() > 20 && label.at().y() > 90 && label.at().y() < 110, label.at().toString());
    }

    @Test
    void onlyVpnExpressRouteAndNamedLinksAreLabelled() {
        assertEquals(Optional.empty(), label(paint(ConnectionKind.EXPRESSROUTE_PEERING, Props.empty(), Z)));
        assertEquals(Optional.empty(), label(paint(ConnectionKind.VNET_PEERING, Props.empty(), Z)));
        assertEquals(Optional.empty(), label(paint(ConnectionKind.REPRESENTS, Props.empty(), Z)));
        assertEquals(Optional.of("ExpressRoute"), label(paint(ConnectionKind.EXPRESSROUTE_CONNECTION, Props.empty(),
                Z)).map(Shape.Text::text));
    }

    private static Optional<Shape.Text> label(Shape.Group connection) {
        return connection.children().stream().filter(Shape.Text.class::isInstance).map(Shape.Text.class::cast)
                .findFirst();
    }
}
