package dev.hybridnet.cli;

import dev.hybridnet.export.Background;
import dev.hybridnet.export.PageSize;
import dev.hybridnet.export.PictureFormat;
import dev.hybridnet.export.PngExporter;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.render.Decorations;
import dev.hybridnet.render.Drawing;
import dev.hybridnet.render.Excerpt;
import dev.hybridnet.render.PictureStyle;
import dev.hybridnet.validation.Validator;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hybridnet export FILE -o OUT.svg|OUT.png|OUT.pdf}: the diagram as a picture, full or as an Architecture
 * Center card, or only some of its elements.
 */
@Command(name = "export",
        description = "Export a diagram as SVG, PNG or PDF, in full or as a compact card like the Azure Architecture "
                + "Center's.",
        footer = {"", "Exit status: 0 written, 2 the file could not be read or the picture not written."})
public final class ExportCommand implements Callable<Integer> {

    /** Picture styles. */
    enum Style { full, card }

    /** Formats, when the output is a folder or standard output. */
    enum FormatOption { svg, png, pdf }

    /** Backgrounds. */
    enum BackgroundOption { white, transparent }

    @Spec
    CommandSpec spec;

    /** Set by {@link Cli} before the command runs. */
    Streams streams = Streams.textOnly();

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Diagrams (*.hybridnet.json), folders (every *.hybridnet.json below) or - (standard input).")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "The picture to write (its extension, .svg, .png or .pdf, chooses the format), a folder "
                    + "(for several inputs; created if missing) or - (standard output).")
    String output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "svg, png or pdf: the format when OUT is a folder or - (default svg).")
    FormatOption format;

    @Option(names = "--watch", description = "After exporting, export again whenever an input changes, until "
            + "interrupted.")
    boolean watch;

    @Mixin
    VerbosityOptions verbosity = new VerbosityOptions();

    @Option(names = "--style", defaultValue = "full", paramLabel = "STYLE",
            description = "full (the whole diagram as laid out) or card (the 320 x 144 card); default ${DEFAULT-VALUE}.")
    Style style;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "N",
            description = "Size multiplier from 1 to 4 (default ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--background", defaultValue = "white", paramLabel = "BG",
            description = "white or transparent (default ${DEFAULT-VALUE}).")
    BackgroundOption background;

    @Option(names = "--findings", description = "Mark elements with validation findings (full style).")
    boolean findings;

    /** PDF pages. */
    enum PageOption { picture, a4, letter }

    @Option(names = "--page", defaultValue = "picture", paramLabel = "PAGE",
            description = "The PDF's page: picture (its own size), a4 or letter (fitted, landscape when wide); "
                    + "default ${DEFAULT-VALUE}.")
    PageOption page;

    @Option(names = "--only", split = ",", paramLabel = "ID",
            description = "Only these elements (comma-separated ids), what they contain, and the connections between "
                    + "them, cropped to them (full style).")
    List<String> only = new java.util.ArrayList<>();

    @Override
    public Integer call() {
        String usage = usageError();
        if (usage != null) {
            return fail(usage);
        }
        Optional<Target> target = target();
        if (target.isEmpty()) {
            return 2;
        }
        InputFiles.Expansion expansion = InputFiles.expand(inputs, err());
        List<Input> designs = expansion.inputs();
        if (target.get().toStdout() && designs.size() != 1) {
            return fail("-o - writes one picture; give one input, or a folder for -o");
        }
        ExportJob job = new ExportJob(options(), target.get(), streams, verbosity, spec.commandLine().getOut(),
                err());
        int[] status = {expansion.failed() ? 2 : 0};
        Runnable first = () -> designs.forEach(design -> status[0] = Math.max(status[0], job.export(design)));
        if (!watch) {
            first.run();
            return status[0];
        }
        try {
            new WatchLoop(designs, WATCH_DEBOUNCE, () -> false).run(first, job::export);
        } catch (java.io.IOException e) {
            Path folder = e instanceof java.nio.file.FileSystemException f && f.getFile() != null
                    ? Path.of(f.getFile()) : Path.of(".");
            return fail(Messages.oneLine(e, folder) + " (cannot watch it for --watch)");
        }
        return status[0];
    }

    /** How long the inputs' folders must be quiet after a change before the export runs. */
    static final java.time.Duration WATCH_DEBOUNCE = java.time.Duration.ofMillis(200);

    private String usageError() {
        String conflict = verbosity.conflict();
        if (conflict != null) {
            return conflict;
        }
        if (!(scale >= PngExporter.MIN_SCALE && scale <= PngExporter.MAX_SCALE)) {
            return String.format(Locale.ROOT, "--scale must be between %s and %s, not %s",
                    number(PngExporter.MIN_SCALE), number(PngExporter.MAX_SCALE), number(scale));
        }
        if (!only.isEmpty() && style == Style.card) {
            return "--only draws part of the full style; a card always shows the whole design";
        }
        if (inputs.stream().filter(p -> p.toString().equals("-")).count() > 1) {
            return "- (standard input) can be given once";
        }
        if (watch && (output.equals("-") || inputs.stream().anyMatch(p -> p.toString().equals("-")))) {
            return "--watch watches files: it takes neither - as input nor -o -";
        }
        return null;
    }

    /** Where the pictures go, or empty after one line on standard error. */
    private Optional<Target> target() {
        Optional<PictureFormat> asked = Optional.ofNullable(format).map(f -> PictureFormat.valueOf(f.name()
                .toUpperCase(Locale.ROOT)));
        PictureFormat folderFormat = asked.orElse(PictureFormat.SVG);
        if (output.equals("-")) {
            return Optional.of(Target.stdout(folderFormat));
        }
        Path path = Path.of(output);
        boolean folderAsked = output.endsWith("/") || output.endsWith(java.io.File.separator) || Files.isDirectory(
                path);
        Optional<PictureFormat> byName = PictureFormat.ofFileName(Optional.ofNullable(path.getFileName())
                .map(Path::toString).orElse(""));
        if (folderAsked || (InputFiles.several(inputs) && byName.isEmpty())) {
            return Optional.of(Target.folder(path, folderFormat));
        }
        if (InputFiles.several(inputs)) {
            fail(output + ": several designs are exported into a folder, and this names a picture file");
            return Optional.empty();
        }
        if (byName.isEmpty()) {
            fail(output + ": unknown picture format; the output must end in .svg, .png or .pdf");
            return Optional.empty();
        }
        if (asked.isPresent() && asked.get() != byName.get()) {
            fail(output + ": --format " + format + " does not match the file's extension");
            return Optional.empty();
        }
        return Optional.of(Target.file(path, byName.get()));
    }

    private ExportJob.Options options() {
        Background bg = background == BackgroundOption.white ? Background.WHITE : Background.TRANSPARENT;
        return new ExportJob.Options(this::drawing, List.copyOf(only), scale, bg,
                PageSize.valueOf(page.name().toUpperCase(Locale.ROOT)));
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    private Drawing drawing(Diagram diagram) {
        Decorations decorations = findings && style == Style.full
                ? Decorations.findings(new Validator().validate(diagram).findings()) : Decorations.none();
        if (!only.isEmpty()) {
            return Excerpt.of(diagram, only, decorations);
        }
        return (style == Style.card ? PictureStyle.CARD : PictureStyle.FULL).draw(diagram, decorations);
    }

    /** 2 rather than 2.0, but 2.5 as it is. */
    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? Long.toString((long) value)
                : Double.toString(value);
    }

    private int fail(String message) {
        err().println(dev.hybridnet.io.SafeText.escape(message));
        err().flush();
        return 2;
    }
}
