package dev.hybridnet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.editor.Handle;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GestureMarksTest {

    private final Diagram vpn = Samples.load(Sample.VPN);
    private final DiagramRenderer renderer = new DiagramRenderer();

    private static Shape.Group group(Shape s) {
        return (Shape.Group) s;
    }

    @Test
    void gestureMarksAreDrawnOnTopAndLeaveTheRestOfTheDrawingAsItWas() {
        GestureMarks marks = new GestureMarks(Optional.of(new Rect(0, 0, 50, 40)),
                Optional.of(new GestureMarks.Target("gwsubnet", GestureMarks.Tone.ILLEGAL)),
                Optional.of(new GestureMarks.Line(new Point(1, 1), new Point(90, 60), GestureMarks.Tone.LEGAL)));
        Drawing plain = renderer.render(vpn, Decorations.none());
        Drawing marked = renderer.render(vpn, new Decorations(Set.of(), Optional.empty(), List.of(), List.of(),
                marks));
        int n = plain.shapes().size();
        assertEquals(plain.shapes(), marked.shapes().subList(0, n));
        assertEquals(plain.viewBox(), marked.viewBox());
        assertEquals(List.of("drop-target", "connect-preview", "rubber-band"),
                marked.shapes().subList(n, marked.shapes().size()).stream().map(s -> group(s).role()).toList());
    }

    @Test
    void aPlainDrawingHasNoGestureMarks() {
        Drawing plain = renderer.render(vpn, Decorations.none());
        assertTrue(plain.shapes().stream().map(GestureMarksTest::group).map(Shape.Group::role)
                .noneMatch(r -> r.equals("drop-target") || r.equals("connect-preview") || r.equals("rubber-band")));
        assertEquals(Decorations.none(), new Decorations(Set.of(), Optional.empty(), List.of(), List.of(),
                GestureMarks.none()));
    }

    @Test
    void legalAndIllegalTargetsAreGreenAndRed() {
        assertEquals(Palette.LEGAL, GesturePainter.color(GestureMarks.Tone.LEGAL));
        assertEquals(Palette.ILLEGAL, GesturePainter.color(GestureMarks.Tone.ILLEGAL));
        Shape.Group target = group(GesturePainter.paint(vpn, new GestureMarks(Optional.empty(),
                Optional.of(new GestureMarks.Target("vpngw", GestureMarks.Tone.ILLEGAL)), Optional.empty())).get(0));
        Shape.Box box = (Shape.Box) target.children().get(0);
        assertEquals(Optional.of(Palette.ILLEGAL), box.style().stroke());
    }

    @Test
    void theEditorsHandlesSitWhereTheRendererDrawsThem() {
        Rect box = vpn.element("gwsubnet").orElseThrow().bounds();
        Drawing drawing = renderer.render(vpn, new Decorations(Set.of("gwsubnet"), Optional.empty(), List.of(),
                List.of()));
        Shape.Group selection = drawing.shapes().stream().filter(s -> s instanceof Shape.Group g
                && g.id().equals("selection-gwsubnet")).map(Shape.Group.class::cast).findFirst().orElseThrow();
        List<Shape> handles = selection.children().subList(1, selection.children().size());
        assertEquals(Handle.values().length, handles.size(), "one drawn square per handle");
        for (Handle h : Handle.values()) {
            Rect drawn = ((Shape.Box) handles.get(h.ordinal())).bounds();
            assertEquals(h.at(box), drawn.center(), h.name());
            assertEquals(Handle.SIZE, drawn.width(), 1e-9);
        }
    }
}
