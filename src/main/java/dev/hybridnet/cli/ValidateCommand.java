package dev.hybridnet.cli;

import dev.hybridnet.io.AtomicFiles;
import dev.hybridnet.io.DiagramReader;
import dev.hybridnet.io.IdLines;
import dev.hybridnet.io.ReportJson;
import dev.hybridnet.io.SafeText;
import dev.hybridnet.io.SarifWriter;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Reference;
import dev.hybridnet.validation.RuleBook;
import dev.hybridnet.validation.ValidationReport;
import dev.hybridnet.validation.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hybridnet validate FILE...}: checks each file against Azure's rules and the reference architectures and
 * reports the findings as text, JSON or SARIF. The exit status is the worst over all files.
 */
@Command(name = "validate",
        description = "Check diagram files against Azure's rules and the four reference architectures.",
        footer = {"", "Exit status: 0 no errors (warnings allowed), 1 errors found, 2 a file could not be read."})
public final class ValidateCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int ERRORS = 1;
    static final int UNREADABLE = 2;

    /** Output formats. */
    enum Format { text, json, sarif }

    @Spec
    CommandSpec spec;

    /** Set by {@link Cli} before the command runs. */
    Streams streams = Streams.textOnly();

    @Mixin
    VerbosityOptions verbosity = new VerbosityOptions();

    /** What standard input held, read once when {@code -} is among the inputs. */
    private byte[] stdin = new byte[0];

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Diagram files (*.hybridnet.json), folders (every *.hybridnet.json below) or - (standard "
                    + "input).")
    List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--reference", paramLabel = "NAME", converter = ReferenceConverter.class,
            description = "Check against this reference architecture instead of the one the file declares: "
                    + "vpn, expressroute, expressroute-vpn-failover or hub-spoke.")
    Reference reference;

    @Option(names = "--require-complete",
            description = "Treat the pieces the declared (or --reference) architecture still lacks as errors, not "
                    + "warnings: for CI of finished designs.")
    boolean requireComplete;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (verbosity.conflict() != null) {
            err.println(verbosity.conflict());
            err.flush();
            return UNREADABLE;
        }
        InputFiles.Expansion expansion = InputFiles.expand(files, err);
        if (expansion.inputs().stream().anyMatch(Input::stdin)) {
            try {
                stdin = streams.in().readNBytes((int) dev.hybridnet.io.FormatLimits.MAX_FILE_BYTES + 1);
            } catch (IOException e) {
                err.println(Input.STDIN_NAME + ": cannot be read");
                err.flush();
                return UNREADABLE;
            }
        }
        boolean streaming = format == Format.text && output == null;
        DiagramReader reader = new DiagramReader();
        Validator validator = new Validator();
        List<ReportJson.FileReport> reports = new ArrayList<>();
        List<SarifWriter.Input> sarif = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int status = expansion.failed() ? UNREADABLE : OK;
        // One file never stops the others: each is read and checked on its own, its report (or its one line on
        // standard error) written as soon as it is done, and the exit status is the worst of all.
        for (Input file : expansion.inputs()) {
            failure = UNREADABLE;
            ValidationReport report = check(file, reader, validator, err);
            if (report == null) {
                status = Math.max(status, failure);
                continue;
            }
            if (report.hasErrors()) {
                status = Math.max(status, ERRORS);
            }
            String fileText = TextReport.of(file.name(), report, verbosity.quiet);
            if (streaming) {
                out.print(fileText);
                out.flush();
            } else if (format == Format.text) {
                text.append(fileText);
            } else if (format == Format.json) {
                reports.add(new ReportJson.FileReport(file.name(), report));
            } else {
                sarif.add(new SarifWriter.Input(file.stdin() ? file.name() : uri(file.file()), report.findings(),
                        file.stdin() ? IdLines.of(new String(stdin, StandardCharsets.UTF_8)) : lines(file.file())));
            }
        }
        err.flush();
        if (streaming) {
            return status;
        }
        String result = switch (format) {
            case text -> text.toString();
            case json -> reports.isEmpty() ? "" : new ReportJson().write(reports);
            case sarif -> new SarifWriter(version(), RuleBook.catalog()).write(sarif);
        };
        return write(result) ? status : UNREADABLE;
    }

    /** The exit status of the last file {@link #check} could not report on. */
    private int failure;

    /** The report of one file, or null after one line on standard error saying why it has none. */
    private ValidationReport check(Input file, DiagramReader reader, Validator validator, PrintWriter err) {
        try {
            long start = System.nanoTime();
            Optional<Diagram> diagram = DiagramFiles.read(reader, file, stdin, err);
            if (diagram.isPresent()) {
                verbosity.tell(err, "read " + file.name() + ": " + diagram.get().elements().size() + " elements",
                        start);
                long checking = System.nanoTime();
                ValidationReport report = validator.validate(diagram.get(), Optional.ofNullable(reference)
                        .or(diagram.get()::reference), requireComplete);
                verbosity.tell(err, "checked " + file.name() + ": " + report.findings().size() + " findings",
                        checking);
                return report;
            }
        } catch (OutOfMemoryError e) {
            err.println(SafeText.escape(Messages.outOfMemory(Path.of(file.name()))));
        } catch (RuntimeException | StackOverflowError e) {
            failure = Cli.INTERNAL_ERROR;
            err.println(SafeText.escape(file + ": could not be checked: the program failed on this file; please "
                    + "report it as a bug, with the file"));
        }
        err.flush();
        return null;
    }

    private boolean write(String result) {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(result);
            out.flush();
            return true;
        }
        try {
            AtomicFiles.write(output, result.getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (IOException e) {
            spec.commandLine().getErr().println(SafeText.escape(Messages.oneLine(e, output)));
            spec.commandLine().getErr().flush();
            return false;
        }
    }

    /** A relative path with forward slashes, as SARIF viewers expect for files in a repository. */
    private static String uri(Path file) {
        Path normal = file.normalize();
        String text = normal.toString().replace('\\', '/');
        return normal.isAbsolute() ? normal.toUri().toString() : text;
    }

    private static Map<String, Integer> lines(Path file) {
        try {
            return IdLines.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Map.of();
        }
    }

    private static String version() {
        try {
            return VersionProvider.version();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
