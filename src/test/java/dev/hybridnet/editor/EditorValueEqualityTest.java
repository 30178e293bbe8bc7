package dev.hybridnet.editor;

import dev.hybridnet.RecordEquality;
import dev.hybridnet.command.Move;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.render.GestureMarks;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The editor values with written-out equals and hashCode behave as records' own would. */
class EditorValueEqualityTest {

    @Test
    void viewports() {
        RecordEquality.assertValueSemantics(List.of(Viewport.identity(), new Viewport(1, 0, 0), new Viewport(2, 0, 0),
                new Viewport(1, 3, 0), new Viewport(1, 0, 3), new Viewport(1, -0.0, 0)));
    }

    @Test
    void previews() {
        Move move = new Move(Set.of("a"), 1, 2);
        GestureMarks band = new GestureMarks(Optional.of(new Rect(0, 0, 1, 1)), Optional.empty(), Optional.empty());
        RecordEquality.assertValueSemantics(List.of(Preview.idle(Cursor.DEFAULT), Preview.idle(Cursor.DEFAULT),
                Preview.idle(Cursor.MOVE),
                new Preview(Optional.of(move), GestureMarks.none(), Optional.empty(), Cursor.DEFAULT),
                new Preview(Optional.empty(), band, Optional.empty(), Cursor.DEFAULT),
                new Preview(Optional.empty(), GestureMarks.none(), Optional.of("hint"), Cursor.DEFAULT)));
    }
}
