package dev.hybridnet.cli;

import dev.hybridnet.io.DiagramReader;
import dev.hybridnet.io.DiagramWriter;
import dev.hybridnet.io.SafeText;
import dev.hybridnet.layout.Layout;
import dev.hybridnet.model.Diagram;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hybridnet layout FILE [-o OUT]}: places every element and sizes every container (the designer's Tidy Up),
 * and writes the design back in canonical form; only coordinates and sizes change.
 */
@Command(name = "layout",
        description = "Lay out a diagram: place every element and size every container in the grammar of the "
                + "reference diagrams (on-premises left, the links to Azure, the hub, the spokes in columns). "
                + "Only coordinates and sizes change.",
        footer = {"", "Exit status: 0 written, 2 the file could not be read or written."})
public final class LayoutCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The diagram (*.hybridnet.json).")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Write the laid-out diagram to OUT instead of rewriting FILE in place.")
    Path output;

    /** One line on standard error, and the exit status to return. */
    private int fail(String message, int status) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(SafeText.escape(message));
        err.flush();
        return status;
    }

    @Override
    public Integer call() {
        Optional<Diagram> read = DiagramFiles.read(new DiagramReader(), input, spec.commandLine().getErr());
        if (read.isEmpty()) {
            return ValidateCommand.UNREADABLE;
        }
        Diagram laidOut;
        try {
            laidOut = Layout.tidy(read.get());
        } catch (RuntimeException | StackOverflowError e) {
            return fail(input + ": could not be laid out: the program failed on this file; please report it as a "
                    + "bug, with the file", Cli.INTERNAL_ERROR);
        }
        Path target = output == null ? input : output;
        try {
            new DiagramWriter().save(laidOut, target);
        } catch (IOException e) {
            return fail(Messages.cannotWrite(e, target), ValidateCommand.UNREADABLE);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(target + ": " + laidOut.elements().size() + " elements laid out");
        out.flush();
        return 0;
    }
}
