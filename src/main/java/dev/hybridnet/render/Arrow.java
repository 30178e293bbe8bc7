package dev.hybridnet.render;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Segments;
import java.util.ArrayList;
import java.util.List;

/**
 * A line with solid arrowheads, resolved into shapes every back end draws as they are: the shaft, a polyline that
 * stops under each head, then a filled triangle for the head at the end and one for the head at the start, in the
 * line's colour. The only place arrow geometry is worked out, so the canvas and the exports draw the same arrow.
 */
final class Arrow {

    /** Where the heads go: none, at the last point, or at both ends. */
    enum Heads { NONE, END, BOTH }

    /** How far back from a tip the shaft stops, as a share of the head's length: under the head, never past it. */
    static final double SHAFT_STOP = 0.8;

    private Arrow() {
    }

    /** The shapes of a line along {@code route} with heads {@code length} long and {@code width} wide. */
    static List<Shape> of(List<Point> route, Style style, Heads heads, double length, double width) {
        if (heads == Heads.NONE) {
            return List.of(new Shape.Polyline(route, style));
        }
        List<Point> shaft = new ArrayList<>(route);
        int last = shaft.size() - 1;
        boolean start = heads == Heads.BOTH;
        shaft.set(last, Segments.shortened(route.get(last), shaft.get(last - 1), length * SHAFT_STOP));
        if (start) {
            shaft.set(0, Segments.shortened(route.get(0), shaft.get(1), length * SHAFT_STOP));
        }
        Style fill = Style.fill(style.stroke().orElse(Color.BLACK));
        List<Shape> shapes = new ArrayList<>(3);
        shapes.add(new Shape.Polyline(shaft, style));
        shapes.add(new Shape.Polygon(Segments.arrowhead(route.get(last), route.get(last - 1), length, width), fill));
        if (start) {
            shapes.add(new Shape.Polygon(Segments.arrowhead(route.get(0), route.get(1), length, width), fill));
        }
        return shapes;
    }
}
