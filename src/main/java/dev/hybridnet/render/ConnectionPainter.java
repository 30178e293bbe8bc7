package dev.hybridnet.render;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Segments;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Keys;
import java.util.ArrayList;
import java.util.List;

/**
 * The shapes of a connection in the full style, one look per kind as on the cards: the light-blue double arrow
 * of a VPN ("VPN Connection"), a wider one for ExpressRoute, green bars for peering, a dashed grey arrow for
 * "represents". Every kind follows its route ({@link ConnectionRoutes}), bends included; a label sits at the middle
 * of the route's longest segment.
 */
final class ConnectionPainter {

    static final Font LABEL = Font.sans(10);
    /** How far a label sits above a horizontal segment, or beside a vertical one. */
    static final double LABEL_GAP = 8;

    private ConnectionPainter() {
    }

    static Shape.Group paint(Connection c, List<Point> route) {
        List<Shape> line = switch (c.kind()) {
            case SITE_TO_SITE_VPN, VNET_TO_VNET -> Arrow.of(route, Style.stroke(Palette.CONNECTION, 4),
                    Arrow.Heads.BOTH, 12, 14);
            case EXPRESSROUTE_CONNECTION -> Arrow.of(route, Style.stroke(Palette.CONNECTION, 8), Arrow.Heads.BOTH,
                    16, 22);
            case EXPRESSROUTE_PEERING -> Arrow.of(route, Style.stroke(Palette.CONNECTION, 5), Arrow.Heads.BOTH, 12,
                    15);
            case VNET_PEERING -> Arrow.of(route, Style.stroke(Palette.PEERING, 6), Arrow.Heads.NONE, 0, 0);
            case REPRESENTS -> Arrow.of(route, Style.stroke(Palette.FAILOVER, 1.5).dashed(5, 4), Arrow.Heads.END, 8,
                    7);
        };
        String text = switch (c.kind()) {
            case SITE_TO_SITE_VPN -> "VPN Connection";
            case VNET_TO_VNET -> "VNet-to-VNet";
            case EXPRESSROUTE_CONNECTION -> "ExpressRoute";
            case EXPRESSROUTE_PEERING -> c.props().nonBlankText(Keys.LINK.name()).toOptional().orElse("");
            case VNET_PEERING, REPRESENTS -> "";
        };
        List<Shape> shapes = new ArrayList<>(line);
        if (!text.isEmpty()) {
            shapes.add(label(route, text));
        }
        return new Shape.Group(c.id(), "connection", shapes);
    }

    /** Above the middle of the longest segment; beside it, reading from the line outwards, when it is vertical. */
    static Shape.Text label(List<Point> route, String text) {
        int longest = 1;
        for (int i = 2; i < route.size(); i++) {
            if (Segments.length(route.get(i - 1), route.get(i)) > Segments.length(route.get(longest - 1),
                    route.get(longest))) {
                longest = i;
            }
        }
        Point a = route.get(longest - 1);
        Point b = route.get(longest);
        Point mid = Segments.midpoint(a, b);
        if (a.x() == b.x() && a.y() != b.y()) {
            return new Shape.Text(new Point(mid.x() + LABEL_GAP, mid.y() + 4), text, LABEL, Palette.VPN_LABEL,
                    Shape.Anchor.START);
        }
        return new Shape.Text(new Point(mid.x(), mid.y() - LABEL_GAP), text, LABEL, Palette.VPN_LABEL,
                Shape.Anchor.MIDDLE);
    }
}
