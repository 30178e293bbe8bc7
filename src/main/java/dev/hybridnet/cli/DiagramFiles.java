package dev.hybridnet.cli;

import dev.hybridnet.imports.ImportException;
import dev.hybridnet.imports.Importer;
import dev.hybridnet.io.DiagramReader;
import dev.hybridnet.io.SafeText;
import dev.hybridnet.model.Diagram;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How the commands read a diagram file: the diagram, or one line on standard error that names the file, the place
 * and the problem (the same for {@code validate}, {@code layout} and every command that reads designs). An ARM
 * template or Azure resource JSON is imported in memory, so a CI job checks a template's design in one step.
 */
final class DiagramFiles {

    private DiagramFiles() {
    }

    /**
     * The diagram of {@code input}: from {@code stdin} (its bytes, already read) when the input is standard input,
     * else from its file; or empty after saying on {@code err} why it cannot be read.
     */
    static Optional<Diagram> read(DiagramReader reader, Input input, byte[] stdin, PrintWriter err) {
        if (!input.stdin()) {
            return read(reader, input.file(), err);
        }
        try {
            return Optional.of(reader.read(new java.io.ByteArrayInputStream(stdin), Input.STDIN_NAME));
        } catch (IOException e) {
            err.println(SafeText.escape(e.getMessage() != null && e.getMessage().startsWith(Input.STDIN_NAME)
                    ? e.getMessage() : Input.STDIN_NAME + ": cannot be read"));
        }
        err.flush();
        return Optional.empty();
    }

    /** The diagram in {@code file}, or empty after saying on {@code err} why it cannot be read. */
    static Optional<Diagram> read(DiagramReader reader, Path file, PrintWriter err) {
        try {
            if (Importer.accepts(file)) {
                return Optional.of(Importer.importFile(file, Optional.empty()).diagram());
            }
            return Optional.of(reader.read(file));
        } catch (ImportException e) {
            err.println(SafeText.escape(e.getMessage())); // it names the file
        } catch (IOException e) {
            err.println(SafeText.escape(Messages.oneLine(e, file)));
        } catch (OutOfMemoryError e) {
            err.println(SafeText.escape(Messages.outOfMemory(file)));
        }
        err.flush();
        return Optional.empty();
    }
}
