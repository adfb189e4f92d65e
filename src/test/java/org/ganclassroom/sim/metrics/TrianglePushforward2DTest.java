package org.ganclassroom.sim.metrics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The exact-area deposit of {@link TrianglePushforward2D} against areas worked out by hand. */
class TrianglePushforward2DTest {
    /** One mesh rectangle (m = 2: vertices at ±8) mapped onto [−1.5, 1.5]²: mass spreads by area fraction. */
    @Test
    void aSquareImageSpreadsItsMassByArea() {
        NoiseMesh2D mesh = new NoiseMesh2D(2);
        TrianglePushforward2D t = new TrianglePushforward2D(new Grid2D(-2, 2, 4), 1, mesh);
        double[][] z = mesh.noise();
        double[] xs = new double[4];
        double[] ys = new double[4];
        for (int k = 0; k < 4; k++) {
            xs[k] = z[0][k] * 1.5 / 8;
            ys[k] = z[1][k] * 1.5 / 8;
        }
        t.estimate(xs, ys);
        double[] share = {0.5 / 3, 1 / 3.0, 1 / 3.0, 0.5 / 3};
        for (int j = 0; j < 4; j++) {
            for (int i = 0; i < 4; i++) {
                assertEquals(share[i] * share[j] * t.totalMass(), t.cellMass()[j * 4 + i], 1e-14, i + "," + j);
            }
        }
        assertEquals(0.0, t.massOutside(), 1e-14);
    }

    /** A mirrored generator (negative image areas) gives the mirrored masses; inside + outside = all. */
    @Test
    void foldedAndShearedImagesKeepEveryBitOfMass() {
        NoiseMesh2D mesh = new NoiseMesh2D(33);
        Grid2D grid = new Grid2D(-3, 3, 16);
        TrianglePushforward2D a = new TrianglePushforward2D(grid, 2, mesh);
        TrianglePushforward2D b = new TrianglePushforward2D(grid, 2, mesh);
        double[][] z = mesh.noise();
        int m = z[0].length;
        double[] xs = new double[m];
        double[] ys = new double[m];
        double[] mx = new double[m];
        for (int k = 0; k < m; k++) {
            xs[k] = 0.8 * z[0][k] + 0.6 * z[1][k] + 0.4;
            ys[k] = 0.3 * z[1][k] + 0.2 * z[0][k] * z[0][k] - 0.5;
            mx[k] = -xs[k];
        }
        a.estimate(xs, ys);
        b.estimate(mx, ys);
        double inside = 0;
        int n = 32;
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                double va = a.cellMass()[SegmentDeposit.index(x, y, 2, 16)];
                double vb = b.cellMass()[SegmentDeposit.index(n - 1 - x, y, 2, 16)];
                assertEquals(va, vb, 1e-13);
                inside += va;
            }
        }
        assertEquals(a.totalMass(), inside + a.massOutside(), 1e-13);
        assertEquals(a.massOutside(), b.massOutside(), 1e-13);
    }

    /** A rank-1 map puts every triangle on one line: deposited along it, nothing lost. */
    @Test
    void aRankOneImageLiesOnItsLine() {
        NoiseMesh2D mesh = new NoiseMesh2D(17);
        Grid2D grid = new Grid2D(-4, 4, 8);
        TrianglePushforward2D t = new TrianglePushforward2D(grid, 1, mesh);
        double[][] z = mesh.noise();
        double[] xs = new double[z[0].length];
        for (int k = 0; k < xs.length; k++) {
            xs[k] = 0.3 * (z[0][k] + z[1][k]);
        }
        t.estimate(xs, xs);
        assertEquals(t.totalMass(), t.degenerateMass(), 1e-14);
        double diagonal = 0;
        for (int i = 0; i < 8; i++) {
            diagonal += t.cellMass()[SegmentDeposit.index(i, i, 1, 8)];
        }
        // x = y only touches the diagonal cells (and, on cell corners, nothing else by more than rounding)
        assertEquals(t.totalMass() - t.massOutside(), diagonal, 1e-12);
    }
}
