package dev.hybridnet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The test every back end of a {@link Drawing} passes (the SVG writer, through Batik's picture of its SVG; the PNG
 * exporter; and the canvas painter): one example of each permitted kind of {@link Shape}, and of each kind of {@link PathSegment},
 * must come out painted where the shape is and nowhere else. A new kind fails here until every back end draws it.
 * A back end's test extends this class and says how it paints a drawing.
 */
public abstract class ShapeCoverage {

    /** The drawings are painted at this scale, so that a point well inside a shape is a whole pixel. */
    protected static final double SCALE = 2;
    protected static final Rect VIEW = new Rect(0, 0, 200, 100);

    /**
     * An example shape, points that must be painted (an empty list: at least one pixel inside its bounds) and
     * points that must stay clear.
     */
    public record Example(Shape shape, List<Point> painted, List<Point> clear) {
    }

    /** The pixels of a painted drawing, as ARGB, {@code width} a row. */
    public record Pixels(int width, int height, int[] argb) {

        int alpha(int x, int y) {
            return argb[y * width + x] >>> 24;
        }
    }

    /** The examples by kind, each painted alone on a transparent {@link #VIEW}. */
    public static Map<Class<? extends Shape>, Example> examples() {
        Map<Class<? extends Shape>, Example> examples = new LinkedHashMap<>();
        examples.put(Shape.Box.class, new Example(new Shape.Box(new Rect(10, 20, 30, 40), 4,
                Style.fillAndStroke(Color.rgb(0xE4FAFF), Color.rgb(0x3A99C6), 1.5)),
                List.of(new Point(25, 40), new Point(10, 40)), List.of(new Point(5, 40), new Point(45, 40))));
        examples.put(Shape.Path.class, new Example(new Shape.Path(List.of(new PathSegment.MoveTo(new Point(20, 20)),
                new PathSegment.LineTo(new Point(80, 20)), new PathSegment.LineTo(new Point(80, 80)),
                new PathSegment.LineTo(new Point(20, 80)), new PathSegment.Close(),
                new PathSegment.Circle(new Point(50, 50), 15)), Style.fill(Color.BLACK.withAlpha(0.5)), true),
                List.of(new Point(25, 25), new Point(75, 75), new Point(50, 32)),
                List.of(new Point(50, 50), new Point(15, 50), new Point(85, 50))));
        examples.put(Shape.Polyline.class, new Example(new Shape.Polyline(List.of(new Point(10, 50),
                new Point(100, 50), new Point(100, 90)), Style.stroke(Color.rgb(0x77A7D3), 4).dashed(5, 4)),
                List.of(new Point(12, 50), new Point(100, 52)), List.of(new Point(17, 50), new Point(80, 70))));
        examples.put(Shape.Polygon.class, new Example(new Shape.Polygon(List.of(new Point(100, 90),
                new Point(90, 70), new Point(110, 70)), Style.fill(Color.rgb(0x77A7D3))),
                List.of(new Point(100, 75)), List.of(new Point(92, 85), new Point(108, 85))));
        examples.put(Shape.Text.class, new Example(new Shape.Text(new Point(60, 40), "VPN Connection",
                Font.sansBold(10), Color.rgb(0x0090C6), Shape.Anchor.MIDDLE), List.of(), List.of()));
        examples.put(Shape.Icon.class, new Example(new Shape.Icon("gateway", new Rect(2, 2, 48, 48)),
                List.of(new Point(6, 26)), List.of(new Point(19, 26))));
        examples.put(Shape.Group.class, new Example(new Shape.Group("vnet-app", "element", List.of(
                new Shape.Box(new Rect(0, 0, 10, 10), 0, Style.fill(Color.WHITE)))), List.of(new Point(5, 5)),
                List.of(new Point(15, 5))));
        return examples;
    }

    /** The drawing painted on a transparent background, {@link #SCALE} pixels a unit. */
    protected abstract Pixels paint(Drawing drawing) throws Exception;

    @Test
    void everyPermittedShapeHasAnExample() {
        assertEquals(names(Shape.class.getPermittedSubclasses()), names(examples().keySet().toArray(Class[]::new)),
                "every kind of Shape needs an example here and a case in every back end");
    }

    @Test
    void theExamplePathHasEveryKindOfSegment() {
        Shape.Path path = (Shape.Path) examples().get(Shape.Path.class).shape();
        assertEquals(names(PathSegment.class.getPermittedSubclasses()), names(path.segments().stream()
                .map(Object::getClass).toArray(Class[]::new)));
    }

    @Test
    void everyExampleIsPaintedWhereItIsAndNowhereElse() throws Exception {
        for (Map.Entry<Class<? extends Shape>, Example> entry : examples().entrySet()) {
            Example example = entry.getValue();
            String kind = entry.getKey().getSimpleName();
            Pixels pixels = paint(new Drawing(VIEW, List.of(example.shape()), "shape", kind));
            for (Point p : example.painted()) {
                assertTrue(alpha(pixels, p) > 100, kind + " should be painted at " + p);
            }
            for (Point p : example.clear()) {
                assertEquals(0, alpha(pixels, p), kind + " should leave " + p + " clear");
            }
            Rect bounds = ShapeBounds.of(example.shape()).orElseThrow();
            int inside = 0;
            for (int y = 0; y < pixels.height(); y++) {
                for (int x = 0; x < pixels.width(); x++) {
                    Point at = new Point((x + 0.5) / SCALE, (y + 0.5) / SCALE);
                    boolean near = new Rect(bounds.x() - 1.5, bounds.y() - 1.5, bounds.width() + 3,
                            bounds.height() + 3).contains(at);
                    if (pixels.alpha(x, y) > 0) {
                        assertTrue(near, kind + " painted at " + at + ", outside its bounds " + bounds);
                        inside++;
                    }
                }
            }
            assertTrue(inside > 0, kind + " painted nothing");
        }
    }

    private static int alpha(Pixels pixels, Point p) {
        return pixels.alpha((int) Math.floor(p.x() * SCALE), (int) Math.floor(p.y() * SCALE));
    }

    private static Set<String> names(Class<?>[] classes) {
        return Arrays.stream(classes).map(Class::getSimpleName).collect(Collectors.toSet());
    }
}
