package org.ganclassroom.sim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.ganclassroom.sim.data.Mode;
import org.junit.jupiter.api.Test;

class ModeCoverageTest {
    /** The ring of eight Gaussians (radius 2, σ = 0.02) used by Unrolled GAN and VEEGAN. */
    private static List<Mode> ring() {
        List<Mode> modes = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            double a = 2 * Math.PI * k / 8;
            modes.add(new Mode(2 * Math.cos(a), 2 * Math.sin(a), 0.02));
        }
        return modes;
    }

    @Test
    void everySampleOnOneModeIsCollapse() {
        ModeCoverage c = new ModeCoverage(ring());
        int m = 800;
        double[] xs = new double[m];
        double[] ys = new double[m];
        for (int s = 0; s < m; s++) {
            xs[s] = 2 + 0.01 * Math.sin(s);
            ys[s] = 0.01 * Math.cos(s);
        }
        c.evaluate(xs, ys, m);
        assertEquals(1.0, c.highQualityShare(), 0.0);
        assertEquals(1, c.modesCaptured());
        assertEquals(m, c.samplesAt(0));
        assertEquals(25, c.requiredPerMode(), "round(800 / 32)");
    }

    @Test
    void samplesSpreadOverAllModesCaptureAll() {
        List<Mode> modes = ring();
        ModeCoverage c = new ModeCoverage(modes);
        int m = 800;
        double[] xs = new double[m];
        double[] ys = new double[m];
        for (int s = 0; s < m; s++) {
            Mode mode = modes.get(s % 8);
            xs[s] = mode.x() + 0.05 * Math.cos(s); // 2.5σ away: still high quality
            ys[s] = mode.y() + 0.05 * Math.sin(s);
        }
        c.evaluate(xs, ys, m);
        assertEquals(1.0, c.highQualityShare(), 0.0);
        assertEquals(8, c.modesCaptured());
        // a mode holding fewer than a quarter of its share is not captured
        for (int s = 0; s < m; s++) {
            if (s % 8 == 3 && s > 8 * 20) {
                xs[s] = modes.get(0).x();
                ys[s] = modes.get(0).y();
            }
        }
        c.evaluate(xs, ys, m);
        assertEquals(20, c.samplesAt(3), "100 minus the 80 moved; 25 are required");
        assertEquals(7, c.modesCaptured());
    }

    @Test
    void samplesFarAwayCaptureNothing() {
        ModeCoverage c = new ModeCoverage(ring());
        double[] xs = {0, 0.1, 100, 2.0};
        double[] ys = {0, 0, 0, 0.0601}; // last one just beyond 3σ
        c.evaluate(xs, ys, 4);
        assertEquals(0.0, c.highQualityShare(), 0.0);
        assertEquals(0, c.modesCaptured());
        ys[3] = 0.0599;
        c.evaluate(xs, ys, 4);
        assertEquals(0.25, c.highQualityShare(), 0.0);
        assertEquals(1, c.modesCaptured(), "required = max(1, round(4/32)) = 1");
    }

    @Test
    void oneDimensionalTargetsPassNullYsAndUnequalSigmasUseStandardisedDistance() {
        List<Mode> modes = List.of(new Mode(-2, 0, 0.1), new Mode(2, 0, 1.0));
        ModeCoverage c = new ModeCoverage(modes, 0.1);
        double[] xs = {-2.05, -1.5, 0.0, 1.0, 2.5, 4.9, 5.1, -2.0, -1.95, -2.2};
        c.evaluate(xs, null, xs.length);
        // −1.5 is 5σ from the narrow mode but 3.5σ from the wide one; 0.0 is exactly 2σ from the wide mode
        assertEquals(8.0 / 10, c.highQualityShare(), 1e-15);
        assertEquals(4, c.samplesAt(0));
        assertEquals(4, c.samplesAt(1));
        assertEquals(2, c.modesCaptured());
    }
}
