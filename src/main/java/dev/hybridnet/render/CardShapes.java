package dev.hybridnet.render;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import java.util.ArrayList;
import java.util.List;

/**
 * The building blocks of the card style, drawn to the proportions measured on the Architecture Center cards:
 * the grey on-premises box and the light-blue VNet box with their glyphs, the double arrows, the ExpressRoute
 * circuit symbol, the failover arrow and the green peering bars.
 */
final class CardShapes {

    static final Color ON_PREMISES_FILL = Color.BLACK.withAlpha(0.0769);
    static final Color ARROW = Palette.CONNECTION;
    static final Font VPN_LABEL = new Font(Font.SANS, 9.375, false);
    static final Font ER_LABEL = new Font(Font.SANS, 10, true);

    private CardShapes() {
    }

    static Shape onPremisesBox(Rect box) {
        return new Shape.Box(box, 0, Style.fillAndStroke(ON_PREMISES_FILL, Palette.ON_PREMISES_BORDER, 0.665));
    }

    static Shape vnetBox(Rect box) {
        return new Shape.Box(box, 0, Style.fillAndStroke(Palette.VNET_FILL, Palette.VNET_BORDER, 0.4537));
    }

    /** An icon scaled so that its drawing fills {@code content}, the size measured on the cards. */
    static Shape glyph(String icon, Rect content) {
        return new Shape.Icon(icon, IconSet.glyph(icon).boxFitting(content));
    }

    /**
     * A solid double-headed arrow from {@code x0} to {@code x1} on the line {@code y}: a shaft {@code shaft} thick
     * and triangular heads {@code headLength} long and {@code headHeight} tall.
     */
    static Shape doubleArrow(double x0, double x1, double y, double shaft, double headLength, double headHeight) {
        double s = shaft / 2;
        double h = headHeight / 2;
        double a = x0 + headLength;
        double b = x1 - headLength;
        List<Point> outline = List.of(new Point(x0, y), new Point(a, y - h), new Point(a, y - s),
                new Point(b, y - s), new Point(b, y - h), new Point(x1, y), new Point(b, y + h), new Point(b, y + s),
                new Point(a, y + s), new Point(a, y + h));
        return new Shape.Path(PathSegment.polygon(outline), Style.fill(ARROW), false);
    }

    /** The ExpressRoute circuit: three green rings at the corners of a triangle, joined by purple bars. */
    static List<Shape> circuit(Point top, Point left, Point right) {
        List<Shape> shapes = new ArrayList<>();
        Color purple = Color.rgb(0x68217A);
        Color green = Color.rgb(0x7FBA00);
        shapes.add(bar(top, left, 2.2, purple));
        shapes.add(bar(left, right, 2.2, purple));
        shapes.add(bar(right, top, 2.2, purple));
        for (Point p : List.of(top, left, right)) {
            shapes.add(new Shape.Path(List.of(new PathSegment.Circle(p, 3.2), new PathSegment.Circle(p, 1.0)),
                    Style.fill(green), true));
        }
        return shapes;
    }

    /** A straight bar of the given thickness between two points, e.g. a peering between hub and spoke. */
    static Shape bar(Point a, Point b, double thickness, Color color) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double len = Math.hypot(dx, dy);
        double nx = -dy / len * thickness / 2;
        double ny = dx / len * thickness / 2;
        List<Point> outline = List.of(new Point(a.x() + nx, a.y() + ny), new Point(b.x() + nx, b.y() + ny),
                new Point(b.x() - nx, b.y() - ny), new Point(a.x() - nx, a.y() - ny));
        return new Shape.Path(PathSegment.polygon(outline), Style.fill(color), false);
    }

    /** The thin grey arrow between the ExpressRoute and VPN arrows: "fails over to". */
    static List<Shape> failoverArrow(double x, double y0, double y1) {
        return Arrow.of(List.of(new Point(x, y0), new Point(x, y1)), Style.stroke(Palette.FAILOVER, 1),
                Arrow.Heads.END, 4.5, 4);
    }

    static Shape text(double x, double baseline, String text, Font font, Color color) {
        return new Shape.Text(new Point(x, baseline), text, font, color, Shape.Anchor.START);
    }
}
