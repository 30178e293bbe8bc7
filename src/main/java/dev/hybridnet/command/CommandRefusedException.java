package dev.hybridnet.command;

/**
 * A command does not apply to the diagram it was given. The message is a sentence for the user, e.g. "A virtual
 * machine cannot go in the on-premises network; it belongs in a subnet."
 */
public final class CommandRefusedException extends RuntimeException {

    public CommandRefusedException(String message) {
        super(message);
    }
}
