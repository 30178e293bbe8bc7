package dev.hybridnet.editor;

import dev.hybridnet.command.Composite;
import dev.hybridnet.command.Delete;
import dev.hybridnet.command.History;
import dev.hybridnet.command.Landed;
import dev.hybridnet.command.Move;
import dev.hybridnet.command.Paste;
import dev.hybridnet.command.RouteEdits;
import dev.hybridnet.model.Diagram;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Edit menu of one {@link Editor}: undo and redo with their labels, cut, copy, paste, delete, reset route,
 * select all and nudge, each with the test that enables its menu item. Every change goes through the editor's history.
 */
public final class EditActions {

    private final Editor editor;
    private final EditorState state;

    EditActions(Editor editor, EditorState state) {
        this.editor = editor;
        this.state = state;
    }

    private History history() {
        return editor.history();
    }

    public boolean canUndo() {
        return history().canUndo();
    }

    public boolean canRedo() {
        return history().canRedo();
    }

    /** "Undo Move 3 elements"; empty when there is nothing to undo. */
    public Optional<String> undoLabel() {
        return history().undoLabel();
    }

    /** "Redo Move 3 elements"; empty when there is nothing to redo. */
    public Optional<String> redoLabel() {
        return history().redoLabel();
    }

    /** Cancels any gesture in progress, then restores the diagram before the last command. */
    public void undo() {
        editor.cancelGesture();
        history().undo();
    }

    public void redo() {
        editor.cancelGesture();
        history().redo();
    }

    public boolean canCopy() {
        return !state.selection.retainedIn(editor.diagram()).isEmpty();
    }

    public boolean canCut() {
        return canCopy();
    }

    public boolean canDelete() {
        return canCopy();
    }

    public boolean canPaste() {
        return !state.clipboard.isEmpty();
    }

    /** Copies the selected elements with their contents and the connections among them. */
    public void copy() {
        if (canCopy()) {
            state.clipboard = Clipboard.copied(editor.diagram(), state.selection);
            editor.changed();
        }
    }

    /** Copies, then deletes the selection as one undo step ("Cut 2 elements"). */
    public void cut() {
        if (canCut()) {
            Diagram d = editor.diagram();
            Delete delete = new Delete(state.selection.retainedIn(d).ids());
            Clipboard cut = Clipboard.cut(d, state.selection);
            if (editor.execute(new Composite(delete.label(d).replaceFirst("^Delete", "Cut"), List.of(delete)))) {
                state.clipboard = cut;
            }
        }
    }

    /** Pastes with fresh ids (into the selected container when it may hold the copy) and selects the copy. */
    public void paste() {
        Diagram d = editor.diagram();
        Optional<Paste> paste = state.clipboard.paste(d, state.selection);
        if (paste.isPresent()) {
            Set<String> ids = Set.copyOf(paste.get().newIds(d).values());
            if (editor.execute(new Landed(paste.get(), ids))) {
                state.clipboard = state.clipboard.afterPaste();
                editor.select(ids);
            }
        }
    }

    /** Deletes the selection, with everything inside it and every connection touching it. */
    public void delete() {
        if (canDelete()) {
            editor.execute(new Delete(state.selection.retainedIn(editor.diagram()).ids()));
        }
    }

    /** True when a selected connection has waypoints, which Reset Route removes. */
    public boolean canResetRoute() {
        return !RouteEdits.withWaypoints(editor.diagram(), state.selection.ids()).isEmpty();
    }

    /** Removes the waypoints of the selected connections, so the router places their routes again. */
    public void resetRoute() {
        List<String> ids = RouteEdits.withWaypoints(editor.diagram(), state.selection.ids());
        if (!ids.isEmpty()) {
            editor.execute(RouteEdits.reset(ids));
        }
    }

    public void selectAll() {
        editor.select(Selection.all(editor.diagram()).ids());
    }

    /** What makes nudges one undo step: the same elements. */
    private record NudgeKey(Set<String> ids) {
    }

    /** Moves the selected elements by a distance in canvas units, as the arrow keys do. */
    public void nudge(double dx, double dy) {
        Set<String> movers = state.selection.outermostElements(editor.diagram());
        if (!movers.isEmpty()) {
            // Consecutive nudges of the same elements are one undo step, as a drag is.
            editor.execute(new Move(movers, dx, dy), new NudgeKey(movers));
        }
    }
}
