package dev.hybridnet.io;

import java.math.BigDecimal;

/** The canonical spelling of numbers in files: plain decimal, no exponent, no trailing zeros, no "-0". */
final class Numbers {

    private Numbers() {
    }

    static String canonical(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }

    static String canonical(double value) {
        return canonical(BigDecimal.valueOf(value));
    }
}
