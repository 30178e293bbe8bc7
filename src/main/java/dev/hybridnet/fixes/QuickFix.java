package dev.hybridnet.fixes;

import dev.hybridnet.command.Command;
import dev.hybridnet.command.Composite;
import java.util.List;
import java.util.Objects;

/**
 * A safe automatic fix for one finding: what a button or menu item says ("Widen GatewaySubnet to
 * 10.20.255.224/27") and the command that does it. The command carries the same label, so the Edit menu offers
 * "Undo Widen GatewaySubnet to 10.20.255.224/27".
 */
public record QuickFix(String label, Command command) {

    public QuickFix {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(command, "command");
    }

    /** The steps as one undoable command labelled {@code label}. */
    static QuickFix of(String label, List<Command> steps) {
        return new QuickFix(label, new Composite(label, steps));
    }

    static QuickFix of(String label, Command step) {
        return of(label, List.of(step));
    }
}
