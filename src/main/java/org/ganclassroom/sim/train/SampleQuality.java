package org.ganclassroom.sim.train;

import org.ganclassroom.sim.metrics.FrechetDistance;
import org.ganclassroom.sim.metrics.GaussianFit;
import org.ganclassroom.sim.metrics.PrecisionRecall;

import java.util.SplittableRandom;

/**
 * Sample-based scores of a run, as they are computed for image GANs but on the raw 1-D or 2-D points: the
 * squared Fréchet distance between the Gaussian fits of real and generated samples (the FID formula,
 * {@link FrechetDistance}) and precision / recall with k-NN manifolds, k = 3 ({@link PrecisionRecall}).
 * The real reference sample is drawn once from p_data with a fixed seed, so every run and every step is
 * compared with the same real points, as FID compares with fixed reference statistics.
 */
final class SampleQuality {
    /** Real points for the Gaussian fit: enough that the fit's own sampling error is small. */
    static final int FIT_SIZE = 8192;
    /** Points per set for precision and recall (the first ones of each set): every pair is compared. */
    static final int PR_SIZE = 1024;
    private static final long REFERENCE_SEED = 20190101L;

    private final GaussianFit realFit;
    private final PrecisionRecall precisionRecall;

    SampleQuality(TargetData data) {
        int dim = data.dimension();
        double[][] real = new double[dim][FIT_SIZE];
        data.sample(new SplittableRandom(REFERENCE_SEED), real, FIT_SIZE);
        realFit = GaussianFit.of(real, FIT_SIZE);
        precisionRecall = new PrecisionRecall(real, PR_SIZE, PrecisionRecall.DEFAULT_K);
    }

    /** d² between the Gaussian fits of the real reference sample and the first m generated points. */
    double frechet(double[][] generated, int m) {
        return FrechetDistance.squared(realFit, GaussianFit.of(generated, m));
    }

    /** Precision and recall of the first min(m, {@link #PR_SIZE}) generated points into {@code out[0..1]}. */
    void precisionRecall(double[][] generated, int m, double[] out) {
        precisionRecall.evaluate(generated, Math.min(m, PR_SIZE));
        out[0] = precisionRecall.precision();
        out[1] = precisionRecall.recall();
    }
}
