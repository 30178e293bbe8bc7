package dev.hybridnet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.render.Decorations;
import dev.hybridnet.render.DiagramRenderer;
import dev.hybridnet.render.Drawing;
import dev.hybridnet.render.Shape;
import dev.hybridnet.samples.Annotated;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import dev.hybridnet.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Notes and groups in files (format revision 1.2): the round trip, and what the loader refuses about them. */
class AnnotationFilesTest {

    private static final String HEAD = "{\"format\": \"hybridnet\", \"version\": 1, \"elements\": [";
    private final DiagramReader reader = new DiagramReader();
    private final DiagramWriter writer = new DiagramWriter();

    @Test
    void notesAndGroupsSurviveARoundTripWithTheirTextSizeAndParent() throws Exception {
        Diagram annotated = Annotated.sample(Samples.load(Sample.VPN));
        String json = writer.write(annotated);
        assertEquals(annotated, reader.read(json, "x.json"));
        assertEquals(json, writer.write(reader.read(json, "x.json")));
        assertTrue(json.contains("\"kind\": \"note\""), json);
        assertTrue(json.contains("\"text\": \"To do:\\nreplace the tunnel by ExpressRoute\""), json);
        assertTrue(json.contains("\"kind\": \"group\",\n      \"name\": \"Phase 1\""), json);
    }

    @Test
    void annotationsAreWrittenWithTheirSizeEvenAtTheDefault() throws Exception {
        String json = writer.write(Diagram.empty("t").withContent(List.of(Annotated.note("n", java.util.Optional
                .empty(), new dev.hybridnet.geometry.Rect(0, 0, 160, 80), "x")), List.of()));
        assertTrue(json.contains("\"width\": 160") && json.contains("\"height\": 80"), json);
    }

    @Test
    void aNoteOrGroupWithoutSizeTakesTheCatalogsDefault() throws Exception {
        Diagram d = reader.read(HEAD + "{\"id\": \"n\", \"kind\": \"note\", \"x\": 0, \"y\": 0},"
                + "{\"id\": \"g\", \"kind\": \"group\", \"x\": 0, \"y\": 0}]}", "x.json");
        assertEquals(160, d.element("n").orElseThrow().bounds().width());
        assertEquals(80, d.element("n").orElseThrow().bounds().height());
        assertEquals(320, d.element("g").orElseThrow().bounds().width());
        assertEquals(ElementKind.GROUP, d.element("g").orElseThrow().kind());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a group with a parent|{\"id\": \"v\", \"kind\": \"virtual-network\", \"x\": 0, \"y\": 0}, {\"id\": \"g\", "
                + "\"kind\": \"group\", \"parent\": \"v\", \"x\": 0, \"y\": 0}]}"
                + "|element 'g': a group stands at the top level and has no parent; remove 'parent'",
        "an element inside a group|{\"id\": \"g\", \"kind\": \"group\", \"x\": 0, \"y\": 0}, {\"id\": \"v\", "
                + "\"kind\": \"virtual-network\", \"parent\": \"g\", \"x\": 0, \"y\": 0}]}"
                + "|element 'v': parent 'g' is a group; annotations hold no elements",
        "an element inside a note|{\"id\": \"n\", \"kind\": \"note\", \"x\": 0, \"y\": 0}, {\"id\": \"m\", "
                + "\"kind\": \"note\", \"parent\": \"n\", \"x\": 0, \"y\": 0}]}"
                + "|element 'm': parent 'n' is a note; annotations hold no elements",
        "a note inside an icon|{\"id\": \"s\", \"kind\": \"server\", \"x\": 0, \"y\": 0}, {\"id\": \"n\", "
                + "\"kind\": \"note\", \"parent\": \"s\", \"x\": 0, \"y\": 0}]}"
                + "|element 'n': parent 's' is a server; a note stands at the top level or in a network or subnet",
        "a connection to a note|{\"id\": \"a\", \"kind\": \"vpn-gateway\", \"x\": 0, \"y\": 0}, {\"id\": \"n\", "
                + "\"kind\": \"note\", \"x\": 0, \"y\": 0}], \"connections\": [{\"id\": \"c\", \"kind\": "
                + "\"site-to-site-vpn\", \"from\": \"a\", \"to\": \"n\"}]}"
                + "|connection 'c': to 'n' is a note; notes and groups are annotations and cannot be connected",
    })
    void theLoaderRefusesAnnotationsInTheNetworkWithAClearMessage(String what, String rest, String expected) {
        DiagramFormatException e = assertThrows(DiagramFormatException.class, () -> reader.read(HEAD + rest,
                "x.json"), what);
        assertTrue(e.getMessage().startsWith("x.json: " + expected), e.getMessage());
    }

    @Test
    void aNoteWithAHugeTextLoadsValidatesCleanAndDrawsOnlyTheLinesThatFit() throws Exception {
        StringBuilder text = new StringBuilder();
        while (text.length() < 900_000) {
            text.append("word ").append(text.length() % 7 == 0 ? "\n" : "");
        }
        text.append("x".repeat(50_000));
        String json = HEAD + "{\"id\": \"n\", \"kind\": \"note\", \"x\": 0, \"y\": 0, \"props\": {\"text\": \""
                + text.toString().replace("\n", "\\n") + "\"}}]}";
        Diagram d = reader.read(json, "huge.json");
        assertEquals(text.length(), d.element("n").orElseThrow().props().read(Keys.TEXT).toOptional().orElseThrow()
                .length());
        assertTrue(new Validator().validate(d).findings().isEmpty());
        Drawing drawing = new DiagramRenderer().render(d, Decorations.none());
        List<Shape.Text> lines = texts(drawing.shapes());
        assertTrue(lines.size() >= 3 && lines.size() <= 5, "lines drawn: " + lines.size());
        assertTrue(lines.get(lines.size() - 1).text().endsWith("\u2026"), lines.get(lines.size() - 1).text());
        for (Shape.Text line : lines) {
            assertTrue(line.at().y() < 80, "inside the note: " + line.at());
        }
    }

    static List<Shape.Text> texts(List<Shape> shapes) {
        List<Shape.Text> result = new ArrayList<>();
        for (Shape s : shapes) {
            if (s instanceof Shape.Text t) {
                result.add(t);
            } else if (s instanceof Shape.Group g) {
                result.addAll(texts(g.children()));
            }
        }
        return result;
    }
}
