package dev.hybridnet.export;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as written into SVG: at most two decimals, no trailing zeros, no exponent, independent of locale. */
final class SvgNumbers {

    private SvgNumbers() {
    }

    static String format(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.toPlainString();
    }
}
