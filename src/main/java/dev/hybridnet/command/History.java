package dev.hybridnet.command;

import dev.hybridnet.model.Diagram;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The document's undo history over snapshots. {@link #execute} applies a command and keeps the diagram before it;
 * {@link #undo} puts that diagram back, so no command writes an inverse. A command that changes nothing leaves no
 * entry. The oldest entries are dropped past a limit. A saved marker makes {@link #isDirty()} true exactly when
 * the current diagram differs from the one last saved, so undoing back to it makes the document clean again.
 *
 * <p>Not thread-safe: the user interface thread owns it. Listeners hear every change, after it happened.
 */
public final class History {

    /** Snapshots share unchanged elements, but each one holds its own indexes; 100 is ample for undo by hand. */
    public static final int DEFAULT_LIMIT = 100;

    private record Step(Diagram diagram, String label) {
    }

    private final int limit;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Consumer<HistoryState>> listeners = new CopyOnWriteArrayList<>();
    private Diagram current;
    private Diagram saved;
    /** The merge key of the last executed command, until anything else happens to the history. */
    private Object lastMergeKey;
    /** True while listeners are told of a change; changes they ask for wait in {@link #pending}. */
    private boolean firing;
    private final Deque<Runnable> pending = new ArrayDeque<>();
    private long revision;
    private boolean dirty;

    public History(Diagram initial) {
        this(initial, DEFAULT_LIMIT);
    }

    public History(Diagram initial, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the history limit must be at least 1");
        }
        this.limit = limit;
        this.current = Objects.requireNonNull(initial, "initial");
        this.saved = initial;
    }

    public Diagram current() {
        return current;
    }

    public long revision() {
        return revision;
    }

    /**
     * Applies the command to the current diagram and records it. Returns false, recording nothing, when the
     * command changes nothing; throws {@link CommandRefusedException}, changing nothing, when it does not apply.
     */
    public boolean execute(Command command) {
        return execute(command, null);
    }

    /**
     * As {@link #execute(Command)}, but a command whose {@code mergeKey} equals that of the command just before it
     * (nothing undone, redone or saved in between) joins that command's undo step: consecutive arrow-key nudges of
     * the same selection, or edits of one inspector field, undo as one. A null key never merges.
     *
     * <p>A change asked for by a listener while the listeners are being told of another change is not run inside
     * that notification: it runs once every listener has heard the first change, and this method then returns
     * false, since its outcome is not known yet.
     */
    public boolean execute(Command command, Object mergeKey) {
        Objects.requireNonNull(command, "command");
        if (firing) {
            pending.addLast(() -> execute(command, mergeKey));
            return false;
        }
        Diagram after = command.apply(current);
        if (after.equals(current)) {
            return false;
        }
        boolean merge = mergeKey != null && mergeKey.equals(lastMergeKey) && !undo.isEmpty() && redo.isEmpty();
        if (merge) {
            Step first = undo.removeLast();
            undo.addLast(new Step(first.diagram(), command.label(current)));
        } else {
            undo.addLast(new Step(current, command.label(current)));
            if (undo.size() > limit) {
                undo.removeFirst();
            }
        }
        redo.clear();
        lastMergeKey = mergeKey;
        change(after);
        return true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** "Undo Move 3 elements"; empty when there is nothing to undo. */
    public Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peekLast()).map(s -> "Undo " + s.label());
    }

    /** "Redo Move 3 elements"; empty when there is nothing to redo. */
    public Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peekLast()).map(s -> "Redo " + s.label());
    }

    /** Restores the diagram before the last command; false when there is nothing to undo. */
    public boolean undo() {
        if (firing) {
            pending.addLast(this::undo);
            return false;
        }
        lastMergeKey = null;
        Step step = undo.pollLast();
        if (step == null) {
            return false;
        }
        redo.addLast(new Step(current, step.label()));
        change(step.diagram());
        return true;
    }

    /** Restores the diagram after the last undone command; false when there is nothing to redo. */
    public boolean redo() {
        if (firing) {
            pending.addLast(this::redo);
            return false;
        }
        lastMergeKey = null;
        Step step = redo.pollLast();
        if (step == null) {
            return false;
        }
        undo.addLast(new Step(current, step.label()));
        change(step.diagram());
        return true;
    }

    /** Records that the current diagram is the one on disk. */
    public void markSaved() {
        if (firing) {
            pending.addLast(this::markSaved);
            return;
        }
        lastMergeKey = null;
        saved = current;
        dirty = false;
        fire();
    }

    /** True when the current diagram differs from the one last saved (or opened). */
    public boolean isDirty() {
        return dirty;
    }

    /** Starts over with another document (New, Open): no undo, no redo, clean. */
    public void reset(Diagram diagram) {
        if (firing) {
            pending.addLast(() -> reset(diagram));
            return;
        }
        lastMergeKey = null;
        undo.clear();
        redo.clear();
        saved = Objects.requireNonNull(diagram, "diagram");
        change(diagram);
    }

    /**
     * Starts over with a document whose content is not on disk (a copy restored after a crash): no undo, no redo,
     * and dirty until it is saved.
     */
    public void resetUnsaved(Diagram diagram) {
        if (firing) {
            pending.addLast(() -> resetUnsaved(diagram));
            return;
        }
        lastMergeKey = null;
        undo.clear();
        redo.clear();
        saved = null;
        change(Objects.requireNonNull(diagram, "diagram"));
    }

    public HistoryState state() {
        return new HistoryState(current, revision, undoLabel(), redoLabel(), dirty);
    }

    public void addListener(Consumer<HistoryState> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Consumer<HistoryState> listener) {
        listeners.remove(listener);
    }

    private void change(Diagram diagram) {
        current = diagram;
        revision++;
        dirty = diagram != saved && !diagram.equals(saved);
        fire();
    }

    private void fire() {
        if (listeners.isEmpty() || firing) {
            return;
        }
        firing = true;
        try {
            HistoryState state = state();
            listeners.forEach(l -> l.accept(state));
        } finally {
            firing = false;
        }
        // Changes the listeners asked for, in order, each told to every listener in turn.
        Runnable next;
        while (!firing && (next = pending.pollFirst()) != null) {
            next.run();
        }
    }
}
