package dev.hybridnet.render;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The shapes of one element in the full style: a labelled box for containers, an icon with its name otherwise. */
final class ElementPainter {

    static final double HEADER = 28;
    /** The size of the symbol at the top left of a container. */
    private static final double SYMBOL = 18;
    static final Font HEADER_NAME = Font.sansBold(12);
    static final Font HEADER_PREFIX = Font.sans(11);
    static final Font ICON_LABEL = Font.sans(11);

    private ElementPainter() {
    }

    static Shape.Group paint(Element e) {
        List<Shape> shapes = Catalog.of(e.kind()).container() ? container(e) : icon(e);
        return new Shape.Group(e.id(), "element", shapes);
    }

    private static List<Shape> container(Element e) {
        Rect b = e.bounds();
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Shape.Box(b, e.kind() == ElementKind.SUBNET ? 3 : 0, boxStyle(e)));
        String symbol = e.kind() == ElementKind.VIRTUAL_NETWORK ? "vnet-symbol" : e.kind().id();
        shapes.add(new Shape.Icon(symbol, new Rect(b.x() + 6, b.y() + 5, SYMBOL, SYMBOL)));
        double baseline = b.y() + 19;
        shapes.add(new Shape.Text(new Point(nameX(e), baseline), e.name(), HEADER_NAME, Palette.TEXT,
                Shape.Anchor.START));
        prefixText(e).ifPresent(prefix -> shapes.add(new Shape.Text(new Point(prefixX(e, prefix), baseline), prefix,
                HEADER_PREFIX, Palette.MUTED_TEXT, Shape.Anchor.START)));
        return shapes;
    }

    /** Where the address text of a container starts: after its name, pulled left to stay inside the box. */
    private static double prefixX(Element e, String prefix) {
        // The width estimate errs wide, so the text may be pulled left of where the estimate ends the name.
        double afterName = nameX(e) + HEADER_NAME.estimateWidth(e.name());
        double fitted = e.bounds().maxX() - 8 - HEADER_PREFIX.estimateWidth(prefix);
        return Math.max(afterName + 4, Math.min(afterName + 8, fitted));
    }

    private static double nameX(Element e) {
        return e.bounds().x() + 6 + SYMBOL + 6;
    }

    /** Where the heading of a container (symbol, name and address) ends on the right, by the width estimate. */
    static double headingEnd(Element e) {
        double afterName = nameX(e) + HEADER_NAME.estimateWidth(e.name());
        return prefixText(e).map(p -> prefixX(e, p) + HEADER_PREFIX.estimateWidth(p)).orElse(afterName);
    }

    private static Style boxStyle(Element e) {
        return switch (e.kind()) {
            case ON_PREMISES_NETWORK -> Style.fillAndStroke(Palette.ON_PREMISES_FILL, Palette.ON_PREMISES_BORDER, 1);
            case VIRTUAL_NETWORK -> Style.fillAndStroke(Palette.VNET_FILL, Palette.VNET_BORDER, 1.2);
            default -> Style.fillAndStroke(e.name().equals("GatewaySubnet") ? Palette.GATEWAY_SUBNET_FILL
                    : Palette.SUBNET_FILL, Palette.SUBNET_BORDER, 1);
        };
    }

    /** The address text of a container: its prefix, or its address spaces joined. */
    static Optional<String> prefixText(Element e) {
        if (e.kind() == ElementKind.SUBNET) {
            return e.props().read(Keys.ADDRESS_PREFIX).toOptional().map(IPAddress::toString)
                    .or(() -> e.props().nonBlankText(Keys.ADDRESS_PREFIX.name()).toOptional());
        }
        return e.props().read(Keys.ADDRESS_SPACES).toOptional().filter(l -> !l.isEmpty())
                .map(l -> String.join(", ", l.stream().map(IPAddress::toString).toList()));
    }

    private static List<Shape> icon(Element e) {
        Rect b = e.bounds();
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Shape.Icon(e.kind().id(), b));
        shapes.add(new Shape.Text(new Point(b.center().x(), b.maxY() + 14), e.name(), ICON_LABEL, Palette.TEXT,
                Shape.Anchor.MIDDLE));
        return shapes;
    }
}
