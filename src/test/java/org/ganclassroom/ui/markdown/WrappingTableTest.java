package org.ganclassroom.ui.markdown;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class WrappingTableTest {
    @Test
    void columnsKeepTheirNaturalWidthsWhenTheyFit() {
        assertArrayEquals(new double[] {100, 200}, WrappingTable.share(new double[] {100, 200}, 400, 64), 1e-9);
    }

    @Test
    void narrowColumnsKeepTheirWidthAndWideOnesShareTheRest() {
        // 600 px for 120 + 300 + 900: the short column keeps 120, the two long ones get 240 each
        assertArrayEquals(new double[] {120, 240, 240}, WrappingTable.share(new double[] {120, 300, 900}, 600, 64),
                1e-9);
        // everything too wide: equal shares
        assertArrayEquals(new double[] {150, 150}, WrappingTable.share(new double[] {800, 900}, 300, 64), 1e-9);
    }

    @Test
    void noColumnGoesBelowTheMinimum() {
        assertArrayEquals(new double[] {64, 64, 64}, WrappingTable.share(new double[] {500, 500, 500}, 90, 64), 1e-9);
    }
}
