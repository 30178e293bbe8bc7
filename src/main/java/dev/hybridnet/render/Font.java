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

    public static Font sans(double size) {
        return new Font(SANS, size, false);
    }

    public static Font sansBold(double size) {
        return new Font(SANS, size, true);
    }

    /** An estimate of a text's width, for layout without a toolkit (Arial averages about 0.55 em per glyph). */
    public double estimateWidth(String text) {
        return text.length() * size * (bold ? 0.6 : 0.55);
    }
}
