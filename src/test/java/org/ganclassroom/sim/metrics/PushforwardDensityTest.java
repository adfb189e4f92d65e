package org.ganclassroom.sim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PushforwardDensityTest {
    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }

    @Test
    void pointAtACellCentreWithoutSmoothingFillsThatCell() {
        Grid1D g = new Grid1D(0, 10, 10);
        PushforwardDensity1D e = new PushforwardDensity1D(g, 0);
        double[] out = new double[10];
        e.estimate(new double[] {3.5}, 1, out);
        assertEquals(1.0, out[3], 1e-15);
        assertEquals(1.0, sum(out) * g.dx(), 1e-15);
        e.estimate(new double[] {3.75, 0.1, 9.99}, 3, out); // linear split; edge half cells go to the edge cell
        assertEquals(1.0 / 3 * 0.75, out[3], 1e-15);
        assertEquals(1.0 / 3 * 0.25, out[4], 1e-15);
        assertEquals(1.0 / 3, out[0], 1e-15);
        assertEquals(1.0 / 3, out[9], 1e-15);
    }

    @Test
    void massEqualsTheShareInsideAndMeanIsPreserved() {
        Grid1D g = new Grid1D(-5, 5, 200);
        PushforwardDensity1D e = new PushforwardDensity1D(g, 2 * g.dx());
        double[] xs = {-1.234, 0.5, 0.77, 2.01, 7.0, Double.NaN, -9, 1.1};
        double[] out = new double[200];
        e.estimate(xs, xs.length, out);
        assertEquals(3.0 / 8, e.massOutside(), 0.0);
        assertEquals(5.0 / 8, sum(out) * g.dx(), 1e-14);
        double mean = 0;
        for (int i = 0; i < 200; i++) {
            mean += g.x(i) * out[i] * g.dx();
        }
        double inside = (-1.234 + 0.5 + 0.77 + 2.01 + 1.1) / 8;
        assertEquals(inside, mean, 1e-12, "linear binning and a symmetric kernel keep the first moment");
    }

    @Test
    void smoothingAddsTheKernelVarianceHSquared() {
        Grid1D g = new Grid1D(-5, 5, 200);
        double h = 2 * g.dx();
        PushforwardDensity1D e = new PushforwardDensity1D(g, h);
        double[] out = new double[200];
        e.estimate(new double[] {g.x(100)}, 1, out);
        double var = 0;
        for (int i = 0; i < 200; i++) {
            double d = g.x(i) - g.x(100);
            var += d * d * out[i] * g.dx();
        }
        assertEquals(h * h, var, 2e-3 * h * h, "truncation at 4h removes only a sliver of the variance");
    }

    @Test
    void twoDimensionalOrientationMassAndMean() {
        Grid2D g = new Grid2D(-8, 8, 64);
        PushforwardDensity2D e = new PushforwardDensity2D(g, 0);
        double[] out = new double[g.size()];
        int i = 20;
        int j = 5;
        e.estimate(new double[] {g.x(i), 100}, new double[] {g.y(j), 0}, 2, out);
        assertEquals(0.5, e.massOutside(), 0.0);
        assertEquals(0.5 / g.cellArea(), out[g.index(i, j)], 1e-12, "k = j·n + i with i along x");
        PushforwardDensity2D s = new PushforwardDensity2D(g, 2 * g.dx());
        double[] xs = {0.3, -1.2, 2.2};
        double[] ys = {1.7, -0.4, 0.05};
        s.estimate(xs, ys, 3, out);
        double mx = 0, my = 0;
        for (int jj = 0; jj < g.n(); jj++) {
            for (int ii = 0; ii < g.n(); ii++) {
                double w = out[g.index(ii, jj)] * g.cellArea();
                mx += g.x(ii) * w;
                my += g.y(jj) * w;
            }
        }
        assertEquals(1.0, sum(out) * g.cellArea(), 1e-13);
        assertEquals((0.3 - 1.2 + 2.2) / 3, mx, 1e-12);
        assertEquals((1.7 - 0.4 + 0.05) / 3, my, 1e-12);
    }
}
