package dev.hybridnet.cli;

import dev.hybridnet.export.Background;
import dev.hybridnet.export.ExportException;
import dev.hybridnet.export.PageSize;
import dev.hybridnet.export.PictureFormat;
import dev.hybridnet.export.PngExporter;
import dev.hybridnet.io.AtomicFiles;
import dev.hybridnet.io.DiagramReader;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.render.Decorations;
import dev.hybridnet.render.Drawing;
import dev.hybridnet.render.Excerpt;
import dev.hybridnet.render.PictureStyle;
import dev.hybridnet.validation.Validator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

    /** Backgrounds. */
    enum BackgroundOption { white, transparent }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The diagram (*.hybridnet.json).")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "The picture to write; its extension (.svg, .png or .pdf) chooses the format.")
    Path output;

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
    java.util.List<String> only = new java.util.ArrayList<>();

    @Override
    public Integer call() {
        String name = output.getFileName() == null ? "" : output.getFileName().toString();
        Optional<PictureFormat> chosen = PictureFormat.ofFileName(name);
        if (chosen.isEmpty()) {
            return fail(output + ": unknown picture format; the output must end in .svg, .png or .pdf");
        }
        PictureFormat format = chosen.get();
        if (!(scale >= PngExporter.MIN_SCALE && scale <= PngExporter.MAX_SCALE)) {
            return fail(String.format(Locale.ROOT, "--scale must be between %s and %s, not %s",
                    number(PngExporter.MIN_SCALE), number(PngExporter.MAX_SCALE), number(scale)));
        }
        Diagram diagram;
        try {
            diagram = new DiagramReader().read(input);
        } catch (IOException e) {
            return fail(Messages.oneLine(e, input));
        } catch (OutOfMemoryError e) {
            return fail(Messages.outOfMemory(input));
        }
        if (!only.isEmpty() && style == Style.card) {
            return fail("--only draws part of the full style; a card always shows the whole design");
        }
        java.util.List<String> unknown = only.stream().filter(id -> diagram.element(id).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            return fail(input + ": no element with the id " + String.join(", ", unknown) + " (--only takes ids of "
                    + "elements)");
        }
        Background bg = background == BackgroundOption.white ? Background.WHITE : Background.TRANSPARENT;
        try {
            byte[] bytes = format.encode(drawing(diagram), scale, bg, PageSize.valueOf(page.name()
                    .toUpperCase(Locale.ROOT)));
            AtomicFiles.write(output, bytes);
        } catch (ExportException e) {
            return fail(output + ": " + e.getMessage());
        } catch (IOException e) {
            return fail(Messages.cannotWrite(e, output));
        } catch (OutOfMemoryError e) {
            return fail(Messages.outOfMemory(input));
        }
        spec.commandLine().getOut().println(output);
        spec.commandLine().getOut().flush();
        return 0;
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
        spec.commandLine().getErr().println(dev.hybridnet.io.SafeText.escape(message));
        spec.commandLine().getErr().flush();
        return 2;
    }
}
