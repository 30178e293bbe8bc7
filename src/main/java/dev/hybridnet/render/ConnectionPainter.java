package dev.hybridnet.render;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Keys;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shapes of a connection in the full style, one look per kind as on the cards: the light-blue double arrow
 * of a VPN ("VPN Connection"), a wider one for ExpressRoute, green bars for peering, a dashed grey arrow for
 * "represents". Every kind follows its route ({@link ConnectionRoutes}), bends included; its label sits where
 * {@link LabelPlaces} finds room along it.
 */
final class ConnectionPainter {

    static final Font LABEL = Font.sans(10);
    /** How far a label sits above a horizontal segment, or beside a vertical one. */
    static final double LABEL_GAP = 8;

    private ConnectionPainter() {
    }

    /** The shapes of {@code c} along {@code route}, with its label in the first of its places. */
    static Shape.Group paint(Connection c, List<Point> route) {
        String text = text(c);
        return paint(c, route, text.isEmpty() ? Optional.empty() : Optional.of(label(route, text)));
    }

    /** The shapes of {@code c} along {@code route}, with {@code label} placed ({@link LabelPlaces}). */
    static Shape.Group paint(Connection c, List<Point> route, Optional<Shape.Text> label) {
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
        List<Shape> shapes = new ArrayList<>(line);
        label.ifPresent(shapes::add);
        return new Shape.Group(c.id(), "connection", shapes);
    }

    /** The label of {@code c}: its own {@code label} when set, else its kind's word; empty when it has none. */
    static String text(Connection c) {
        return c.props().read(Keys.LABEL).toOptional().map(String::strip).orElseGet(() -> kindText(c));
    }

    private static String kindText(Connection c) {
        return switch (c.kind()) {
            case SITE_TO_SITE_VPN -> "VPN Connection";
            case VNET_TO_VNET -> "VNet-to-VNet";
            case EXPRESSROUTE_CONNECTION -> "ExpressRoute";
            case EXPRESSROUTE_PEERING -> c.props().nonBlankText(Keys.LINK.name()).toOptional().orElse("");
            case VNET_PEERING, REPRESENTS -> "";
        };
    }

    /** Above the middle of the longest segment; beside it, reading from the line outwards, when it is vertical. */
    static Shape.Text label(List<Point> route, String text) {
        return LabelPlaces.places(route, text).get(0);
    }
}
