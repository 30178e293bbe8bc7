package dev.hybridnet.export;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as written into SVG: at most two decimals (three for opacities, where a hundredth is coarser than one
 * step of an 8-bit channel), no trailing zeros, no exponent, independent of locale.
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
