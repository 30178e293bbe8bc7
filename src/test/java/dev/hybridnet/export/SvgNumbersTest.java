package dev.hybridnet.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SvgNumbersTest {

    @Test
    void pathNumbersAreWrittenAsTheTwoDecimalFormatWritesThem() {
        double[] edges = {0, -0.0, 0.005, -0.004, -0.005, 1.005, 1.125, 2.675, 87.6, 3.2, 1, 1e-7, -1e-7, 999999.995,
            0.015, 0.025, 1234.5678, -87.605, 1e15};
        for (double v : edges) {
            assertEquals(String.format(Locale.ROOT, "%.2f", v), SvgNumbers.fixed(v), Double.toString(v));
        }
        Random random = new Random(16);
        for (int i = 0; i < 25_000; i++) {
            double v = (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(7));
            double rounded = Math.round(v * 1000) / 1000.0;
            for (double value : new double[] {v, rounded, rounded + 0.005, Math.round(v * 100) / 100.0 + 0.005}) {
                assertEquals(String.format(Locale.ROOT, "%.2f", value), SvgNumbers.fixed(value),
                        Double.toString(value));
            }
        }
    }

    @Test
    void otherNumbersLoseTrailingZerosAndNeverShowAnExponent() {
        assertEquals("87.6", SvgNumbers.format(87.6));
        assertEquals("0", SvgNumbers.format(-0.001));
        assertEquals("1000000", SvgNumbers.format(1e6));
        assertEquals("0.502", SvgNumbers.opacity(0.50196));
        assertThrows(IllegalArgumentException.class, () -> SvgNumbers.fixed(Double.NaN));
    }

    /** The rounding the formats are defined by: the number's decimal text, half up, no trailing zeros. */
    private static String reference(double value, int decimals) {
        java.math.BigDecimal rounded = java.math.BigDecimal.valueOf(value)
                .setScale(decimals, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    @Test
    void theQuickRoundingAgreesWithDecimalRoundingEverywhere() {
        double[] edges = {0, -0.0, 0.005, -0.005, 1.005, 1.125, 2.675, 0.0005, 0.0015, -87.605, 999999.995, 1e7 + 0.5,
            1e9, 1e15, 123456789.125, 0.1 + 0.2, -1e-9, 12.5, 0.125, 7.0005};
        for (double v : edges) {
            assertEquals(reference(v, 2), SvgNumbers.format(v), Double.toString(v));
            assertEquals(reference(v, 3), SvgNumbers.opacity(v), Double.toString(v));
        }
        Random random = new Random(23);
        for (int i = 0; i < 50_000; i++) {
            double v = (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(9));
            for (double value : new double[] {v, Math.round(v * 1000) / 1000.0 + 0.005,
                Math.round(v * 10_000) / 10_000.0 + 0.0005, Math.round(v * 2) / 2.0}) {
                assertEquals(reference(value, 2), SvgNumbers.format(value), Double.toString(value));
                assertEquals(reference(value, 3), SvgNumbers.opacity(value), Double.toString(value));
            }
        }
    }
}
