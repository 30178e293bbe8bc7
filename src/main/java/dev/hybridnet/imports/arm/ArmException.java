package dev.hybridnet.imports.arm;

/**
 * An expression or template the importer cannot read: malformed text, an unknown function, a wrong argument, a
 * loop without end. The message is a sentence for the user; the importer adds the file and the template path.
 */
public final class ArmException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ArmException(String message) {
        super(message);
    }
}
