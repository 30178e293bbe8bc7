package dev.hybridnet.editor;

import dev.hybridnet.command.AddConnection;
import dev.hybridnet.command.Blueprint;
import dev.hybridnet.command.Command;
import dev.hybridnet.command.CommandRefusedException;
import dev.hybridnet.command.History;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.render.Drawing;
import dev.hybridnet.render.Scene;
import dev.hybridnet.validation.Checked;
import dev.hybridnet.validation.ConnectionOption;
import dev.hybridnet.validation.Finding;
import dev.hybridnet.validation.Validator;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One open document in the editor, without a toolkit: the {@link History}, the selection, the viewport, the
 * active tool, the hover, the status message and the clipboard. The shell feeds it pointer, key and scroll
 * events, calls its actions from menus and toolbars, and paints {@link #drawing()} through {@link #viewport()}.
 * What the canvas shows is a function of the diagram and this state; gestures preview without touching the
 * history, and every change goes through {@link #execute}.
 *
 * <p>The validation report is derived state too ({@link #checked()}): the canvas badges, the inspector, the
 * problems panel and the status bar all read the check of the current diagram, or nothing while it is being
 * worked out; nobody hands findings in.
 *
 * <p>Not thread-safe: the user interface thread owns it. Listeners hear every visible change, each once, after
 * it is complete: a change made while they are being told (a listener's edit) is told after the round ends.
 */
public final class Editor {

    /** How near, in screen pixels, the pointer must be to a line or a handle to hit it. */
    public static final double PICK_TOLERANCE = 4;

    private final History history;
    private final EditorState state = new EditorState();
    private final Events events;
    private final Display display;
    private final EditActions edit;
    private final ViewActions view;
    private final ArrangeActions arrange;
    private final ContextActions context;
    private final Checking checking;
    /** Above zero while an event is handled, so that listeners hear it once, at the end. */
    private int handling;
    /** True while the listeners are being told of a change; a change meanwhile sets {@link #again}. */
    private boolean telling;
    private boolean again;

    /** An editor whose checks all run at once, on the caller's thread. */
    public Editor(Diagram diagram) {
        this(diagram, Checking.Policy.immediate());
    }

    /** An editor whose checks run as {@code checks} says (the window moves slow ones to the background). */
    public Editor(Diagram diagram, Checking.Policy checks) {
        this.history = new History(Objects.requireNonNull(diagram, "diagram"));
        this.checking = new Checking(new Validator()::validate, checks, this::changed);
        this.display = new Display();
        this.events = new Events(this, state);
        this.edit = new EditActions(this, state);
        this.view = new ViewActions(this, state, display);
        this.arrange = new ArrangeActions(this, state);
        this.context = new ContextActions(this, state);
        history.addListener(s -> changed());
    }

    // ---- document ----

    /** Replaces the document (New, Open, Open Sample): empty history, clean, nothing selected, zoomed to fit. */
    public void open(Diagram diagram) {
        state.reset();
        history.reset(diagram);
        view.zoomToFit();
    }

    /** Opens a diagram that is not saved anywhere yet (a recovered copy): the document starts dirty. */
    public void openUnsaved(Diagram diagram) {
        state.reset();
        history.resetUnsaved(diagram);
        view.zoomToFit();
    }

    /** The committed diagram, without any gesture preview: what Save writes. */
    public Diagram diagram() {
        return history.current();
    }

    /** The committed diagram as drawn, for hit tests: remembered, so a pointer move draws nothing. */
    Scene scene() {
        return display.scene(history.current());
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
        return execute(command, null);
    }

    /**
     * Runs a command that joins the previous one's undo step when both carry the same {@code mergeKey} (see
     * {@link History#execute(Command, Object)}): arrow-key nudges, edits of one inspector field.
     */
    public boolean execute(Command command, Object mergeKey) {
        try {
            boolean changed = history.execute(command, mergeKey);
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
        handle(() -> events.pointer(e));
    }

    public void key(KeyEvent e) {
        handle(() -> events.key(e));
    }

    private void handle(Runnable work) {
        handling++;
        try {
            work.run();
        } finally {
            handling--;
        }
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
        return execute(dev.hybridnet.command.Connecting.of(diagram(), option.kind(), option.from(), option.to()));
    }

    /** The Edit menu's actions: undo, redo, cut, copy, paste, delete, nudge. */
    public EditActions edit() {
        return edit;
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

    public void clearSelection() {
        select(List.of());
    }

    // ---- view ----

    public Viewport viewport() {
        return state.viewport;
    }

    /** The Arrange menu's actions: Tidy Up, Place New Elements. */
    public ArrangeActions arrange() {
        return arrange;
    }

    /** The canvas's context menus: for an element, a connection, the empty canvas. */
    public ContextActions context() {
        return context;
    }

    /** The View menu's actions: zoom, fit, reveal, grid. */
    public ViewActions view() {
        return view;
    }

    // ---- what the canvas and the status bar show ----

    /** The picture to paint, in world coordinates: the displayed diagram with every decoration. Cached. */
    public Drawing drawing() {
        return display.drawing(displayed(), state, events.preview(), findings());
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

    /**
     * The check of {@link #diagram()}: its validation report, or empty while that is being worked out in the
     * background (show "checking", never an earlier diagram's answer).
     */
    public Optional<Checked> checked() {
        return checking.of(diagram());
    }

    /** The findings of {@link #diagram()}; none while it is being checked. */
    public List<Finding> findings() {
        return checked().map(c -> c.report().findings()).orElse(List.of());
    }

    public void addListener(Runnable listener) {
        state.listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Runnable listener) {
        state.listeners.remove(listener);
    }

    /** Drops the gesture in progress, as Escape does. */
    void cancelGesture() {
        events.cancel();
    }

    void changed() {
        events.invalidate();
        Diagram d = diagram();
        state.selection = state.selection.retainedIn(d);
        state.hover = state.hover.filter(d::hasId);
        if (handling > 0) {
            return;
        }
        checking.of(d); // at once when fast, so every listener reads the new diagram's findings
        if (telling) {
            again = true;
            return;
        }
        telling = true;
        try {
            do {
                again = false;
                state.listeners.forEach(Runnable::run);
            } while (again);
        } finally {
            telling = false;
        }
    }
}
