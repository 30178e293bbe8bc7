package dev.hybridnet.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The advance widths of the family the pictures ask for, read without a toolkit from the resource
 * {@code advances.txt}: for each code point the larger of Liberation Sans (metric-compatible with Arial) and
 * DejaVu Sans, regular and bold, in 1/2048 em. The table is generated from the font files by
 * {@code FontAdvancesTool} (test sources; see docs/rendering.md). A code point neither font has is taken as 1 em,
 * so measurements err wide.
 */
final class Advances {

    static final double UNITS_PER_EM = 2048;
    private static final Advances TABLE = load();

    /** Sorted runs: first code point, last code point, regular advance, bold advance. */
    private final int[] first;
    private final int[] last;
    private final short[] regular;
    private final short[] bold;
    /** Direct lookup for the code points below {@link #DIRECT}, the common case. */
    private static final int DIRECT = 0x3000;
    private final short[] directRegular = new short[DIRECT];
    private final short[] directBold = new short[DIRECT];

    private Advances(List<int[]> runs) {
        int n = runs.size();
        first = new int[n];
        last = new int[n];
        regular = new short[n];
        bold = new short[n];
        Arrays.fill(directRegular, (short) UNITS_PER_EM);
        Arrays.fill(directBold, (short) UNITS_PER_EM);
        for (int i = 0; i < n; i++) {
            int[] run = runs.get(i);
            first[i] = run[0];
            last[i] = run[1];
            regular[i] = (short) run[2];
            bold[i] = (short) run[3];
            for (int cp = run[0]; cp <= Math.min(run[1], DIRECT - 1); cp++) {
                directRegular[cp] = (short) run[2];
                directBold[cp] = (short) run[3];
            }
        }
        // Renderers show tab, line feed and carriage return as a space, and other control characters as U+FFFD.
        for (int cp = 0; cp < 0x20; cp++) {
            int like = cp == '\t' || cp == '\n' || cp == '\r' ? ' ' : 0xFFFD;
            directRegular[cp] = (short) units(like, false);
            directBold[cp] = (short) units(like, true);
        }
    }

    /** The advance of a code point in ems. */
    static double em(int codePoint, boolean bold) {
        return TABLE.units(codePoint, bold) / UNITS_PER_EM;
    }

    private int units(int cp, boolean wantBold) {
        if (cp >= 0 && cp < DIRECT) {
            return wantBold ? directBold[cp] : directRegular[cp];
        }
        int i = Arrays.binarySearch(first, cp);
        if (i < 0) {
            i = -i - 2;
        }
        if (i < 0 || cp > last[i]) {
            return (int) UNITS_PER_EM;
        }
        return wantBold ? bold[i] : regular[i];
    }

    /**
     * Reads the table. Parsed byte by byte rather than with {@code split} and {@code parseInt}: this runs once in
     * every command that draws, before the JIT has compiled anything, and the plain loop took a small fraction of
     * the time the string functions did for the table's 3,600 lines.
     */
    private static Advances load() {
        byte[] text;
        try (InputStream in = Advances.class.getResourceAsStream("advances.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource dev/hybridnet/render/advances.txt is missing");
            }
            text = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading advances.txt failed", e);
        }
        return new Advances(parse(text));
    }

    /** The runs of the table's text: lines of two hexadecimal and two decimal numbers, and # comment lines. */
    static List<int[]> parse(byte[] text) {
        List<int[]> runs = new ArrayList<>(4096);
        int i = 0;
        int line = 1;
        while (i < text.length) {
            if (text[i] == '#') {
                while (i < text.length && text[i] != '\n') {
                    i++;
                }
            } else if (text[i] != '\n') {
                int[] run = new int[4];
                for (int field = 0; field < 4; field++) {
                    int radix = field < 2 ? 16 : 10;
                    int start = i;
                    int value = 0;
                    for (; i < text.length && Character.digit(text[i], radix) >= 0 && i - start < 8; i++) {
                        value = value * radix + Character.digit(text[i], radix);
                    }
                    boolean separated = i < text.length && text[i] == (field < 3 ? ' ' : '\n') || field == 3
                            && i == text.length;
                    if (i == start || !separated) {
                        throw new IllegalStateException("advances.txt, line " + line + ": expected four numbers");
                    }
                    run[field] = value;
                    if (field < 3) {
                        i++;
                    }
                }
                runs.add(run);
            }
            i++;
            line++;
        }
        return runs;
    }
}
