package org.ganclassroom.sim.train;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A failure message's numbers read as a person writes them. */
class SignificantTest {
    @Test
    void roundsToTheDigitsAskedAndDropsTrailingZeros() {
        assertEquals("-1.249", Significant.of(-1.2491999999999999, 4));
        assertEquals("0.0138", Significant.of(0.013787882436373675, 3));
        assertEquals("72.8", Significant.of(72.76294903372208, 3));
        assertEquals("0.002", Significant.of(0.0020000000000000005, 3));
        assertEquals("4.5", Significant.of(4.5, 4));
    }

    @Test
    void wholeNumbersStayWholeAndHugeOnesUseAnExponent() {
        assertEquals("-5", Significant.of(-5.0, 4));
        assertEquals("1.23e+30", Significant.of(1.234e30, 3));
        assertEquals("1e+04", Significant.of(10000.0, 3));
        assertEquals("NaN", Significant.of(Double.NaN, 3));
        assertEquals("Infinity", Significant.of(Double.POSITIVE_INFINITY, 3));
    }
}
