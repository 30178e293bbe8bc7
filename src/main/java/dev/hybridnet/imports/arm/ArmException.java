package dev.hybridnet.imports.arm;

/**
 * A template Azure itself would refuse: a malformed expression, an unknown function, a wrong argument, a copy count
 * out of range, a variable that needs itself, nesting too deep. The import stops with this one sentence; the
 * message starts with the place in the template once it is known ({@code resources[2].name: ...}).
 */
public final class ArmException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean located;

    public ArmException(String message) {
        this(message, false);
    }

    private ArmException(String message, boolean located) {
        super(message);
        this.located = located;
    }

    /** This problem placed at {@code path}; the innermost place wins. */
    ArmException at(String path) {
        return located ? this : new ArmException(shorten(path) + ": " + getMessage(), true);
    }

    /** A place deep in nested deployments, its middle left out: where it starts and where it ends. */
    private static String shorten(String path) {
        if (path.length() <= 100) {
            return path;
        }
        int cut = path.indexOf(']') + 1;
        int tail = path.lastIndexOf("resources[");
        return cut > 0 && tail > cut ? path.substring(0, cut) + " ... " + path.substring(tail) : path;
    }
}
