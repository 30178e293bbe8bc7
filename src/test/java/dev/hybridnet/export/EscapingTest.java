package dev.hybridnet.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.render.Color;
import dev.hybridnet.render.Drawing;
import dev.hybridnet.render.Font;
import dev.hybridnet.render.Shape;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** User text in every place it reaches the SVG: well-formed, inert, and read back exactly as written. */
class EscapingTest {

    private static final ExportCase FULL = new ExportCase("torture", TortureDiagram.diagram(), ExportCase.Style.FULL);
    private static final ExportCase CARD = new ExportCase("torture", TortureDiagram.diagram(), ExportCase.Style.CARD);

    @Test
    void hostileNamesGiveWellFormedSvgWithoutAScriptElement() {
        for (ExportCase c : List.of(FULL, CARD)) {
            String svg = c.svg();
            Document doc = SvgDom.parse(svg);
            assertEquals(List.of(), SvgDom.named(doc, "script"), c.toString());
            assertFalse(svg.contains("<script"), c.toString());
            assertFalse(svg.contains("<!--"), c.toString());
            assertFalse(svg.contains("<![CDATA["), c.toString());
        }
    }

    @Test
    void everyNameReadsBackExactlyFromTheTextOfTheFullStyle() {
        Set<String> texts = SvgDom.named(SvgDom.parse(FULL.svg()), "text").stream().map(Element::getTextContent)
                .collect(Collectors.toSet());
        for (TortureDiagram.Name name : TortureDiagram.NAMES) {
            assertTrue(texts.contains(name.readBack()), "not read back: " + visible(name.readBack()) + " among "
                    + texts.stream().map(EscapingTest::visible).toList());
        }
    }

    @Test
    void theTitleReadsBackInBothStylesWithItsControlCharacterReplaced() {
        for (ExportCase c : List.of(FULL, CARD)) {
            Document doc = SvgDom.parse(c.svg());
            assertEquals(TortureDiagram.TITLE.readBack(), SvgDom.named(doc, "title").get(0).getTextContent());
        }
    }

    @Test
    void attributeValuesKeepQuotesMarkupAndWhitespace() {
        String id = "a\"b'c<d>e&f\tg\nh\ri ]]>";
        String role = "role with \"quotes\" & <angles>";
        String family = "'My \"Font\"', serif";
        Drawing drawing = new Drawing(new Rect(0, 0, 100, 50), List.of(new Shape.Group(id, role, List.of(
                new Shape.Text(new Point(10, 20), "x", new Font(family, 10, false), Color.BLACK,
                        Shape.Anchor.START)))), "t", "d");
        Document doc = SvgDom.parse(new SvgWriter().write(drawing));
        Element group = SvgDom.named(doc, "g").get(0);
        assertEquals(id, group.getAttribute("data-element-id"));
        assertEquals(role, group.getAttribute("class"));
        assertEquals(family, SvgDom.named(doc, "text").get(0).getAttribute("font-family"));
    }

    @Test
    void controlCharactersAreReplacedAndEverythingElseIsKept() {
        assertEquals("a\uFFFDb\uFFFDc\uFFFDd", Xml.escape("a\u0000b\u001Fc\u009Fd"));
        assertEquals("&#9;&#10;&#13;", Xml.escape("\t\n\r"));
        assertEquals("&lt;&gt;&amp;&quot;&apos;", Xml.escape("<>&\"'"));
        assertEquals("\uD83D\uDEF0 東京 עברית", Xml.escape("\uD83D\uDEF0 東京 עברית"));
        assertEquals("\uFFFD\uFFFD", Xml.escape("\uDEF0\uD83D"));
    }

    /** Control characters spelled out, so a failure message shows what was compared. */
    private static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(Character.isISOControl(c) || c == 0xFFFD
                ? String.format(java.util.Locale.ROOT, "\\u%04X", c) : Character.toString(c)));
        return out.toString();
    }
}
