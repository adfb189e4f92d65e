package org.ganclassroom.sim.train;

import org.ganclassroom.sim.metrics.FrechetDistance;
import org.ganclassroom.sim.metrics.GaussianFit;
import org.ganclassroom.sim.metrics.PrecisionRecall;

import org.apache.commons.math3.distribution.NormalDistribution;

import java.util.SplittableRandom;

/**
 * Sample-based scores of a run, as they are computed for image GANs but on the raw 1-D or 2-D points: the
 * squared Fréchet distance between the Gaussian fits of real and generated samples (the FID formula,
 * {@link FrechetDistance}) and precision / recall with k-NN manifolds, k = 3 ({@link PrecisionRecall}).
 * The real reference sample is drawn once from p_data with a fixed seed, so every run and every step is
 * compared with the same real points, as FID compares with fixed reference statistics.
 * <p>
 * Both scores need equally weighted generated points. The 2-D quadrature set and the 1-D kernel set are; the 1-D
 * set of a one-input generator is an even grid of z on [−8, 8] whose points carry unequal mass, so it is first
 * resampled: point i is G's piecewise-linear interpolant (the one p_g is exactly the pushforward of) at
 * z_i = Φ⁻¹((i + ½)/n), the midpoint rule in probability.
 */
final class SampleQuality {
    /** Real points for the Gaussian fit: enough that the fit's own sampling error is small. */
    static final int FIT_SIZE = 65536;
    /** Points per set for precision and recall (the first ones of each set): every pair is compared. */
    static final int PR_SIZE = 1024;
    private static final long REFERENCE_SEED = 20190101L;

    private final GaussianFit realFit;
    private final PrecisionRecall precisionRecall;
    /** For an even z grid: segment index and fraction of each resampled point; null when no resampling is needed. */
    private final int[] segment;
    private final double[] fraction;
    private final double[][] resampled;

    /**
     * @param evenGrid the generated points come from {@code grid}, an ascending, evenly spaced z grid (one noise
     *                 input in 1-D), rather than from equally weighted noise; null otherwise
     */
    SampleQuality(TargetData data, double[] evenGrid) {
        int dim = data.dimension();
        double[][] real = new double[dim][FIT_SIZE];
        data.sample(new SplittableRandom(REFERENCE_SEED), real, FIT_SIZE);
        realFit = GaussianFit.of(real, FIT_SIZE);
        precisionRecall = new PrecisionRecall(real, PR_SIZE, PrecisionRecall.DEFAULT_K);
        if (evenGrid == null) {
            segment = null;
            fraction = null;
            resampled = null;
            return;
        }
        NormalDistribution phi = new NormalDistribution(null, 0, 1);
        int m = evenGrid.length;
        double z0 = evenGrid[0];
        double dz = (evenGrid[m - 1] - z0) / (m - 1);
        segment = new int[PR_SIZE];
        fraction = new double[PR_SIZE];
        resampled = new double[1][PR_SIZE];
        for (int i = 0; i < PR_SIZE; i++) {
            double z = Math.max(z0, Math.min(evenGrid[m - 1], phi.inverseCumulativeProbability((i + 0.5) / PR_SIZE)));
            int j = Math.min(m - 2, (int) ((z - z0) / dz));
            segment[i] = j;
            fraction[i] = (z - evenGrid[j]) / dz;
        }
    }

    /** The Gaussian fit of the real reference sample. */
    GaussianFit realFit() {
        return realFit;
    }

    /** Equally weighted generated points: the set itself, or its resampling; fills {@code size[0]}. */
    private double[][] weighted(double[][] generated, int m, int[] size) {
        if (segment == null) {
            size[0] = m;
            return generated;
        }
        double[] y = generated[0];
        for (int i = 0; i < PR_SIZE; i++) {
            int j = segment[i];
            resampled[0][i] = y[j] + fraction[i] * (y[j + 1] - y[j]);
        }
        size[0] = PR_SIZE;
        return resampled;
    }

    private final int[] size = new int[1];

    /** d² between the Gaussian fits of the real reference sample and the m generated points (resampled if need be). */
    double frechet(double[][] generated, int m) {
        double[][] points = weighted(generated, m, size);
        return FrechetDistance.squared(realFit, GaussianFit.of(points, size[0]));
    }

    /** d² between the Gaussian fits of the real reference sample and of p_g, given exactly. */
    double frechet(GaussianFit generated) {
        return FrechetDistance.squared(realFit, generated);
    }

    /** Precision and recall of the first {@link #PR_SIZE} equally weighted generated points into {@code out[0..1]}. */
    void precisionRecall(double[][] generated, int m, double[] out) {
        double[][] points = weighted(generated, m, size);
        precisionRecall.evaluate(points, Math.min(size[0], PR_SIZE));
        out[0] = precisionRecall.precision();
        out[1] = precisionRecall.recall();
    }
}
