package org.ganclassroom.ui.charts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Level lines come out as whole polylines, on the level, closed where the curve is closed, broken at NaN. */
class ContourLinesTest {
    private static final int N = 64;

    private static double[] bumps(double[][] centres, double sigma) {
        double[] v = new double[N * N];
        for (int j = 0; j < N; j++) {
            for (int i = 0; i < N; i++) {
                for (double[] c : centres) {
                    double dx = i - c[0];
                    double dy = j - c[1];
                    v[j * N + i] += Math.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
                }
            }
        }
        return v;
    }

    @Test
    void aRoundBumpGivesOneClosedCircleOnTheLevel() {
        double sigma = 8;
        ContourLines c = new ContourLines();
        c.trace(bumps(new double[][]{{31.3, 30.7}}, sigma), N, 0.5);
        assertEquals(1, c.lines());
        int m = c.size(0);
        // one point per grid edge crossed: a circle of radius ≈ 9.4 crosses about 4 · 2r edges
        assertTrue(m > 60 && m < 90, "points " + m);
        assertEquals(c.x(0, 0), c.x(0, m - 1), 0);
        assertEquals(c.y(0, 0), c.y(0, m - 1), 0);
        double r = sigma * Math.sqrt(2 * Math.log(2)); // where exp(−r²/2σ²) = ½
        for (int p = 0; p < m; p++) {
            double dist = Math.hypot(c.x(0, p) - 31.3, c.y(0, p) - 30.7);
            assertEquals(r, dist, 0.1, "point " + p);
            if (p > 0) {
                // consecutive points are neighbours on the curve, not jumps across it
                double step = Math.hypot(c.x(0, p) - c.x(0, p - 1), c.y(0, p) - c.y(0, p - 1));
                assertTrue(step <= Math.sqrt(2) + 1e-9, "step " + step + " at " + p);
            }
        }
    }

    @Test
    void separateBumpsGiveSeparateLinesAndTheBuffersStartAfreshEachTrace() {
        ContourLines c = new ContourLines();
        c.trace(bumps(new double[][]{{15, 15}, {48, 20}, {30, 48}}, 4), N, 0.5);
        assertEquals(3, c.lines());
        for (int k = 0; k < 3; k++) {
            int m = c.size(k);
            assertEquals(c.x(k, 0), c.x(k, m - 1), 0, "line " + k + " is closed");
        }
        c.trace(bumps(new double[][]{{31, 31}}, 4), N, 0.5);
        assertEquals(1, c.lines());
        c.trace(bumps(new double[][]{{31, 31}}, 4), N, 2.0); // above the maximum: nothing
        assertEquals(0, c.lines());
    }

    @Test
    void aRampGivesOneOpenLineAcrossTheGridAndANanCellBreaksIt() {
        double[] ramp = new double[N * N];
        for (int j = 0; j < N; j++) {
            for (int i = 0; i < N; i++) {
                ramp[j * N + i] = i;
            }
        }
        ContourLines c = new ContourLines();
        c.trace(ramp, N, 20.25);
        assertEquals(1, c.lines());
        assertEquals(N, c.size(0)); // one crossing per row, from the bottom row to the top
        for (int p = 0; p < N; p++) {
            assertEquals(20.25, c.x(0, p), 1e-12);
        }
        assertEquals(N - 1, Math.abs(c.y(0, N - 1) - c.y(0, 0)), 0);
        assertEquals(0, c.skipped());

        ramp[30 * N + 20] = Double.NaN; // a corner of the cells (19..20, 29..30) that the line passes through
        c.trace(ramp, N, 20.25);
        assertEquals(2, c.lines());
        assertEquals(4, c.skipped()); // the four cells around the NaN sample
        assertEquals(N - 1, c.size(0) + c.size(1), "only the NaN sample's row loses its crossing");
    }

    @Test
    void aSaddleCellGivesTwoSeparateSegments() {
        // corners a (0,0) and c (1,1) above the level, b and d below: two pieces, one cutting off each low corner
        double[] v = {1, 0, 0, 1};
        ContourLines c = new ContourLines();
        c.trace(v, 2, 0.5);
        assertEquals(2, c.lines());
        assertEquals(2, c.size(0));
        assertEquals(2, c.size(1));
    }
}
