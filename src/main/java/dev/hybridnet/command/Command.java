package dev.hybridnet.command;

import dev.hybridnet.model.Diagram;
import java.util.Optional;

/**
 * One change to a diagram, as a value: a pure function from the diagram before to the diagram after, with the
 * label the Edit menu shows. {@link History} keeps the diagram before each command for undo, so no command knows
 * how to reverse itself.
 *
 * <p>{@link #apply} refuses a command that does not fit the diagram (an unknown id, an illegal container, a
 * resize that would cut off children) with a {@link CommandRefusedException} whose message a user can act on; it
 * never returns a half-applied diagram.
 */
public sealed interface Command permits AddElement, AddConnection, Move, Resize, Reparent, Delete, SetProperty,
        RemoveProperty, SetPeeringFlag, Rename, SetTitle, SetReference, Paste, Composite, Landed, Arrange, Align,
        Restack {

    /** The diagram after this change. */
    Diagram apply(Diagram before);

    /**
     * What the Edit menu calls this change, e.g. "Move 3 elements" or "Connect vpngw to lng-onprem". Names are
     * read from {@code before}, the diagram the command applies to, so that a label never shows a stale name.
     */
    String label(Diagram before);

    /** Why this command does not apply to {@code before}; empty when it does. */
    default Optional<String> whyNot(Diagram before) {
        try {
            apply(before);
            return Optional.empty();
        } catch (CommandRefusedException e) {
            return Optional.of(e.getMessage());
        }
    }
}
