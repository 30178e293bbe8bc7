package dev.hybridnet.export;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as written into SVG: at most two decimals (three for opacities, where a hundredth is coarser than one
 * step of an 8-bit channel), no trailing zeros, no exponent, independent of locale. Path data keeps exactly two
 * decimals ({@link #fixed}).
 */
final class SvgNumbers {

    private SvgNumbers() {
    }

    static String format(double value) {
        return format(value, 2);
    }

    static String opacity(double value) {
        return format(value, 3);
    }

    /**
     * Exactly two decimals, as {@code String.format(Locale.ROOT, "%.2f", value)} writes them (a test holds the two
     * together), without the cost of parsing a format on every number.
     */
    static String fixed(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        long scaled = roundedScaled(Math.abs(value), 100);
        String digits = scaled >= 0 ? scaled / 100 + "." + (scaled % 100 < 10 ? "0" : "") + scaled % 100
                : BigDecimal.valueOf(Math.abs(value)).setScale(2, RoundingMode.HALF_UP).toPlainString();
        // The format keeps the sign of a negative number that rounds to zero, and of negative zero.
        return Double.compare(value, 0.0) < 0 ? "-" + digits : digits;
    }

    private static String format(double value, int decimals) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        int scale = decimals == 2 ? 100 : 1000;
        long scaled = roundedScaled(Math.abs(value), scale);
        if (scaled == 0) {
            return "0";
        }
        if (scaled > 0) {
            StringBuilder text = new StringBuilder(16);
            if (value < 0) {
                text.append('-');
            }
            text.append(scaled / scale);
            long fraction = scaled % scale;
            if (fraction != 0) {
                text.append('.');
                for (int unit = scale / 10; unit > 0 && fraction != 0; unit /= 10) {
                    text.append((char) ('0' + fraction / unit));
                    fraction %= unit;
                }
            }
            return text.toString();
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.toPlainString();
    }

    /**
     * {@code magnitude × scale} rounded half up, as {@link BigDecimal} rounds the number's decimal text; or -1 when
     * that takes {@link BigDecimal} (a huge number, or one so close to a rounding boundary that the binary product
     * could fall on the other side of it). Building a BigDecimal for every number was a tenth of a large export.
     */
    private static long roundedScaled(double magnitude, int scale) {
        double scaled = magnitude * scale;
        if (!(scaled < 1e9)) {
            return -1;
        }
        double fraction = scaled - Math.floor(scaled);
        if (Math.abs(fraction - 0.5) < 1e-6) {
            return -1;
        }
        return Math.round(scaled);
    }
}
