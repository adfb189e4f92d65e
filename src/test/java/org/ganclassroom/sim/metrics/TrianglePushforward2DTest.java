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

    /**
     * A curved, folded map partly off the grid on every side (and one vertical mesh column): every cell's mass
     * equals the sum over mesh triangles of μ_t·|image_t ∩ cell|/|image_t|, each image clipped against each cell
     * polygon by polygon, which shares nothing with the signed-area scan.
     */
    @Test
    void everyCellMatchesTrianglesClippedOneByOne() {
        NoiseMesh2D mesh = new NoiseMesh2D(12);
        Grid2D grid = new Grid2D(-2, 2, 5);
        int r = 2;
        TrianglePushforward2D t = new TrianglePushforward2D(grid, r, mesh);
        int m = mesh.side();
        double[][] z = mesh.noise();
        double[] xs = new double[m * m];
        double[] ys = new double[m * m];
        for (int k = 0; k < m * m; k++) {
            double u = Math.tanh(z[0][k] / 2);
            double v = Math.tanh(z[1][k] / 2);
            xs[k] = k % m == 5 ? 0.37 : 3 * u + 0.8 * Math.sin(3 * v);
            ys[k] = 2.5 * v + 1.5 * u * u - 0.7;
        }
        t.estimate(xs, ys);
        int n = 5 * r;
        double cell = 4.0 / n;
        double[] expected = new double[n * n];
        for (int j = 0; j < m - 1; j++) {
            for (int i = 0; i < m - 1; i++) {
                double mass = 0.5 * mesh.axisMass(i) * mesh.axisMass(j);
                int v00 = j * m + i;
                int[][] tris = ((i + j) & 1) != 0
                        ? new int[][] {{v00, v00 + 1, v00 + m}, {v00 + 1, v00 + m + 1, v00 + m}}
                        : new int[][] {{v00, v00 + 1, v00 + m + 1}, {v00, v00 + m + 1, v00 + m}};
                for (int[] tri : tris) {
                    double[] px = {xs[tri[0]], xs[tri[1]], xs[tri[2]]};
                    double[] py = {ys[tri[0]], ys[tri[1]], ys[tri[2]]};
                    double area = Math.abs(polygonArea(px, py, 3));
                    for (int cy = 0; cy < n; cy++) {
                        for (int cx = 0; cx < n; cx++) {
                            double x0 = -2 + cx * cell;
                            double y0 = -2 + cy * cell;
                            double inside = clippedArea(px, py, x0, y0, x0 + cell, y0 + cell);
                            expected[SegmentDeposit.index(cx, cy, r, 5)] += mass * inside / area;
                        }
                    }
                }
            }
        }
        double inside = 0;
        for (int k = 0; k < n * n; k++) {
            assertEquals(expected[k], t.cellMass()[k], 1e-13, "cell " + k);
            inside += expected[k];
        }
        assertEquals(t.totalMass() - inside, t.massOutside(), 1e-13);
    }

    /** Area of a triangle inside the box [x0, x1] × [y0, y1]: Sutherland–Hodgman against the four sides. */
    private static double clippedArea(double[] tx, double[] ty, double x0, double y0, double x1, double y1) {
        double[] px = tx.clone();
        double[] py = ty.clone();
        int count = 3;
        double[][] sides = {{1, 0, -x0}, {-1, 0, x1}, {0, 1, -y0}, {0, -1, y1}};
        for (double[] side : sides) {
            double[] qx = new double[count + 4];
            double[] qy = new double[count + 4];
            int out = 0;
            for (int k = 0; k < count; k++) {
                int next = (k + 1) % count;
                double a = side[0] * px[k] + side[1] * py[k] + side[2];
                double b = side[0] * px[next] + side[1] * py[next] + side[2];
                if (a >= 0) {
                    qx[out] = px[k];
                    qy[out++] = py[k];
                }
                if ((a >= 0) != (b >= 0)) {
                    double f = a / (a - b);
                    qx[out] = px[k] + f * (px[next] - px[k]);
                    qy[out++] = py[k] + f * (py[next] - py[k]);
                }
            }
            px = qx;
            py = qy;
            count = out;
            if (count == 0) {
                return 0;
            }
        }
        return Math.abs(polygonArea(px, py, count));
    }

    private static double polygonArea(double[] x, double[] y, int count) {
        double s = 0;
        for (int k = 0; k < count; k++) {
            int next = (k + 1) % count;
            s += x[k] * y[next] - x[next] * y[k];
        }
        return 0.5 * s;
    }
}
