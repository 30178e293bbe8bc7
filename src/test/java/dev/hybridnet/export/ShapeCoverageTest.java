package dev.hybridnet.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.render.Color;
import dev.hybridnet.render.Drawing;
import dev.hybridnet.render.Font;
import dev.hybridnet.render.PathSegment;
import dev.hybridnet.render.Shape;
import dev.hybridnet.render.Style;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The SVG writer handles every kind of shape: one example of each permitted subclass of {@link Shape}, each of
 * which must come out as the SVG element that draws it. A new kind of shape fails this test until it is added.
 */
class ShapeCoverageTest {

    /** An example shape and what its SVG must contain. */
    private record Example(Shape shape, Consumer<Document> expectation) {
    }

    private static final Map<Class<?>, Example> EXAMPLES = examples();

    @Test
    void everyPermittedShapeHasAnExample() {
        Set<String> permitted = Arrays.stream(Shape.class.getPermittedSubclasses()).map(Class::getSimpleName)
                .collect(Collectors.toSet());
        Set<String> covered = EXAMPLES.keySet().stream().map(Class::getSimpleName).collect(Collectors.toSet());
        assertEquals(permitted, covered, "every Shape subclass needs an example here and a case in SvgWriter");
    }

    @Test
    void everyExampleIsWrittenAsTheElementThatDrawsIt() {
        for (Map.Entry<Class<?>, Example> entry : EXAMPLES.entrySet()) {
            Example example = entry.getValue();
            assertEquals(entry.getKey(), example.shape().getClass());
            Drawing drawing = new Drawing(new Rect(0, 0, 200, 100), List.of(example.shape()), "shape",
                    entry.getKey().getSimpleName());
            example.expectation().accept(SvgDom.parse(new SvgWriter().write(drawing)));
        }
    }

    private static Map<Class<?>, Example> examples() {
        Map<Class<?>, Example> examples = new LinkedHashMap<>();
        examples.put(Shape.Box.class, new Example(new Shape.Box(new Rect(10, 20, 30, 40), 4,
                Style.fillAndStroke(Color.rgb(0xE4FAFF), Color.rgb(0x3A99C6), 1.5)), doc -> {
                    Element rect = only(doc, "rect");
                    assertEquals(List.of("10", "20", "30", "40", "4", "#E4FAFF", "#3A99C6", "1.5"),
                            attributes(rect, "x", "y", "width", "height", "rx", "fill", "stroke", "stroke-width"));
                }));
        examples.put(Shape.Path.class, new Example(new Shape.Path(List.of(new PathSegment.MoveTo(new Point(0, 0)),
                new PathSegment.LineTo(new Point(10, 0)), new PathSegment.LineTo(new Point(10, 10)),
                new PathSegment.Close(), new PathSegment.Circle(new Point(5, 4), 2)),
                Style.fill(Color.BLACK.withAlpha(0.5)), true), doc -> {
                    Element path = only(doc, "path");
                    assertEquals(List.of("M0.00 0.00L10.00 0.00L10.00 10.00Z M3.00 4.00A2.00 2.00 0 1 0 7.00 4.00"
                            + "A2.00 2.00 0 1 0 3.00 4.00Z", "evenodd", "#000000", "0.5"),
                            attributes(path, "d", "fill-rule", "fill", "fill-opacity"));
                }));
        examples.put(Shape.Polyline.class, new Example(new Shape.Polyline(List.of(new Point(10, 50),
                new Point(100, 50), new Point(100, 90)), Style.stroke(Color.rgb(0x77A7D3), 4).dashed(5, 4)), doc -> {
                    Element line = only(doc, "polyline");
                    assertEquals(List.of("10,50 100,50 100,90", "none", "#77A7D3", "4", "5,4"),
                            attributes(line, "points", "fill", "stroke", "stroke-width", "stroke-dasharray"));
                }));
        examples.put(Shape.Polygon.class, new Example(new Shape.Polygon(List.of(new Point(100, 90),
                new Point(93, 78), new Point(107, 78.5)), Style.fill(Color.rgb(0x77A7D3))), doc -> {
                    Element head = only(doc, "path");
                    assertEquals(List.of("M100 90L93 78L107 78.5Z", "#77A7D3"), attributes(head, "d", "fill"));
                }));
        examples.put(Shape.Text.class, new Example(new Shape.Text(new Point(5, 15), "VPN Connection",
                Font.sansBold(10), Color.rgb(0x0090C6), Shape.Anchor.MIDDLE), doc -> {
                    Element text = only(doc, "text");
                    assertEquals("VPN Connection", text.getTextContent());
                    assertEquals(List.of("5", "15", Font.SANS, "10", "bold", "middle", "#0090C6"), attributes(text,
                            "x", "y", "font-family", "font-size", "font-weight", "text-anchor", "fill"));
                }));
        examples.put(Shape.Icon.class, new Example(new Shape.Icon("gateway", new Rect(1, 2, 24, 24)), doc -> {
            Element use = only(doc, "use");
            assertEquals("#icon-gateway", use.getAttributeNS(SvgDom.XLINK_NS, "href"));
            assertEquals(List.of("1", "2", "24", "24"), attributes(use, "x", "y", "width", "height"));
            Element symbol = only(doc, "symbol");
            assertEquals("icon-gateway", symbol.getAttribute("id"));
            assertFalse(SvgDom.named(doc, "path").isEmpty(), "the symbol has the icon's paths");
        }));
        examples.put(Shape.Group.class, new Example(new Shape.Group("vnet-app", "element", List.of(
                new Shape.Box(new Rect(0, 0, 10, 10), 0, Style.fill(Color.WHITE)))), doc -> {
                    Element group = only(doc, "g");
                    assertEquals(List.of("vnet-app", "element"), attributes(group, "data-element-id", "class"));
                    assertEquals(group, only(doc, "rect").getParentNode());
                }));
        return examples;
    }

    private static Element only(Document doc, String localName) {
        List<Element> found = SvgDom.named(doc, localName);
        assertEquals(1, found.size(), "<" + localName + "> elements");
        return found.get(0);
    }

    private static List<String> attributes(Element element, String... names) {
        return Arrays.stream(names).map(element::getAttribute).toList();
    }
}
