package dev.hybridnet.cli;

import dev.hybridnet.export.Background;
import dev.hybridnet.export.ExportException;
import dev.hybridnet.export.PageSize;
import dev.hybridnet.export.PictureFormat;
import dev.hybridnet.io.AtomicFiles;
import dev.hybridnet.io.DiagramReader;
import dev.hybridnet.io.SafeText;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.render.Drawing;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Exports one input to the target: reads it, draws it, encodes it and writes it, or says in one line on standard
 * error why not. Used once per input, and again by {@code --watch} for each input that changed.
 */
final class ExportJob {

    /** What every picture of one command shares. */
    record Options(Function<Diagram, Drawing> draw, List<String> only, double scale, Background background,
            PageSize page) {
    }

    private final Options options;
    private final Target target;
    private final Streams streams;
    private final VerbosityOptions verbosity;
    private final PrintWriter out;
    private final PrintWriter err;
    /** Which input each output file was written for, so that two inputs never overwrite one picture. */
    private final Map<Path, Input> written = new HashMap<>();

    ExportJob(Options options, Target target, Streams streams, VerbosityOptions verbosity, PrintWriter out,
            PrintWriter err) {
        this.options = options;
        this.target = target;
        this.streams = streams;
        this.verbosity = verbosity;
        this.out = out;
        this.err = err;
    }

    /** Exports {@code input}; 0 when the picture was written, 2 otherwise (after one line on standard error). */
    int export(Input input) {
        long start = System.nanoTime();
        Diagram diagram;
        try {
            diagram = input.stdin() ? new DiagramReader().read(streams.in(), Input.STDIN_NAME)
                    : new DiagramReader().read(input.file());
        } catch (IOException e) {
            return fail(named(Messages.oneLine(e, input.file()), input));
        } catch (OutOfMemoryError e) {
            return fail(named(Messages.outOfMemory(input.file()), input));
        }
        verbosity.tell(err, "read " + input.name() + ": " + diagram.elements().size() + " elements", start);
        List<String> unknown = options.only().stream().filter(id -> diagram.element(id).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            return fail(input.name() + ": no element with the id " + String.join(", ", unknown) + " (--only takes "
                    + "ids of elements)");
        }
        return write(input, diagram);
    }

    private int write(Input input, Diagram diagram) {
        long start = System.nanoTime();
        PictureFormat format = target.format();
        Path file = target.fileFor(input);
        String name = target.toStdout() ? "<stdout>" : file.toString();
        Input earlier = written.putIfAbsent(file.toAbsolutePath().normalize(), input);
        if (earlier != null && !earlier.equals(input)) {
            return fail(name + ": already written for " + earlier.name() + "; " + input.name() + " has the same "
                    + "name (export the two into different folders)");
        }
        try {
            format.prepareAhead();
            byte[] bytes = format.encode(options.draw().apply(diagram), options.scale(), options.background(),
                    options.page());
            if (target.toStdout()) {
                toStdout(bytes, format);
            } else {
                if (target.kind() == Target.Kind.FOLDER) {
                    Files.createDirectories(file.getParent());
                }
                AtomicFiles.write(file, bytes);
            }
            verbosity.tell(err, "wrote " + name + ": " + bytes.length + " bytes", start);
        } catch (ExportException e) {
            return fail(name + ": " + e.getMessage());
        } catch (IOException e) {
            return fail(target.toStdout() ? "<stdout>: cannot write: " + e.getMessage()
                    : Messages.cannotWrite(e, file));
        } catch (OutOfMemoryError e) {
            return fail(named(Messages.outOfMemory(input.file()), input));
        }
        if (!target.toStdout() && !verbosity.quiet) {
            out.println(file);
            out.flush();
        }
        return 0;
    }

    private void toStdout(byte[] bytes, PictureFormat format) throws IOException, ExportException {
        Optional<OutputStream> stream = streams.out();
        if (stream.isPresent()) {
            stream.get().write(bytes);
            stream.get().flush();
        } else if (format == PictureFormat.SVG) {
            out.print(new String(bytes, StandardCharsets.UTF_8));
            out.flush();
        } else {
            throw new ExportException("standard output takes text only here; export " + format.name() + " to a file",
                    null);
        }
    }

    /** A message about standard input names it {@code <stdin>}, not {@code -}. */
    private static String named(String message, Input input) {
        return input.stdin() && message.startsWith("-: ") ? Input.STDIN_NAME + message.substring(1) : message;
    }

    private int fail(String message) {
        err.println(SafeText.escape(message));
        err.flush();
        return 2;
    }
}
