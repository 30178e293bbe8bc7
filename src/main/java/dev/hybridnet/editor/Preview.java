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

    // equals and hashCode written out, as a record's own would be (see geometry.Point): the record's own are linked
    // through a method handle bootstrap at first use, which costs more than every comparison of a window's start.
    @Override
    public boolean equals(Object o) {
        return o instanceof Preview p && change.equals(p.change) && marks.equals(p.marks) && hint.equals(p.hint)
                && cursor == p.cursor;
    }

    @Override
    public int hashCode() {
        return ((31 * change.hashCode() + marks.hashCode()) * 31 + hint.hashCode()) * 31 + cursor.hashCode();
    }

    static Preview idle(Cursor cursor) {
        return new Preview(Optional.empty(), GestureMarks.none(), Optional.empty(), cursor);
    }
}
