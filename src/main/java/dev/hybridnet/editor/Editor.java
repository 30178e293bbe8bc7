package dev.hybridnet.editor;

import dev.hybridnet.command.AddConnection;
import dev.hybridnet.command.Blueprint;
import dev.hybridnet.command.Command;
import dev.hybridnet.command.CommandRefusedException;
import dev.hybridnet.command.Composite;
import dev.hybridnet.command.Delete;
import dev.hybridnet.command.History;
import dev.hybridnet.command.Move;
import dev.hybridnet.command.Paste;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.geometry.Size;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.render.Drawing;
import dev.hybridnet.validation.ConnectionOption;
import dev.hybridnet.validation.Finding;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One open document in the editor, without a toolkit: the {@link History}, the selection, the viewport, the
 * active tool, the hover, the status message and the clipboard. The shell feeds it pointer, key and scroll
 * events, calls its actions from menus and toolbars, and paints {@link #drawing()} through {@link #viewport()}.
 * What the canvas shows is a function of the diagram and this state; gestures preview without touching the
 * history, and every change goes through {@link #execute}.
 *
 * <p>Not thread-safe: the user interface thread owns it. Listeners hear every visible change.
 */
public final class Editor {

    /** How near, in screen pixels, the pointer must be to a line or a handle to hit it. */
    public static final double PICK_TOLERANCE = 4;
    /** Room around the diagram when zooming to fit, in screen pixels. */
    public static final double FIT_MARGIN = 24;

    private final History history;
    private final EditorState state = new EditorState();
    private final Events events;
    private final Display display;

    public Editor(Diagram diagram) {
        this.history = new History(Objects.requireNonNull(diagram, "diagram"));
        this.display = new Display();
        this.events = new Events(this, state);
        history.addListener(s -> changed());
    }

    // ---- document ----

    /** Replaces the document (New, Open, Open Sample): empty history, clean, nothing selected, zoomed to fit. */
    public void open(Diagram diagram) {
        state.reset();
        history.reset(diagram);
        zoomToFit();
    }

    /** The committed diagram, without any gesture preview: what Save writes. */
    public Diagram diagram() {
        return history.current();
    }

    /** The diagram as the canvas shows it, with the preview of the gesture in progress. */
    public Diagram displayed() {
        return display.displayed(history.current(), events.preview());
    }

    public History history() {
        return history;
    }

    public boolean isDirty() {
        return history.isDirty();
    }

    /** Call after writing {@link #diagram()} to disk. */
    public void markSaved() {
        history.markSaved();
    }

    /**
     * Runs a command through the history (the inspector and quick fixes call this too). On refusal the reason
     * goes to the status bar and the result is false; nothing changes.
     */
    public boolean execute(Command command) {
        try {
            boolean changed = history.execute(command);
            if (changed) {
                state.status = "";
            }
            return changed;
        } catch (CommandRefusedException e) {
            state.status = e.getMessage();
            changed();
            return false;
        }
    }

    // ---- events and tools ----

    public void pointer(PointerEvent e) {
        events.pointer(e);
        changed();
    }

    public void key(KeyEvent e) {
        events.key(e);
        changed();
    }

    public void scroll(ScrollEvent e) {
        if (e.zooms()) {
            state.viewport = state.viewport.zoomedAt(e.screen(), Math.pow(Viewport.STEP, e.deltaY() / 40));
        } else {
            state.viewport = state.viewport.pannedBy(e.deltaX(), e.deltaY());
        }
        changed();
    }

    public Tool tool() {
        return state.tool;
    }

    public void useSelect() {
        use(new SelectTool());
    }

    /** Click a palette entry, then click the canvas; or press on the entry and release over the canvas. */
    public void usePlace(Blueprint blueprint) {
        use(new PlaceTool(blueprint));
    }

    public void useConnect() {
        use(new ConnectTool());
    }

    public void usePan() {
        use(new PanTool());
    }

    void use(Tool tool) {
        state.tool.cancel();
        state.tool = tool;
        state.choices = List.of();
        changed();
    }

    /** The kinds to choose from after a connect gesture that several kinds fit; empty otherwise. */
    public List<ConnectionOption> connectionChoices() {
        return state.choices;
    }

    /** Creates the chosen connection (one of {@link #connectionChoices()}). */
    public boolean chooseConnection(ConnectionOption option) {
        if (!state.choices.contains(option)) {
            throw new IllegalArgumentException("not one of the offered connections: " + option);
        }
        state.choices = List.of();
        return execute(AddConnection.of(diagram(), option.kind(), option.from(), option.to()));
    }

    // ---- edit actions ----

    public boolean canUndo() {
        return history.canUndo();
    }

    public boolean canRedo() {
        return history.canRedo();
    }

    /** "Undo Move 3 elements"; empty when there is nothing to undo. */
    public Optional<String> undoLabel() {
        return history.undoLabel();
    }

    public Optional<String> redoLabel() {
        return history.redoLabel();
    }

    public void undo() {
        events.cancel();
        history.undo();
    }

    public void redo() {
        events.cancel();
        history.redo();
    }

    public boolean canCopy() {
        return !Selection.of(state.selection.ids()).retainedIn(diagram()).isEmpty();
    }

    public boolean canPaste() {
        return !state.clipboard.isEmpty();
    }

    public boolean canDelete() {
        return canCopy();
    }

    public void copy() {
        if (canCopy()) {
            state.clipboard = Clipboard.copied(diagram(), state.selection);
            changed();
        }
    }

    public void cut() {
        if (canCopy()) {
            Diagram d = diagram();
            Delete delete = new Delete(state.selection.ids());
            Clipboard cut = Clipboard.cut(d, state.selection);
            if (execute(new Composite(delete.label(d).replaceFirst("^Delete", "Cut"), List.of(delete)))) {
                state.clipboard = cut;
            }
        }
    }

    /** Pastes the clipboard (into the selected container when it may hold it) and selects what was pasted. */
    public void paste() {
        Diagram d = diagram();
        Optional<Paste> paste = state.clipboard.paste(d, state.selection);
        if (paste.isPresent()) {
            Set<String> ids = Set.copyOf(paste.get().newIds(d).values());
            if (execute(paste.get())) {
                state.clipboard = state.clipboard.afterPaste();
                state.selection = Selection.of(ids).retainedIn(diagram());
                changed();
            }
        }
    }

    /** Deletes the selection, with everything inside it and every connection touching it. */
    public void delete() {
        if (canDelete()) {
            execute(new Delete(state.selection.retainedIn(diagram()).ids()));
        }
    }

    /** Moves the selected elements by a distance in canvas units (the arrow keys). */
    public void nudge(double dx, double dy) {
        Set<String> movers = state.selection.outermostElements(diagram());
        if (!movers.isEmpty()) {
            execute(new Move(movers, dx, dy));
        }
    }

    // ---- selection ----

    public Selection selection() {
        return state.selection;
    }

    /** Selects these ids (those that exist), e.g. the elements of a finding. */
    public void select(Collection<String> ids) {
        state.selection = Selection.of(ids).retainedIn(diagram());
        changed();
    }

    public void selectAll() {
        select(Selection.all(diagram()).ids());
    }

    public void clearSelection() {
        select(List.of());
    }

    // ---- view ----

    public Viewport viewport() {
        return state.viewport;
    }

    /** The canvas's size in screen pixels; zoom actions centre on it. */
    public void viewResized(Size view) {
        state.view = Objects.requireNonNull(view, "view");
        changed();
    }

    public void zoomIn() {
        zoomBy(Viewport.STEP);
    }

    public void zoomOut() {
        zoomBy(1 / Viewport.STEP);
    }

    private void zoomBy(double factor) {
        Rect view = new Rect(0, 0, state.view.width(), state.view.height());
        state.viewport = state.viewport.zoomedAt(view.center(), factor);
        changed();
    }

    /** 100 %, keeping the middle of the view where it is. */
    public void zoomToActualSize() {
        Rect view = new Rect(0, 0, state.view.width(), state.view.height());
        state.viewport = state.viewport.withScaleAt(view.center(), 1);
        changed();
    }

    /** Shows the whole diagram. */
    public void zoomToFit() {
        state.viewport = Viewport.fitting(display.extent(diagram()), state.view, FIT_MARGIN);
        changed();
    }

    /** Selects the ids and scrolls them into view, zooming out only if they do not fit (a finding's elements). */
    public void reveal(Collection<String> ids) {
        select(ids);
        display.bounds(diagram(), state.selection.ids()).ifPresent(r -> {
            Rect visible = state.viewport.visible(state.view);
            if (!visible.contains(r)) {
                boolean fits = r.width() * state.viewport.scale() <= state.view.width() - 2 * FIT_MARGIN
                        && r.height() * state.viewport.scale() <= state.view.height() - 2 * FIT_MARGIN;
                state.viewport = fits ? state.viewport.centredOn(r.center(), state.view)
                        : Viewport.fitting(r, state.view, FIT_MARGIN);
            }
        });
        changed();
    }

    public Grid grid() {
        return state.grid;
    }

    public void useGrid(Grid grid) {
        state.grid = Objects.requireNonNull(grid, "grid");
        changed();
    }

    // ---- what the canvas and the status bar show ----

    /** The picture to paint, in world coordinates: the displayed diagram with every decoration. Cached. */
    public Drawing drawing() {
        return display.drawing(displayed(), state, events.preview());
    }

    public Optional<String> hover() {
        return state.hover;
    }

    /** The last message for the status bar: a refusal's reason, or empty after a successful change. */
    public String status() {
        return state.status;
    }

    /** A sentence for next to the pointer while a gesture is in progress. */
    public Optional<String> hint() {
        return events.preview().hint();
    }

    public Cursor cursor() {
        return events.cursor();
    }

    /** The findings to show as badges, from the last validation of {@link #diagram()}. */
    public void showFindings(List<Finding> findings) {
        state.findings = List.copyOf(findings);
        changed();
    }

    public void addListener(Runnable listener) {
        state.listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Runnable listener) {
        state.listeners.remove(listener);
    }

    void changed() {
        events.invalidate();
        Diagram d = diagram();
        state.selection = state.selection.retainedIn(d);
        state.hover = state.hover.filter(d::hasId);
        state.listeners.forEach(Runnable::run);
    }
}
