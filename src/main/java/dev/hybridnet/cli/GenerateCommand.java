package dev.hybridnet.cli;

import dev.hybridnet.io.DiagramWriter;
import dev.hybridnet.layout.Layout;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.samples.HubSpokeGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code hybridnet generate --spokes N -o FILE}: a large, valid hub-spoke topology for stress tests. */
@Command(name = "generate",
        description = "Generate a large hub-spoke topology (one hub per 400 spokes) for stress tests.")
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--spokes", required = true, paramLabel = "N",
            description = "Number of spokes, 1 to " + HubSpokeGenerator.MAX_SPOKES + "; each spoke adds "
                    + HubSpokeGenerator.ELEMENTS_PER_SPOKE + " elements.")
    int spokes;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "File to write.")
    Path output;

    @Override
    public Integer call() {
        if (spokes < 1 || spokes > HubSpokeGenerator.MAX_SPOKES) {
            throw new ParameterException(spec.commandLine(),
                    "--spokes must be between 1 and " + HubSpokeGenerator.MAX_SPOKES + ", not " + spokes);
        }
        PrintWriter out = spec.commandLine().getOut();
        Diagram diagram = Layout.tidy(HubSpokeGenerator.generate(spokes));
        try {
            new DiagramWriter().save(diagram, output);
        } catch (IOException e) {
            spec.commandLine().getErr().println(dev.hybridnet.io.SafeText.escape(Messages.oneLine(e, output)));
            spec.commandLine().getErr().flush();
            return 2;
        }
        out.println(output + ": " + diagram.elements().size() + " elements, " + diagram.connections().size()
                + " connections");
        out.flush();
        return 0;
    }
}
