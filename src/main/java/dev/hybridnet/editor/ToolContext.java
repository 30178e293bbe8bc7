package dev.hybridnet.editor;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.command.Command;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.render.Scene;
import dev.hybridnet.validation.ConnectionOption;
import java.util.List;
import java.util.Optional;

/** What a tool may read and do; the {@link Editor} provides it, so tools never touch the history directly. */
interface ToolContext {

    /** The committed diagram, without any preview. */
    Diagram diagram();

    /** The committed diagram as the renderer drew it, to hit-test against (kept until the diagram changes). */
    Scene scene();

    Viewport viewport();

    /** The part of the diagram on screen, in world coordinates. */
    default Rect visible() {
        return viewport().visible(new dev.hybridnet.geometry.Size(1200, 800));
    }

    Grid grid();

    /** Whether moves snap to smart guides (View > Smart Guides). */
    boolean smartGuides();

    Selection selection();

    void select(Selection selection);

    /** Runs the command through the history; on refusal shows the reason in the status bar and returns false. */
    boolean execute(Command command);

    void status(String message);

    void hover(Optional<String> id);

    /** The element under the pointer, as last set by {@link #hover}. */
    Optional<String> hovered();

    /** Moves the view by screen pixels. */
    void pan(double dx, double dy);

    /** Several connection kinds fit: the shell asks the user which (see {@link Editor#connectionChoices()}). */
    void choose(List<ConnectionOption> options);

    /** Hands the gesture in progress to another tool (a drag from a connection handle becomes a connect). */
    void use(Tool tool);

    /** The tool has finished its job; the editor goes back to the select tool. */
    void done();

    /** The pick tolerance in world units at the current zoom. */
    default double tolerance() {
        return viewport().toWorld(Editor.PICK_TOLERANCE);
    }
}
