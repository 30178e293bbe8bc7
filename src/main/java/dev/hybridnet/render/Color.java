package dev.hybridnet.render;

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

    // equals and hashCode written out, as a record's own would be (see geometry.Point): the record's own are linked
    // through a method handle bootstrap at first use, which costs more than every comparison of a window's start.
    @Override
    public boolean equals(Object o) {
        return o instanceof Color c && red == c.red && green == c.green && blue == c.blue
                && Double.compare(alpha, c.alpha) == 0;
    }

    @Override
    public int hashCode() {
        return ((31 * red + green) * 31 + blue) * 31 + Double.hashCode(alpha);
    }

    public static Color rgb(int rgb) {
        return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, 1);
    }

    /** Parses {@code #RRGGBB}. */
    public static Color hex(String hex) {
        if (hex.length() != 7 || hex.charAt(0) != '#') {
            throw new IllegalArgumentException("not a #RRGGBB colour: " + hex);
        }
        int rgb = 0;
        for (int i = 1; i < 7; i++) {
            int digit = Character.digit(hex.charAt(i), 16);
            if (digit < 0 || hex.charAt(i) > 'f') {
                throw new IllegalArgumentException("not a #RRGGBB colour: " + hex);
            }
            rgb = rgb << 4 | digit;
        }
        return rgb(rgb);
    }

    public Color withAlpha(double newAlpha) {
        return new Color(red, green, blue, newAlpha);
    }

    /** {@code #RRGGBB}, upper case. */
    public String hex() {
        // Not String.format: parsing the format for every colour written was a tenth of a large export.
        return new String(new char[] {'#', DIGITS[red >> 4], DIGITS[red & 15], DIGITS[green >> 4],
            DIGITS[green & 15], DIGITS[blue >> 4], DIGITS[blue & 15]});
    }

    private static final char[] DIGITS = "0123456789ABCDEF".toCharArray();

    public boolean opaque() {
        return alpha >= 1;
    }
}
