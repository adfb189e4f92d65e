package org.ganclassroom.ui.common;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FixedDecimalsTest {

    private static void same(double v, int decimals) {
        assertEquals(String.format(Locale.ROOT, "%." + decimals + "f", v), FixedDecimals.format(v, decimals),
                () -> "v = " + v + ", " + decimals + " decimals");
    }

    @Test
    void printsWhatTheFormatterPrintsForRandomNumbersOfEveryMagnitude() {
        SplittableRandom r = new SplittableRandom(7);
        for (int k = 0; k < 200_000; k++) {
            double v = (r.nextBoolean() ? 1 : -1) * Math.pow(10, r.nextDouble(-9, 16)) * r.nextDouble();
            same(v, r.nextInt(0, 8));
        }
    }

    @Test
    void printsWhatTheFormatterPrintsAtHalfwayCasesAndEdges() {
        double[] values = {0, -0.0, 0.5, 1.5, 2.5, -0.5, 1.005, 1.015, 0.125, -0.125, 0.00005, -0.00005, 0.00004999,
            -0.00001, 9.99995, 99.99995, 0.6931471805599453, -1.3862943611198906, 1e-300, -1e-300, 123456.78905,
            1e14 + 0.5, 999999999999999.0, 1e15, -1e15, 1e300, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double v : values) {
            for (int d = 0; d <= 15; d++) {
                same(v, d);
            }
        }
        // every 4-decimal value on a fine grid around the readouts' usual range, with the last digit a tie
        for (int i = -20_000; i <= 20_000; i++) {
            same(i / 10_000.0 + 0.00005, 4);
            same(i / 1000.0 + 0.0005, 3);
            same(i / 10.0 + 0.05, 1);
        }
    }

    @Test
    void groupsThousandsAsTheFormatterDoes() {
        long[] values = {0, 1, -1, 12, 123, 999, 1000, -1000, 12345, 123456, 1234567, -1234567, Long.MAX_VALUE,
            Long.MIN_VALUE};
        for (long v : values) {
            assertEquals(String.format(Locale.ROOT, "%,d", v), FixedDecimals.grouped(v));
        }
        SplittableRandom r = new SplittableRandom(3);
        for (int k = 0; k < 10_000; k++) {
            long v = r.nextLong() >> r.nextInt(0, 63);
            assertEquals(String.format(Locale.ROOT, "%,d", v), FixedDecimals.grouped(v));
        }
    }

    @Test
    void refusesImpossibleDecimalCounts() {
        assertThrows(IllegalArgumentException.class, () -> FixedDecimals.format(1, -1));
        assertThrows(IllegalArgumentException.class, () -> FixedDecimals.format(1, 16));
    }
}
