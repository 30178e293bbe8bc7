package dev.hybridnet.render;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import java.util.ArrayList;
import java.util.List;

/** The shapes of one element in the full style: a labelled box for containers, an icon with its name otherwise. */
final class ElementPainter {

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
        shapes.add(new Shape.Icon(symbol, new Rect(b.x() + Labels.SYMBOL_INSET, b.y() + 5, Labels.SYMBOL_SIZE,
                Labels.SYMBOL_SIZE)));
        Labels.Header header = Labels.header(e);
        if (!header.name().isEmpty()) {
            shapes.add(new Shape.Text(header.nameAt(), header.name(), Labels.HEADER_NAME, Palette.TEXT,
                    Shape.Anchor.START));
        }
        header.prefix().ifPresent(prefix -> shapes.add(new Shape.Text(header.prefixAt(), prefix,
                Labels.HEADER_PREFIX, Palette.MUTED_TEXT, Shape.Anchor.START)));
        return shapes;
    }

    private static Style boxStyle(Element e) {
        return switch (e.kind()) {
            case ON_PREMISES_NETWORK -> Style.fillAndStroke(Palette.ON_PREMISES_FILL, Palette.ON_PREMISES_BORDER, 1);
            case VIRTUAL_NETWORK -> Style.fillAndStroke(Palette.VNET_FILL, Palette.VNET_BORDER, 1.2);
            default -> Style.fillAndStroke(e.name().equals("GatewaySubnet") ? Palette.GATEWAY_SUBNET_FILL
                    : Palette.SUBNET_FILL, Palette.SUBNET_BORDER, 1);
        };
    }

    private static List<Shape> icon(Element e) {
        Rect b = e.bounds();
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Shape.Icon(e.kind().id(), b));
        shapes.add(new Shape.Text(new Point(b.center().x(), b.maxY() + Labels.ICON_NAME_BASELINE), e.name(),
                Labels.ICON_NAME, Palette.TEXT, Shape.Anchor.MIDDLE));
        return shapes;
    }
}
