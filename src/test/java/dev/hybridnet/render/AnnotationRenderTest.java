package dev.hybridnet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.samples.Annotated;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How notes and groups are drawn in the full style, and left out of the card. */
class AnnotationRenderTest {

    private final DiagramRenderer renderer = new DiagramRenderer();

    private static List<String> order(Scene scene) {
        return scene.groups().stream().map(Shape.Group::id).toList();
    }

    @Test
    void aGroupIsDrawnBehindEverythingAndANoteAboveTheNetworksAndConnections() {
        Diagram d = Annotated.sample(Samples.load(Sample.VPN));
        List<String> order = order(renderer.scene(d));
        assertEquals("frame", order.get(0));
        int note = order.indexOf("note-in-subnet");
        assertTrue(note > order.indexOf("vnet-app") && note > order.indexOf("s2s-onprem"), order.toString());
        assertEquals("annotation", renderer.scene(d).groups().get(0).role());
    }

    @Test
    void aNotesTextIsWrappedIntoLinesThatStayInsideTheNote() {
        Element note = Annotated.note("n", Optional.empty(), new Rect(100, 100, 160, 80),
                "A first paragraph long enough to wrap onto a second line\nthen another");
        Diagram d = Diagram.empty("t").withContent(List.of(note), List.of());
        List<Shape.Text> lines = texts(renderer.scene(d).groups().get(0).children());
        assertTrue(lines.size() >= 3, lines.toString());
        assertEquals("then another", lines.get(lines.size() - 1).text());
        for (Shape.Text line : lines) {
            assertTrue(line.at().x() >= 100 && line.at().x() + line.font().estimateWidth(line.text()) <= 260,
                    line.text());
            assertTrue(line.at().y() > 100 && line.at().y() < 180, line.text());
        }
    }

    @Test
    void aNoteTooSmallForItsTextEndsItsLastLineWithAnEllipsis() {
        Element note = Annotated.note("n", Optional.empty(), new Rect(0, 0, 100, 50), "one two three four five six "
                + "seven eight nine ten eleven twelve");
        List<Shape.Text> lines = texts(renderer.scene(Diagram.empty("t").withContent(List.of(note), List.of()))
                .groups().get(0).children());
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).text().endsWith("\u2026"), lines.get(1).text());
    }

    @Test
    void aGroupsTitleIsAtItsTopLeftAndItsFrameIsDashedAndRounded() {
        Element group = Annotated.group("g", "Phase 1", new Rect(10, 20, 300, 200));
        List<Shape> shapes = renderer.scene(Diagram.empty("t").withContent(List.of(group), List.of())).groups()
                .get(0).children();
        Shape.Box frame = (Shape.Box) shapes.get(0);
        assertEquals(new Rect(10, 20, 300, 200), frame.bounds());
        assertTrue(frame.cornerRadius() > 0 && !frame.style().dash().isEmpty() && frame.style().fill().isEmpty());
        Shape.Text title = (Shape.Text) shapes.get(1);
        assertEquals("Phase 1", title.text());
        assertTrue(title.at().x() < 30 && title.at().y() < 45, title.at().toString());
    }

    @Test
    void theViewBoxHoldsAnnotationsWithoutRoomForANameBelowThem() {
        Element note = Annotated.note("n", Optional.empty(), new Rect(0, 0, 160, 80), "x");
        Rect box = renderer.scene(Diagram.empty("t").withContent(List.of(note), List.of())).viewBox();
        assertEquals(new Rect(-DiagramRenderer.MARGIN, -DiagramRenderer.MARGIN, 160 + 2 * DiagramRenderer.MARGIN,
                80 + 2 * DiagramRenderer.MARGIN), box);
    }

    @Test
    void theDescriptionCountsAnnotationsApartFromTheDesign() {
        Diagram plain = Samples.load(Sample.VPN);
        Diagram annotated = Annotated.sample(plain);
        assertEquals(DiagramRenderer.description(plain).replace(".", ", 3 annotations."),
                DiagramRenderer.description(annotated));
    }

    @Test
    void theCardLeavesAnnotationsOut() {
        Diagram plain = Samples.load(Sample.VPN);
        Drawing card = new CardRenderer().render(Annotated.sample(plain));
        assertEquals(new CardRenderer().render(plain).shapes(), card.shapes());
        assertTrue(card.description().endsWith(", 3 annotations."), card.description());
    }

    @Test
    void aHugeWordInAHugeNoteIsCutIntoLinesThatEachFit() {
        Element note = Annotated.note("n", Optional.empty(), new Rect(0, 0, 20_000, 600), "x".repeat(1_000_000));
        List<Shape.Text> lines = texts(renderer.scene(Diagram.empty("t").withContent(List.of(note), List.of()))
                .groups().get(0).children());
        assertEquals(41, lines.size(), "as many lines as the height holds");
        for (Shape.Text line : lines) {
            assertTrue(line.font().estimateWidth(line.text()) <= 20_000 - 16, line.text().length() + " characters");
        }
        assertTrue(lines.get(40).text().endsWith("\u2026"));
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
