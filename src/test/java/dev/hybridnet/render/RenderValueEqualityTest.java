package dev.hybridnet.render;

import dev.hybridnet.RecordEquality;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The render values with written-out equals and hashCode behave as records' own would. */
class RenderValueEqualityTest {

    @Test
    void colours() {
        RecordEquality.assertValueSemantics(List.of(new Color(1, 2, 3, 0.5), new Color(1, 2, 3, 0.5),
                new Color(0, 2, 3, 0.5), new Color(1, 0, 3, 0.5), new Color(1, 2, 0, 0.5), new Color(1, 2, 3, 1),
                Color.rgb(0x010203), Color.hex("#010203")));
    }

    @Test
    void fonts() {
        RecordEquality.assertValueSemantics(List.of(Font.sans(10), Font.sans(10), Font.sansBold(10), Font.sans(11),
                new Font("serif", 10, false), new Font("serif", 10, false)));
    }

    @Test
    void gestureMarksAndDecorations() {
        GestureMarks band = new GestureMarks(Optional.of(new Rect(0, 0, 10, 10)), Optional.empty(), Optional.empty());
        GestureMarks target = new GestureMarks(Optional.empty(),
                Optional.of(new GestureMarks.Target("a", GestureMarks.Tone.LEGAL)), Optional.empty());
        GestureMarks line = new GestureMarks(Optional.empty(), Optional.empty(),
                Optional.of(new GestureMarks.Line(new Point(0, 0), new Point(1, 1), GestureMarks.Tone.NEUTRAL)));
        GestureMarks guides = GestureMarks.none().withGuides(List.of(
                new GestureMarks.Guide(GestureMarks.Guide.Kind.LINE, new Point(0, 0), new Point(0, 5), 1)));
        RecordEquality.assertValueSemantics(List.of(GestureMarks.none(), GestureMarks.none(), band,
                new GestureMarks(Optional.of(new Rect(0, 0, 10, 10)), Optional.empty(), Optional.empty()), target,
                line, guides));
        Shape icon = new Shape.Icon("server", new Rect(0, 0, 24, 24));
        RecordEquality.assertValueSemantics(List.of(Decorations.none(), Decorations.none(),
                new Decorations(Set.of("a"), Optional.empty(), List.of(), List.of()),
                new Decorations(Set.of("a"), Optional.empty(), List.of(), List.of()),
                new Decorations(Set.of(), Optional.of("a"), List.of(), List.of()),
                new Decorations(Set.of(), Optional.empty(), List.of(), List.of(icon)),
                new Decorations(Set.of(), Optional.empty(), List.of(), List.of(), band)));
    }
}
