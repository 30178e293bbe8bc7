package dev.hybridnet.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code src/main/resources/dev/hybridnet/render/advances.txt}, the advance widths that {@link Advances}
 * reads: for every code point that Liberation Sans (metric-compatible with Arial, the first family of
 * {@link dev.hybridnet.render.Font#SANS}) or DejaVu Sans (the widest usual fallback) has a glyph for, the larger of the two advances,
 * regular and bold, in units of 1/2048 em, rounded up. Runs of code points with the same advances are one line.
 * A tool, not a test: run it by hand when the fonts or the family stack change (see docs/rendering.md):
 *
 * <pre>java -cp target/test-classes dev.hybridnet.render.FontAdvancesTool OUT</pre>
 *
 * The fonts are found by family name among the fonts installed (on Debian the packages fonts-liberation and
 * fonts-dejavu-core); the tool stops if either is missing rather than measure a substitute.
 */
public final class FontAdvancesTool {

    static final int UNITS = 2048;
    static final String LIBERATION = "Liberation Sans";
    static final String DEJAVU = "DejaVu Sans";
    private static final FontRenderContext UNHINTED = new FontRenderContext(null, true, true);

    private FontAdvancesTool() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: FontAdvancesTool OUT");
            System.exit(2);
        }
        Font[] regular = {installed(LIBERATION, Font.PLAIN), installed(DEJAVU, Font.PLAIN)};
        Font[] bold = {installed(LIBERATION, Font.BOLD), installed(DEJAVU, Font.BOLD)};
        List<String> lines = new ArrayList<>();
        lines.add("# Advance widths for render.Advances, written by FontAdvancesTool (src/test/java); do not edit.");
        lines.add("# The larger of Liberation Sans (metric-compatible with Arial) and DejaVu Sans, in 1/" + UNITS
                + " em, rounded up.");
        lines.add("# Each line: first code point, last code point (hex), regular advance, bold advance.");
        int runStart = -1;
        int[] run = null;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int[] adv = Character.isSurrogate((char) Math.min(cp, 0xFFFF)) && cp <= 0xFFFF ? null
                    : advances(cp, regular, bold);
            if (run != null && (adv == null || adv[0] != run[0] || adv[1] != run[1])) {
                lines.add(line(runStart, cp - 1, run));
                run = null;
            }
            if (adv != null && run == null) {
                runStart = cp;
                run = adv;
            }
        }
        if (run != null) {
            lines.add(line(runStart, Character.MAX_CODE_POINT, run));
        }
        Files.write(Path.of(args[0]), lines, StandardCharsets.UTF_8);
        System.out.println(args[0] + ": " + (lines.size() - 3) + " runs");
    }

    private static String line(int first, int last, int[] adv) {
        return String.format(Locale.ROOT, "%x %x %d %d", first, last, adv[0], adv[1]);
    }

    /** The larger advance of the fonts that have the code point, regular and bold; null when none has it. */
    static int[] advances(int cp, Font[] regular, Font[] bold) {
        int r = widest(cp, regular);
        int b = widest(cp, bold);
        if (r < 0 && b < 0) {
            return null;
        }
        return new int[] {r < 0 ? b : r, b < 0 ? r : b};
    }

    private static int widest(int cp, Font[] fonts) {
        int widest = -1;
        for (Font f : fonts) {
            if (f.canDisplay(cp)) {
                GlyphVector gv = f.createGlyphVector(UNHINTED, new String(Character.toChars(cp)));
                widest = Math.max(widest, (int) Math.ceil(gv.getGlyphMetrics(0).getAdvance() - 1e-6));
            }
        }
        return widest;
    }

    /** The installed font of that family and style at 2048 units, or empty when it is not installed. */
    static java.util.Optional<Font> find(String family, int style) {
        Font f = new Font(family, style, UNITS);
        return f.getFamily(java.util.Locale.ROOT).equals(family) ? java.util.Optional.of(f) : java.util.Optional.empty();
    }

    private static Font installed(String family, int style) {
        return find(family, style).orElseThrow(() -> new IllegalStateException(family + " is not installed"));
    }
}
