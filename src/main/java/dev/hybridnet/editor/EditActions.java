package dev.hybridnet.editor;

import dev.hybridnet.command.Composite;
import dev.hybridnet.command.Delete;
import dev.hybridnet.command.History;
import dev.hybridnet.command.Landed;
import dev.hybridnet.command.Move;
import dev.hybridnet.command.Fragment;
import dev.hybridnet.command.Paste;
import dev.hybridnet.command.Placement;
import dev.hybridnet.command.Rename;
import dev.hybridnet.command.Restack;
import dev.hybridnet.command.RouteEdits;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Edit menu of one {@link Editor}: undo and redo with their labels, cut, copy, paste (also at a point),
 * duplicate, delete, rename, reset route, select all, bring to front, send to back and nudge, each with the test
 * that enables its menu item. Every change goes through the editor's history.
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

    /**
     * Pastes at a point of the canvas (a context menu's Paste): the copy's top-left corner goes to {@code world},
     * into the innermost network or subnet there that may hold it, else back into the containers it was copied
     * from (or the top level), and lands clear of its new siblings as every paste does.
     */
    public void pasteAt(Point world) {
        if (!canPaste()) {
            return;
        }
        Diagram d = editor.diagram();
        Fragment content = state.clipboard.content();
        Rect from = content.bounds().orElseThrow();
        Optional<String> into = Hits.containersAt(editor.scene(), world, java.util.List.of()).stream()
                .filter(c -> content.roots().stream().allMatch(r -> Placement.allows(d, r.kind(), Optional.of(c.id()))))
                .map(Element::id).findFirst();
        Paste paste = new Paste(content, into, world.x() - from.x(), world.y() - from.y());
        Set<String> ids = Set.copyOf(paste.newIds(d).values());
        if (editor.execute(new Landed(paste, ids))) {
            editor.select(ids);
        }
    }

    public boolean canDuplicate() {
        return canCopy();
    }

    /**
     * Duplicates the selection (with contents and the connections among the selected) one step down and right,
     * as one undo step, and selects the copy; the clipboard is left alone. Like a paste, the copy gets names and
     * address ranges of its own and lands clear of its siblings.
     */
    public void duplicate() {
        if (!canDuplicate()) {
            return;
        }
        Diagram d = editor.diagram();
        Paste paste = new Paste(Fragment.of(d, state.selection.retainedIn(d).ids()), Optional.empty(),
                Clipboard.STEP, Clipboard.STEP);
        Set<String> ids = Set.copyOf(paste.newIds(d).values());
        String label = paste.label(d).replaceFirst("^Paste", "Duplicate");
        if (editor.execute(new Composite(label, List.of(new Landed(paste, ids))))) {
            editor.select(ids);
        }
    }

    /** The selected elements (connections have no stacking order of their own). */
    private Set<String> selectedElements() {
        return state.selection.elements(editor.diagram());
    }

    public boolean canRestack() {
        return !selectedElements().isEmpty();
    }

    /** Draws the selected elements over their siblings: one undo step; nothing when they are in front already. */
    public void bringToFront() {
        if (canRestack()) {
            editor.execute(new Restack(selectedElements(), true));
        }
    }

    /** Draws the selected elements under their siblings. */
    public void sendToBack() {
        if (canRestack()) {
            editor.execute(new Restack(selectedElements(), false));
        }
    }

    /** The element Rename would rename: the one selected element. */
    public Optional<String> renameTarget() {
        Diagram d = editor.diagram();
        return state.selection.retainedIn(d).single().filter(d::hasId);
    }

    /** The text an inline rename starts from: an element's name, a connection's label (empty when it has none). */
    public String renameText(String id) {
        Diagram d = editor.diagram();
        return d.element(id).map(Element::name).orElseGet(() -> d.connection(id)
                .flatMap(c -> c.props().read(dev.hybridnet.model.Keys.LABEL).toOptional()).orElse(""));
    }

    public boolean canRename() {
        return renameTarget().isPresent();
    }

    /**
     * Renames an element to {@code text} (surrounding blanks removed) as one undo step. A blank name is refused
     * with the reason in the status bar; the same name changes nothing. True when the diagram changed.
     */
    public boolean rename(String id, String text) {
        String name = text.strip();
        if (editor.diagram().connection(id).isPresent()) {
            // A connection's "name" is its label (format 1.2): empty text removes it, and the kind's word shows again.
            if (name.equals(renameText(id))) {
                return false;
            }
            return editor.execute(name.isEmpty() ? new dev.hybridnet.command.RemoveProperty(id,
                    dev.hybridnet.model.Keys.LABEL.name()) : new dev.hybridnet.command.SetProperty(id,
                    dev.hybridnet.model.Keys.LABEL, dev.hybridnet.model.PropValue.text(name)));
        }
        Optional<Element> e = editor.diagram().element(id);
        if (e.isEmpty() || name.equals(e.get().name())) {
            return false;
        }
        if (name.isEmpty()) {
            state.status = "A name cannot be empty; " + e.get().name() + " keeps its name.";
            editor.changed();
            return false;
        }
        return editor.execute(new Rename(id, name));
    }

    /**
     * Starts renaming the one selected element on the canvas (F2, Rename…, a double-click): the shell shows a text
     * field over its name while {@link #renaming()} names it. False when no single element is selected.
     */
    public boolean startRename() {
        Optional<String> target = renameTarget();
        if (target.isEmpty()) {
            return false;
        }
        editor.cancelGesture();
        state.renaming = target;
        editor.changed();
        return true;
    }

    /** The element being renamed on the canvas; empty when none is. */
    public Optional<String> renaming() {
        return state.renaming.filter(editor.diagram()::hasId);
    }

    /**
     * Where the text field of an inline rename goes, in canvas units: over the name in a network's or subnet's
     * header, or under a component's icon where its name is drawn.
     */
    public Optional<Rect> renameBox(String id) {
        Diagram d = editor.diagram();
        Optional<dev.hybridnet.model.Connection> connection = d.connection(id);
        if (connection.isPresent()) {
            // Between the two ends, where the label of a short straight route is drawn.
            Optional<Element> from = d.element(connection.get().from());
            Optional<Element> to = d.element(connection.get().to());
            if (from.isEmpty() || to.isEmpty()) {
                return Optional.empty();
            }
            Point a = from.get().bounds().center();
            Point b = to.get().bounds().center();
            return Optional.of(new Rect((a.x() + b.x()) / 2 - 80, (a.y() + b.y()) / 2 - 11, 160, 22));
        }
        return d.element(id).map(e -> {
            Rect b = e.bounds();
            if (Hits.isContainer(e)) {
                return new Rect(b.x() + 26, b.y() + 3, Math.max(b.width() - 32, 120), 22);
            }
            double width = Math.max(b.width() + 40, 140);
            return new Rect(b.center().x() - width / 2, b.maxY() + 1, width, 22);
        });
    }

    /** Ends an inline rename with the text typed (Enter, or the field losing the focus): one Rename, if any. */
    public boolean commitRename(String text) {
        Optional<String> id = renaming();
        state.renaming = Optional.empty();
        boolean changed = id.isPresent() && rename(id.get(), text);
        editor.changed();
        return changed;
    }

    /** Ends an inline rename without changing anything (Escape). */
    public void cancelRename() {
        if (state.renaming.isPresent()) {
            state.renaming = Optional.empty();
            editor.changed();
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

    /**
     * Why a nudge may not go on: it would put a moved element on top of a sibling it did not overlap before (a VNet
     * nudged onto another VNet would hide their peering). Drops and pastes settle into free room instead; a nudge
     * is a small exact step, so it stops with the reason. Annotations neither stop nor are stopped.
     */
    private Optional<String> stacking(Set<String> movers, double dx, double dy) {
        Diagram before = editor.diagram();
        for (String id : movers) {
            Element e = before.element(id).orElseThrow();
            if (e.kind().isAnnotation()) {
                continue;
            }
            Rect moved = e.bounds().movedBy(dx, dy);
            for (Element sibling : e.parent().map(before::childrenOf).orElseGet(before::roots)) {
                if (movers.contains(sibling.id()) || sibling.kind().isAnnotation()) {
                    continue;
                }
                if (moved.intersects(sibling.bounds()) && !e.bounds().intersects(sibling.bounds())) {
                    return Optional.of(dev.hybridnet.command.Wording.label(e) + " stops at " + dev.hybridnet.command.Wording.label(sibling)
                            + ": one more step would put it on top of it.");
                }
            }
        }
        return Optional.empty();
    }

    /** What makes nudges one undo step: the same elements. */
    private record NudgeKey(Set<String> ids) {
    }

    /** Moves the selected elements by a distance in canvas units, as the arrow keys do. */
    public void nudge(double dx, double dy) {
        Set<String> movers = state.selection.outermostElements(editor.diagram());
        Optional<String> stacked = movers.isEmpty() ? Optional.empty() : stacking(movers, dx, dy);
        if (stacked.isPresent()) {
            state.status = stacked.get();
            editor.changed();
            return;
        }
        if (!movers.isEmpty()) {
            // Consecutive nudges of the same elements are one undo step, as a drag is.
            editor.execute(new Move(movers, dx, dy), new NudgeKey(movers));
        }
    }
}
