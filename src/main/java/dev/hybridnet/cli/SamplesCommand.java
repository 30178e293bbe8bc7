package dev.hybridnet.cli;

import dev.hybridnet.io.SafeText;
import dev.hybridnet.io.DiagramWriter;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hybridnet samples list|write}: the bundled reference-architecture samples. */
@Command(name = "samples",
        description = "List the bundled reference-architecture samples or write them to a folder.",
        subcommands = {SamplesCommand.ListSamples.class, SamplesCommand.WriteSamples.class})
public final class SamplesCommand extends CommandGroup {

    /** Prints one line per sample: id, title and description. */
    @Command(name = "list", description = "List the samples.")
    static final class ListSamples implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (Sample sample : Sample.values()) {
                out.printf("%-27s %-31s %s%n", sample.id(), sample.title(), sample.description());
            }
            out.flush();
            return 0;
        }
    }

    /** Writes every sample as {@code <id>.hybridnet.json} into a folder, creating it if needed. */
    @Command(name = "write", description = "Write the samples as *.hybridnet.json files into DIR.")
    static final class WriteSamples implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "Folder to write into; created if missing.")
        Path folder;

        @Option(names = "--force", description = "Overwrite files that already exist.")
        boolean force;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            DiagramWriter writer = new DiagramWriter();
            try {
                if (Files.exists(folder) && !Files.isDirectory(folder)) {
                    err.println(SafeText.escape(folder + ": is a file, not a folder; samples are written into a "
                            + "folder"));
                    return 2;
                }
                Files.createDirectories(folder);
                for (Sample sample : Sample.values()) {
                    Path target = folder.resolve(sample.fileName());
                    if (Files.exists(target) && !force) {
                        err.println(SafeText.escape(target + ": already exists (use --force to overwrite)"));
                        return 2;
                    }
                }
                for (Sample sample : Sample.values()) {
                    Path target = folder.resolve(sample.fileName());
                    writer.save(Samples.load(sample), target);
                    out.println(target);
                }
            } catch (IOException e) {
                err.println(SafeText.escape(Messages.oneLine(e, folder)));
                return 2;
            } finally {
                out.flush();
                err.flush();
            }
            return 0;
        }
    }
}
