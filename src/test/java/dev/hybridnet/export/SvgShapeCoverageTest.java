package dev.hybridnet.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.hybridnet.render.Drawing;
import dev.hybridnet.render.Font;
import dev.hybridnet.render.Shape;
import dev.hybridnet.render.ShapeCoverage;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The SVG writer draws every kind of shape ({@link ShapeCoverage}, through the picture Batik renders of the SVG),
 * and writes each as the SVG element that draws it, with the attributes this test expects.
 */
class SvgShapeCoverageTest extends ShapeCoverage {

    @Override
    protected Pixels paint(Drawing drawing) throws Exception {
        BufferedImage image = BatikPictures.render(drawing, (int) Math.ceil(drawing.viewBox().width() * SCALE),
                (int) Math.ceil(drawing.viewBox().height() * SCALE), Background.TRANSPARENT);
        int w = image.getWidth();
        int h = image.getHeight();
        return new Pixels(w, h, image.getRGB(0, 0, w, h, null, 0, w));
    }

    @Test
    void everyExampleIsWrittenAsTheElementThatDrawsIt() {
        Map<Class<? extends Shape>, Consumer<Document>> expectations = expectations();
        assertEquals(examples().keySet(), expectations.keySet());
        for (Map.Entry<Class<? extends Shape>, Example> entry : examples().entrySet()) {
            Drawing drawing = new Drawing(VIEW, List.of(entry.getValue().shape()), "shape",
                    entry.getKey().getSimpleName());
            expectations.get(entry.getKey()).accept(SvgDom.parse(new SvgWriter().write(drawing)));
        }
    }

    private static Map<Class<? extends Shape>, Consumer<Document>> expectations() {
        Map<Class<? extends Shape>, Consumer<Document>> expected = new LinkedHashMap<>();
        expected.put(Shape.Box.class, doc -> assertEquals(List.of("10", "20", "30", "40", "4", "#E4FAFF", "#3A99C6",
                "1.5"), attributes(only(doc, "rect"), "x", "y", "width", "height", "rx", "fill", "stroke",
                "stroke-width")));
        expected.put(Shape.Path.class, doc -> assertEquals(List.of("M20.00 20.00L80.00 20.00L80.00 80.00L20.00 80.00Z"
                + " M35.00 50.00A15.00 15.00 0 1 0 65.00 50.00A15.00 15.00 0 1 0 35.00 50.00Z", "evenodd", "#000000",
                "0.5"), attributes(only(doc, "path"), "d", "fill-rule", "fill", "fill-opacity")));
        expected.put(Shape.Polyline.class, doc -> assertEquals(List.of("10,50 100,50 100,90", "none", "#77A7D3", "4",
                "5,4"), attributes(only(doc, "polyline"), "points", "fill", "stroke", "stroke-width",
                "stroke-dasharray")));
        expected.put(Shape.Polygon.class, doc -> assertEquals(List.of("M100 90L90 70L110 70Z", "#77A7D3"),
                attributes(only(doc, "path"), "d", "fill")));
        expected.put(Shape.Text.class, doc -> {
            Element text = only(doc, "text");
            assertEquals("VPN Connection", text.getTextContent());
            assertEquals(List.of("60", "40", Font.SANS, "10", "bold", "middle", "#0090C6"), attributes(text, "x", "y",
                    "font-family", "font-size", "font-weight", "text-anchor", "fill"));
        });
        expected.put(Shape.Icon.class, doc -> {
            Element use = only(doc, "use");
            assertEquals("#icon-gateway", use.getAttributeNS(SvgDom.XLINK_NS, "href"));
            assertEquals(List.of("2", "2", "48", "48"), attributes(use, "x", "y", "width", "height"));
            assertEquals("icon-gateway", only(doc, "symbol").getAttribute("id"));
            assertFalse(SvgDom.named(doc, "path").isEmpty(), "the symbol has the icon's paths");
        });
        expected.put(Shape.Group.class, doc -> {
            Element group = only(doc, "g");
            assertEquals(List.of("vnet-app", "element"), attributes(group, "data-element-id", "class"));
            assertEquals(group, only(doc, "rect").getParentNode());
        });
        return expected;
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
