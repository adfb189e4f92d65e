package org.ganclassroom.sim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PrecisionRecallTest {
    /** A 10 × 10 lattice of spacing 0.1 with its corner at (x0, y0): 100 points. */
    private static double[][] lattice(double x0, double y0) {
        double[][] p = new double[2][100];
        for (int i = 0; i < 100; i++) {
            p[0][i] = x0 + 0.1 * (i % 10);
            p[1][i] = y0 + 0.1 * (i / 10);
        }
        return p;
    }

    private static double[][] concat(double[][] a, double[][] b) {
        int n = a[0].length;
        int m = b[0].length;
        double[][] out = new double[2][n + m];
        for (int d = 0; d < 2; d++) {
            System.arraycopy(a[d], 0, out[d], 0, n);
            System.arraycopy(b[d], 0, out[d], n, m);
        }
        return out;
    }

    @Test
    void aSetAgainstItselfHasFullPrecisionAndRecall() {
        double[][] real = lattice(0, 0);
        PrecisionRecall pr = new PrecisionRecall(real, 100, 3);
        pr.evaluate(lattice(0, 0), 100);
        assertEquals(1.0, pr.precision(), 0.0);
        assertEquals(1.0, pr.recall(), 0.0);
    }

    @Test
    void farAwayFakesHaveNeither() {
        PrecisionRecall pr = new PrecisionRecall(lattice(0, 0), 100, 3);
        pr.evaluate(lattice(50, 50), 100);
        assertEquals(0.0, pr.precision(), 0.0);
        assertEquals(0.0, pr.recall(), 0.0);
    }

    @Test
    void droppingOneOfTwoModesKeepsPrecisionAndHalvesRecall() {
        double[][] real = concat(lattice(0, 0), lattice(10, 0));
        PrecisionRecall pr = new PrecisionRecall(real, 200, 3);
        // the fakes are all on the first mode: realistic, but half the data is never produced
        pr.evaluate(concat(lattice(0.05, 0.05), lattice(0.0, 0.0)), 200);
        assertEquals(1.0, pr.precision(), 0.0);
        assertEquals(0.5, pr.recall(), 0.0);
    }

    @Test
    void halfTheFakesOffTheDataHalvesPrecision() {
        double[][] real = concat(lattice(0, 0), lattice(10, 0));
        PrecisionRecall pr = new PrecisionRecall(real, 200, 3);
        pr.evaluate(concat(lattice(0, 0), lattice(-10, 7)), 200);
        assertEquals(0.5, pr.precision(), 0.0);
        assertEquals(0.5, pr.recall(), 0.0);
    }

    @Test
    void radiusIsTheDistanceToTheKthNearestOtherPoint() {
        // points at 0, 1, 3, 7 on a line: 3rd nearest of 0 is 7, of 1 is 6 (to 7), of 3 is 4, of 7 is 7
        double[][] x = {{0, 1, 3, 7}};
        PrecisionRecall pr = new PrecisionRecall(x, 4, 3);
        double[] r2 = new double[4];
        pr.kthNeighbourDistances2(x, 4, r2);
        assertEquals(49, r2[0], 0.0);
        assertEquals(36, r2[1], 0.0);
        assertEquals(16, r2[2], 0.0);
        assertEquals(49, r2[3], 0.0);
        // k = 1: nearest neighbours 1, 1, 2, 4
        PrecisionRecall one = new PrecisionRecall(x, 4, 1);
        one.kthNeighbourDistances2(x, 4, r2);
        assertEquals(1, r2[0], 0.0);
        assertEquals(1, r2[1], 0.0);
        assertEquals(4, r2[2], 0.0);
        assertEquals(16, r2[3], 0.0);
    }

    @Test
    void aPointExactlyOnABallsEdgeCountsAsInside() {
        // real 0, 1, 2, 3 with k = 1: every ball has radius 1; a fake at 4 touches the ball of 3
        PrecisionRecall pr = new PrecisionRecall(new double[][]{{0, 1, 2, 3}}, 4, 1);
        pr.evaluate(new double[][]{{4, 4.5, 5, 10}}, 4);
        assertEquals(0.25, pr.precision(), 0.0);
    }

    @Test
    void kMustLeaveANeighbour() {
        assertThrows(IllegalArgumentException.class, () -> new PrecisionRecall(new double[][]{{0, 1, 2}}, 3, 3));
    }
}
