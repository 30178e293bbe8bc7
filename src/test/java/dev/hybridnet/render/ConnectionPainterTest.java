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

    private record Look(Color color, double width, Shape.ArrowHeads heads, boolean dashed) {
    }

    private static final Map<ConnectionKind, Look> LOOKS = Map.of(
            ConnectionKind.SITE_TO_SITE_VPN, new Look(Palette.CONNECTION, 4, Shape.ArrowHeads.BOTH, false),
            ConnectionKind.EXPRESSROUTE_CONNECTION, new Look(Palette.CONNECTION, 8, Shape.ArrowHeads.BOTH, false),
            ConnectionKind.EXPRESSROUTE_PEERING, new Look(Palette.CONNECTION, 5, Shape.ArrowHeads.BOTH, false),
            ConnectionKind.VNET_PEERING, new Look(Palette.PEERING, 6, Shape.ArrowHeads.NONE, false),
            ConnectionKind.REPRESENTS, new Look(Palette.FAILOVER, 1.5, Shape.ArrowHeads.END, true),
            ConnectionKind.VNET_TO_VNET, new Look(Palette.CONNECTION, 4, Shape.ArrowHeads.BOTH, false));

    private static final List<Point> Z = List.of(new Point(0, 0), new Point(100, 0), new Point(100, 40),
            new Point(160, 40));

    private static Shape.Group paint(ConnectionKind kind, Props props, List<Point> route) {
        return ConnectionPainter.paint(new Connection("c", kind, "a", "b", props), route);
    }

    @Test
    void everyKindKeepsItsLookAlongItsWholeRoute() {
        assertEquals(Arrays.asList(ConnectionKind.values()).size(), LOOKS.size());
        for (ConnectionKind kind : ConnectionKind.values()) {
            Shape.Polyline line = (Shape.Polyline) paint(kind, Props.empty(), Z).children().get(0);
            Look look = LOOKS.get(kind);
            assertEquals(Z, line.points(), kind.id());
            assertEquals(Optional.of(look.color()), line.style().stroke(), kind.id());
            assertEquals(look.width(), line.style().strokeWidth(), kind.id());
            assertEquals(look.heads(), line.heads(), kind.id());
            assertEquals(look.dashed(), !line.style().dash().isEmpty(), kind.id());
        }
    }

    @Test
    void theLabelSitsAboveTheMiddleOfTheLongestSegment() {
        Shape.Text label = (Shape.Text) paint(ConnectionKind.SITE_TO_SITE_VPN, Props.empty(), Z).children().get(1);
        assertEquals("VPN Connection", label.text());
        assertEquals(new Point(50, -ConnectionPainter.LABEL_GAP), label.at());
        assertEquals(Shape.Anchor.MIDDLE, label.anchor());
    }

    @Test
    void aLabelOnAVerticalSegmentSitsBesideItReadingAway() {
        List<Point> tall = List.of(new Point(0, 0), new Point(20, 0), new Point(20, 200), new Point(40, 200));
        Shape.Text label = (Shape.Text) paint(ConnectionKind.EXPRESSROUTE_PEERING,
                Props.builder().text("link", "primary").build(), tall).children().get(1);
        assertEquals("primary", label.text());
        assertEquals(Shape.Anchor.START, label.anchor());
        assertTrue(label.at().x() > 20 && label.at().y() > 90 && label.at().y() < 110, label.at().toString());
    }

    @Test
    void onlyVpnExpressRouteAndNamedLinksAreLabelled() {
        assertEquals(1, paint(ConnectionKind.EXPRESSROUTE_PEERING, Props.empty(), Z).children().size());
        assertEquals(1, paint(ConnectionKind.VNET_PEERING, Props.empty(), Z).children().size());
        assertEquals(1, paint(ConnectionKind.REPRESENTS, Props.empty(), Z).children().size());
        assertEquals(2, paint(ConnectionKind.EXPRESSROUTE_CONNECTION, Props.empty(), Z).children().size());
    }
}
