package dev.hybridnet.editor;

import dev.hybridnet.command.Command;
import dev.hybridnet.render.GestureMarks;
import java.util.Objects;
import java.util.Optional;

/**
 * What a tool shows of the gesture in progress: the change it would make (shown on the canvas but not in the
 * history), the marks to draw, a sentence for next to the pointer, and the cursor.
 */
record Preview(Optional<Command> change, GestureMarks marks, Optional<String> hint, Cursor cursor) {

    Preview {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(marks, "marks");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(cursor, "cursor");
    }

    static Preview idle(Cursor cursor) {
        return new Preview(Optional.empty(), GestureMarks.none(), Optional.empty(), cursor);
    }
}
