package dev.hybridnet.imports;

/** A file that cannot be imported at all: not JSON, not a template or resource JSON, too large. One sentence. */
public final class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }
}
