package org.ganclassroom.sim.metrics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmentPushforward1DTest {
    private static final Grid1D GRID = new Grid1D(-6, 6, 400);

    private static double normal(double x, double mu, double s) {
        double t = (x - mu) / s;
        return Math.exp(-0.5 * t * t) / (s * Math.sqrt(2 * Math.PI));
    }

    private static double[] push(SegmentPushforward1D p, java.util.function.DoubleUnaryOperator g) {
        double[] z = p.noise()[0];
        double[] y = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            y[j] = g.applyAsDouble(z[j]);
        }
        double[] out = new double[GRID.n()];
        p.estimate(y, out);
        return out;
    }

    @Test
    void linearGeneratorGivesTheExactGaussianCellAverages() {
        SegmentPushforward1D p = new SegmentPushforward1D(GRID, 2048);
        double[] out = push(p, z -> 0.7 * z + 0.3);
        double worst = 0;
        for (int i = 0; i < GRID.n(); i++) {
            worst = Math.max(worst, Math.abs(out[i] - normal(GRID.x(i), 0.3, 0.7)));
        }
        // Cell averages differ from centre values by ~f''·dx²/24: below 1e-4 here.
        assertTrue(worst < 1e-4, "max error " + worst);
        assertEquals(0.0, p.massOutside(), 1e-12);
    }

    @Test
    void tailsAreCoveredFarBeyondAQuantileGrid() {
        SegmentPushforward1D p = new SegmentPushforward1D(GRID, 2048);
        double[] out = push(p, z -> z);
        int cell = (int) ((4.8 + 6) / GRID.dx());
        double exact = normal(GRID.x(cell), 0, 1);
        assertEquals(exact, out[cell], 0.02 * exact, "density at 4.8σ");
    }

    @Test
    void nonMonotoneGeneratorAddsItsBranches() {
        SegmentPushforward1D p = new SegmentPushforward1D(GRID, 4096);
        double[] out = push(p, Math::abs);
        int at1 = (int) ((1.0 + 6) / GRID.dx());
        assertEquals(2 * normal(GRID.x(at1), 0, 1), out[at1], 1e-3, "half-normal: both branches land here");
        int negative = (int) ((-1.0 + 6) / GRID.dx());
        assertEquals(0.0, out[negative], 0.0);
    }

    @Test
    void constantGeneratorIsASpikeHoldingAllTheMass() {
        SegmentPushforward1D p = new SegmentPushforward1D(GRID, 512);
        double[] out = push(p, z -> 1.234);
        double mass = 0;
        for (double v : out) {
            mass += v * GRID.dx();
        }
        assertEquals(1.0, mass, 1e-12);
        assertEquals(1.0 / GRID.dx(), out[(int) ((1.234 + 6) / GRID.dx())], 1e-9);
    }

    @Test
    void massLeavingTheGridIsCountedWithItsTailMoment() {
        SegmentPushforward1D p = new SegmentPushforward1D(GRID, 2048);
        push(p, z -> z - 20);
        assertEquals(1.0, p.massOutside(), 1e-12);
        assertEquals(1.0, p.massBelow(), 1e-12);
        assertEquals(14.0, p.momentBelow(), 1e-9, "E[lower - y] = -6 - (-20)");
    }
}
