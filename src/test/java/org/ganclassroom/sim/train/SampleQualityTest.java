package org.ganclassroom.sim.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganclassroom.sim.config.DataSpec;
import org.ganclassroom.sim.metrics.FrechetDistance;
import org.ganclassroom.sim.metrics.GaussianFit;
import org.ganclassroom.sim.metrics.SegmentPushforward1D;
import org.junit.jupiter.api.Test;

class SampleQualityTest {
    private static final TargetData GAUSSIAN = TargetData.of(DataSpec.preset("gaussian"));

    /** The even z grid of a one-input generator, pushed through y = a·z + b. */
    private static double[][] affine(double[] z, double a, double b) {
        double[][] y = new double[1][z.length];
        for (int j = 0; j < z.length; j++) {
            y[0][j] = a * z[j] + b;
        }
        return y;
    }

    @Test
    void evenGridPointsAreWeightedByTheirNoiseMassNotCountedEqually() {
        // G(z) = z on the segment grid pushes N(0, 1) to itself: the data's own law, so d² ≈ 0 (only the
        // reference sample's error); counted equally, the grid's points on [−8, 8] have variance ≈ 21
        double[] z = new SegmentPushforward1D(new org.ganclassroom.sim.metrics.Grid1D(-4, 4, 100), 1024).noise()[0];
        SampleQuality q = new SampleQuality(GAUSSIAN, z);
        assertEquals(FrechetDistance.squared(q.realFit(), GaussianFit.of1D(0, 1)),
                q.frechet(affine(z, 1, 0), z.length), 2e-3);
        // G(z) = 2z + 1 gives N(1, 4): d² = 1² + (2 − 1)² = 2 against N(0, 1)
        assertEquals(FrechetDistance.squared(q.realFit(), GaussianFit.of1D(1, 4)),
                q.frechet(affine(z, 2, 1), z.length), 0.01);
        assertEquals(2.0, FrechetDistance.squared(q.realFit(), GaussianFit.of1D(1, 4)), 0.03,
                "the reference sample is a fair draw of N(0, 1)");
        double[] pr = new double[2];
        q.precisionRecall(affine(z, 1, 0), z.length, pr);
        assertTrue(pr[0] > 0.9 && pr[1] > 0.9, "the data's own law: precision " + pr[0] + ", recall " + pr[1]);
    }

    @Test
    void equallyWeightedPointsAreTakenAsTheyAre() {
        int n = SampleQuality.PR_SIZE;
        double[][] y = new double[1][n];
        org.apache.commons.math3.distribution.NormalDistribution phi =
                new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1);
        for (int i = 0; i < n; i++) {
            y[0][i] = 10 + phi.inverseCumulativeProbability((i + 0.5) / n);
        }
        SampleQuality q = new SampleQuality(GAUSSIAN, null);
        // N(10, 1) against N(0, 1): d² = 100
        assertEquals(FrechetDistance.squared(q.realFit(), GaussianFit.of1D(10, 1)), q.frechet(y, n), 0.01);
        double[] pr = new double[2];
        q.precisionRecall(y, n, pr);
        assertTrue(pr[0] == 0 && pr[1] == 0, "ten standard deviations apart: " + pr[0] + ", " + pr[1]);
    }
}
