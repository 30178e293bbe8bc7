package dev.hybridnet.render;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Segments;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import java.util.ArrayList;
import java.util.List;

/**
 * The shapes of a connection in the full style, one look per kind as on the cards: the light-blue double arrow
 * of a VPN ("VPN Connection"), a wider one for ExpressRoute, green bars for peering, a dashed grey arrow for
 * "represents".
 */
final class ConnectionPainter {

    static final Font LABEL = Font.sans(10);

    private ConnectionPainter() {
    }

    static Shape.Group paint(Diagram d, Connection c) {
        Element from = d.element(c.from()).orElseThrow();
        Element to = d.element(c.to()).orElseThrow();
        Point a = Segments.exitPoint(from.bounds(), to.bounds().center());
        Point b = Segments.exitPoint(to.bounds(), from.bounds().center());
        List<Shape> shapes = new ArrayList<>();
        switch (c.kind()) {
            case SITE_TO_SITE_VPN -> {
                shapes.add(line(a, b, Style.stroke(Palette.CONNECTION, 4), Shape.ArrowHeads.BOTH, 12, 14));
                label(shapes, a, b, "VPN Connection", Palette.VPN_LABEL);
            }
            case EXPRESSROUTE_CONNECTION -> {
                shapes.add(line(a, b, Style.stroke(Palette.CONNECTION, 8), Shape.ArrowHeads.BOTH, 16, 22));
                label(shapes, a, b, "ExpressRoute", Palette.VPN_LABEL);
            }
            case EXPRESSROUTE_PEERING -> {
                shapes.add(line(a, b, Style.stroke(Palette.CONNECTION, 5), Shape.ArrowHeads.BOTH, 12, 15));
                c.props().nonBlankText("link").toOptional().ifPresent(link ->
                        label(shapes, a, b, link, Palette.VPN_LABEL));
            }
            case VNET_PEERING -> shapes.add(line(a, b, Style.stroke(Palette.PEERING, 6), Shape.ArrowHeads.NONE, 0, 0));
            case REPRESENTS -> shapes.add(line(a, b, Style.stroke(Palette.FAILOVER, 1.5).dashed(5, 4),
                    Shape.ArrowHeads.END, 8, 7));
        }
        return new Shape.Group(c.id(), "connection", shapes);
    }

    private static Shape line(Point a, Point b, Style style, Shape.ArrowHeads heads, double length, double width) {
        return new Shape.Polyline(List.of(a, b), style, heads, length, width);
    }

    private static void label(List<Shape> shapes, Point a, Point b, String text, Color color) {
        Point mid = Segments.midpoint(a, b);
        shapes.add(new Shape.Text(new Point(mid.x(), mid.y() - 8), text, LABEL, color, Shape.Anchor.MIDDLE));
    }
}
