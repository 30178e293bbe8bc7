package dev.hybridnet.render;

import java.util.Locale;

/** An sRGB colour with alpha, written as {@code #RRGGBB} plus an opacity where it is not opaque. */
public record Color(int red, int green, int blue, double alpha) {

    public static final Color BLACK = rgb(0x000000);
    public static final Color WHITE = rgb(0xFFFFFF);

    public Color {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
            throw new IllegalArgumentException("colour channels are 0 to 255");
        }
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha is 0 to 1: " + alpha);
        }
    }

    public static Color rgb(int rgb) {
        return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, 1);
    }

    /** Parses {@code #RRGGBB}. */
    public static Color hex(String hex) {
        if (!hex.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("not a #RRGGBB colour: " + hex);
        }
        return rgb(Integer.parseInt(hex.substring(1), 16));
    }

    public Color withAlpha(double newAlpha) {
        return new Color(red, green, blue, newAlpha);
    }

    /** {@code #RRGGBB}, upper case. */
    public String hex() {
        return String.format(Locale.ROOT, "#%02X%02X%02X", red, green, blue);
    }

    public boolean opaque() {
        return alpha >= 1;
    }
}
