package dev.hybridnet.command;

import dev.hybridnet.model.Diagram;
import java.util.Objects;
import java.util.Optional;

/**
 * What the window shows of a {@link History} at one moment: the diagram, its revision, the Undo and Redo menu
 * texts ("Undo Move 3 elements"), and whether there are unsaved changes.
 *
 * @param revision rises by one at every change of the diagram (execute, undo, redo, reset)
 */
public record HistoryState(Diagram diagram, long revision, Optional<String> undoLabel, Optional<String> redoLabel,
        boolean dirty) {

    public HistoryState {
        Objects.requireNonNull(diagram, "diagram");
        Objects.requireNonNull(undoLabel, "undoLabel");
        Objects.requireNonNull(redoLabel, "redoLabel");
    }

    public boolean canUndo() {
        return undoLabel.isPresent();
    }

    public boolean canRedo() {
        return redoLabel.isPresent();
    }
}
