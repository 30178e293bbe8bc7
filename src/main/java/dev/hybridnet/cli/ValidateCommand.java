package dev.hybridnet.cli;

import dev.hybridnet.io.DiagramReader;
import dev.hybridnet.model.Diagram;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hybridnet validate FILE...}: reads each file and reports the ones that cannot be read as diagrams. The
 * exit status is the worst over all files: 0 when every file reads, 2 when any does not.
 */
@Command(name = "validate",
        description = "Check diagram files. A file that cannot be read is reported on standard error "
                + "with its place and problem.",
        footer = {"", "Exit status: 0 every file is valid, 2 a file could not be read as a diagram."})
public final class ValidateCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int UNREADABLE = 2;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Diagram files (*.hybridnet.json).")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DiagramReader reader = new DiagramReader();
        int status = OK;
        for (Path file : files) {
            try {
                Diagram diagram = reader.read(file);
                out.println(file + ": ok (" + diagram.elements().size() + " elements, "
                        + diagram.connections().size() + " connections)");
            } catch (IOException e) {
                err.println(Messages.oneLine(e, file));
                status = UNREADABLE;
            }
        }
        out.flush();
        err.flush();
        return status;
    }
}
