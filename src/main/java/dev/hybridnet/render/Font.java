package dev.hybridnet.render;

import java.util.Objects;

/**
 * A font request: a family stack (with generic fallbacks, so output renders everywhere), a size in canvas units
 * and a weight.
 */
public record Font(String family, double size, boolean bold) {

    /** Metric-compatible with Arial on Linux (Liberation Sans), then the generic fallback. */
    public static final String SANS = "Arial, 'Liberation Sans', Helvetica, 'DejaVu Sans', sans-serif";

    public Font {
        Objects.requireNonNull(family, "family");
        if (!(size > 0) || !Double.isFinite(size)) {
            throw new IllegalArgumentException("font size must be positive");
        }
    }

    // equals and hashCode written out, as a record's own would be (see geometry.Point): the record's own are linked
    // through a method handle bootstrap at first use, which costs more than every comparison of a window's start.
    @Override
    public boolean equals(Object o) {
        return o instanceof Font f && family.equals(f.family) && Double.compare(size, f.size) == 0 && bold == f.bold;
    }

    @Override
    public int hashCode() {
        return (31 * family.hashCode() + Double.hashCode(size)) * 31 + Boolean.hashCode(bold);
    }

    public static Font sans(double size) {
        return new Font(SANS, size, false);
    }

    public static Font sansBold(double size) {
        return new Font(SANS, size, true);
    }

    /**
     * A text's width in canvas units, from the real advance widths of the family asked for: the larger of Liberation
     * Sans (Arial's metrics) and DejaVu Sans, the broadest usual fallback, for each character (see
     * {@link Advances}). Kerning is left out, which only ever narrows text. It errs wide, so labels measured with
     * it fit whichever of those fonts the viewer has.
     */
    public double estimateWidth(String text) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            em += Advances.em(c, bold);
            i += Character.charCount(c);
        }
        return em * size;
    }
}
