package dev.hybridnet.cli;

import dev.hybridnet.imports.ImportException;
import dev.hybridnet.imports.Imported;
import dev.hybridnet.imports.Importer;
import dev.hybridnet.io.DiagramWriter;
import dev.hybridnet.io.SafeText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hybridnet import FILE... [--parameters FILE] [-o OUT]}: ARM templates and Azure's resource JSON to a
 * laid-out diagram, with a report of what was mapped, implied, skipped and not evaluated.
 */
@Command(name = "import",
        description = "Import ARM templates (Bicep: run 'az bicep build' first) or Azure resource JSON (az CLI, "
                + "REST or Resource Graph output) as a laid-out diagram.",
        footer = {"", "Without -o the diagram goes to standard output and the report to standard error.",
            "Exit status: 0 imported, 2 a file could not be read or imported."})
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Templates or resource JSON files; several are imported into one diagram.")
    List<Path> files;

    @Option(names = {"-p", "--parameters"}, paramLabel = "FILE",
            description = "The template's parameters file; without it the parameters' default values are used.")
    Path parameters;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the diagram to FILE.")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Imported imported;
        try {
            imported = Importer.importFiles(files, Optional.ofNullable(parameters));
        } catch (ImportException e) {
            return fail(err, e.getMessage());
        } catch (IOException e) {
            return fail(err, Messages.oneLine(e, files.get(0)));
        }
        PrintWriter report = output == null ? err : out;
        imported.report().lines().forEach(line -> report.println(SafeText.escape(line)));
        report.flush();
        DiagramWriter writer = new DiagramWriter();
        if (output == null) {
            out.print(writer.write(imported.diagram()));
            out.flush();
            return 0;
        }
        try {
            writer.save(imported.diagram(), output);
        } catch (IOException e) {
            return fail(err, Messages.cannotWrite(e, output));
        }
        out.println(output + ": " + imported.diagram().elements().size() + " elements, "
                + imported.diagram().connections().size() + " connections");
        out.flush();
        return 0;
    }

    private static int fail(PrintWriter err, String line) {
        err.println(SafeText.escape(line));
        err.flush();
        return ValidateCommand.UNREADABLE;
    }
}
