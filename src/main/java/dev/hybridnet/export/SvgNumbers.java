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
        String digits = BigDecimal.valueOf(Math.abs(value)).setScale(2, RoundingMode.HALF_UP).toPlainString();
        // The format keeps the sign of a negative number that rounds to zero, and of negative zero.
        return Double.compare(value, 0.0) < 0 ? "-" + digits : digits;
    }

    private static String format(double value, int decimals) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.toPlainString();
    }
}
