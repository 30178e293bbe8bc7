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

    /**
     * An estimate of a text's width, for layout without a toolkit. It errs wide: the advances are those of DejaVu
     * Sans, the broadest of the stack's usual fallbacks, so labels laid out with it never collide whichever font
     * the viewer has (with Arial they just sit a little further apart).
     */
    public double estimateWidth(String text) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            em += advance(c);
            i += Character.charCount(c);
        }
        return em * size;
    }

    private double advance(int c) {
        if (c == ' ') {
            return 0.318;
        }
        if (c == '.' || c == ',' || c == ':' || c == ';' || c == '|' || c == '\'' || c == '!') {
            return bold ? 0.38 : 0.318;
        }
        if (c == 'i' || c == 'j' || c == 'l' || c == 'I' || c == '/' || c == '(' || c == ')' || c == '[' || c == ']') {
            return bold ? 0.42 : 0.34;
        }
        if (c == 'm' || c == 'w' || c == 'M' || c == 'W') {
            return bold ? 1.05 : 0.95;
        }
        if (c >= '0' && c <= '9') {
            return bold ? 0.7 : 0.64;
        }
        if (c >= 'A' && c <= 'Z') {
            return bold ? 0.78 : 0.7;
        }
        if (c < 0x80) {
            return bold ? 0.69 : 0.62;
        }
        return Character.isIdeographic(c) ? 1.0 : (bold ? 0.75 : 0.68);
    }
}
