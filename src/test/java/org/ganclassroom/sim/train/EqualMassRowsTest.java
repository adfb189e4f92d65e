package org.ganclassroom.sim.train;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** The parts' windows hold equal shares of p_data's mass, and none is empty. */
class EqualMassRowsTest {
    private static double[] rows(int n, double... rowMass) {
        double[] p = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                p[j * n + i] = rowMass[j] / n;
            }
        }
        return p;
    }

    @Test
    void evenMassSplitsInTheMiddle() {
        assertArrayEquals(new int[] {0, 2, 4}, EqualMassRows.split(rows(4, 1, 1, 1, 1), 4, 2));
        // thirds of the mass end at rows 1.33 and 2.67: the nearest whole rows are 1 and 3
        assertArrayEquals(new int[] {0, 1, 3, 4}, EqualMassRows.split(rows(4, 1, 1, 1, 1), 4, 3));
    }

    @Test
    void theSplitFollowsTheMassNotTheRows() {
        assertArrayEquals(new int[] {0, 3, 4}, EqualMassRows.split(rows(4, 1, 1, 2, 4), 4, 2));
    }

    @Test
    void allTheMassInOneRowStillLeavesEveryPartARow() {
        assertArrayEquals(new int[] {0, 1, 4}, EqualMassRows.split(rows(4, 5, 0, 0, 0), 4, 2));
        assertArrayEquals(new int[] {0, 3, 4}, EqualMassRows.split(rows(4, 0, 0, 0, 5), 4, 2));
    }
}
