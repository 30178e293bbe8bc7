package dev.hybridnet.editor;

import dev.hybridnet.command.Command;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.render.Scene;
import dev.hybridnet.validation.ConnectionOption;
import java.util.List;
import java.util.Optional;

/**
 * Routes pointer and key events: to a borrowed pan tool for middle-button drags and drags with Space held, to
 * the editor's actions for the keys the canvas owns, and otherwise to the active tool. Keeps the preview of the
 * gesture in progress until the next change.
 */
final class Events {

    private final Editor editor;
    private final EditorState state;
    private final PanTool panner = new PanTool();
    private final ToolContext context = new Context();
    private boolean spaceDown;
    private boolean panning;
    private Optional<Preview> preview = Optional.empty();

    Events(Editor editor, EditorState state) {
        this.editor = editor;
        this.state = state;
    }

    void pointer(PointerEvent e) {
        boolean startsPan = e.type() == PointerEvent.Type.PRESS
                && (e.button() == PointerEvent.Button.MIDDLE || spaceDown && !state.tool.busy());
        if (panning || startsPan) {
            panning = e.type() != PointerEvent.Type.RELEASE;
            panner.pointer(e, context);
        } else if (e.button() != PointerEvent.Button.MIDDLE) {
            state.tool.pointer(e, context);
        }
        invalidate();
    }

    void key(KeyEvent e) {
        boolean press = e.type() == KeyEvent.Type.PRESS;
        double step = state.grid.nudgeStep() * (e.modifiers().contains(Modifier.SHIFT) ? 10 : 1);
        boolean idle = !state.tool.busy() && !panning;
        switch (e.key()) {
            case SPACE -> spaceDown = press;
            case ESCAPE -> {
                if (press) {
                    escape();
                }
            }
            case LEFT -> nudge(press && idle, -step, 0);
            case RIGHT -> nudge(press && idle, step, 0);
            case UP -> nudge(press && idle, 0, -step);
            case DOWN -> nudge(press && idle, 0, step);
            case DELETE, BACK_SPACE -> {
                if (press && idle) {
                    editor.edit().delete();
                }
            }
        }
        invalidate();
    }

    private void nudge(boolean now, double dx, double dy) {
        if (now) {
            editor.edit().nudge(dx, dy);
        }
    }

    /** Escape: drop a pending choice, else the gesture, else the selection (select tool) or the tool. */
    private void escape() {
        if (!state.choices.isEmpty()) {
            state.choices = List.of();
        } else if (cancel()) {
            state.status = "";
        } else if (state.tool instanceof SelectTool) {
            state.selection = Selection.empty();
        } else {
            state.tool = new SelectTool();
        }
    }

    /** Drops any gesture in progress, restoring the diagram as committed; true when there was one. */
    boolean cancel() {
        boolean had = panner.cancel() | state.tool.cancel();
        panning = false;
        invalidate();
        return had;
    }

    Preview preview() {
        if (preview.isEmpty()) {
            preview = Optional.of(panning || spaceDown && !state.tool.busy() ? panner.preview(context)
                    : state.tool.preview(context));
        }
        return preview.get();
    }

    Cursor cursor() {
        return preview().cursor();
    }

    /** Something changed (an event, the diagram, the view): recompute the preview when next asked. */
    void invalidate() {
        preview = Optional.empty();
    }

    private final class Context implements ToolContext {

        @Override
        public Diagram diagram() {
            return editor.diagram();
        }

        @Override
        public Viewport viewport() {
            return state.viewport;
        }

        @Override
        public dev.hybridnet.geometry.Rect visible() {
            return state.viewport.visible(state.view);
        }

        @Override
        public boolean smartGuides() {
            return state.smartGuides;
        }

        @Override
        public Grid grid() {
            return state.grid;
        }

        @Override
        public Selection selection() {
            return state.selection;
        }

        @Override
        public void select(Selection selection) {
            state.selection = selection.retainedIn(editor.diagram());
        }

        @Override
        public boolean execute(Command command) {
            return editor.execute(command);
        }

        @Override
        public void status(String message) {
            state.status = message;
        }

        @Override
        public Scene scene() {
            return editor.scene();
        }

        @Override
        public void hover(Optional<String> id) {
            state.hover = id;
        }

        @Override
        public Optional<String> hovered() {
            return state.hover;
        }

        @Override
        public void pan(double dx, double dy) {
            state.viewport = state.viewport.pannedBy(dx, dy);
        }

        @Override
        public void choose(List<ConnectionOption> options) {
            state.choices = List.copyOf(options);
        }

        @Override
        public void use(Tool tool) {
            state.tool = tool;
        }

        @Override
        public void done() {
            state.tool = new SelectTool();
        }
    }
}
