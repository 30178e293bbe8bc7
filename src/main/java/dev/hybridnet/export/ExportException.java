package dev.hybridnet.export;

/** An export that could not be produced; the message says why in words a user can act on. */
public final class ExportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
