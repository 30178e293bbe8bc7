package dev.hybridnet.cli;

import dev.hybridnet.io.DiagramReader;
import dev.hybridnet.io.SafeText;
import dev.hybridnet.model.Diagram;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How the commands read a diagram file: the diagram, or one line on standard error that names the file, the place
 * and the problem (the same for {@code validate}, {@code layout} and every command that reads designs).
 */
final class DiagramFiles {

    private DiagramFiles() {
    }

    /** The diagram in {@code file}, or empty after saying on {@code err} why it cannot be read. */
    static Optional<Diagram> read(DiagramReader reader, Path file, PrintWriter err) {
        try {
            return Optional.of(reader.read(file));
        } catch (IOException e) {
            err.println(SafeText.escape(Messages.oneLine(e, file)));
        } catch (OutOfMemoryError e) {
            err.println(SafeText.escape(Messages.outOfMemory(file)));
        }
        err.flush();
        return Optional.empty();
    }
}
