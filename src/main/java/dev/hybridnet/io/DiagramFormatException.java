package dev.hybridnet.io;

import java.io.IOException;
import java.util.Objects;

/**
 * A file that cannot be read as a diagram. The message names the file, the place (line and column for JSON
 * syntax, otherwise the element or connection) and the problem, on one line, e.g.
 * {@code vpn.hybridnet.json: element 'vpngw': parent 'gw' does not exist}.
 */
public final class DiagramFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String place;
    private final String problem;

    public DiagramFormatException(String source, String place, String problem) {
        super(format(source, place, problem));
        this.source = Objects.requireNonNull(source, "source");
        this.place = Objects.requireNonNull(place, "place");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    private static String format(String source, String place, String problem) {
        return place.isEmpty() ? source + ": " + problem : source + ": " + place + ": " + problem;
    }

    /** The file name or other description of where the text came from. */
    public String source() {
        return source;
    }

    /** "line 3, column 14", "element 'vpngw'", "elements[4]" or empty for the whole document. */
    public String place() {
        return place;
    }

    public String problem() {
        return problem;
    }
}
