package org.ganclassroom.sim.loss;

/**
 * The original GAN objective of Goodfellow et al. (2014), with D(x) = σ(v).
 * <ul>
 *   <li>D loss = mean_real [t·softplus(−v) + (1−t)·softplus(v)] + mean_fake softplus(v), i.e.
 *       −mean[t log D + (1−t) log(1−D)] on real samples (target t, 1 or smoothed) and −mean log(1−D) on fakes.</li>
 *   <li>G loss = mean_fake log(1 − σ(v)) = −mean softplus(v): the saturating loss of the paper's minimax game,
 *       whose gradient vanishes when D confidently rejects the fakes.</li>
 * </ul>
 */
public final class MinimaxObjective implements Objective {
    @Override
    public String id() {
        return "minimax";
    }

    @Override
    public double discriminatorLoss(double[] vReal, double[] gReal, int nReal,
                                    double[] vFake, double[] gFake, int nFake, double realTarget) {
        return CrossEntropy.discriminatorLoss(vReal, gReal, nReal, vFake, gFake, nFake, realTarget);
    }

    @Override
    public boolean discriminatorCurvature(double[] vReal, double[] cReal, int nReal,
                                          double[] vFake, double[] cFake, int nFake) {
        return CrossEntropy.curvature(vReal, cReal, nReal, vFake, cFake, nFake);
    }

    @Override
    public double generatorLoss(double[] vFake, double[] gFake, int n) {
        double sum = 0;
        double inv = 1.0 / n;
        for (int i = 0; i < n; i++) {
            double v = vFake[i];
            double e = Math.exp(-Math.abs(v)); // shared by softplus(v) and σ(v)
            sum -= Math.max(v, 0.0) + Logistic.log1pUnit(e);
            gFake[i] = -Logistic.sigmoid(v, e) * inv;
        }
        return sum * inv;
    }

    @Override
    public double displayValue(double v) {
        return Logistic.sigmoid(v);
    }

    @Override
    public boolean hasProbabilityOptimum() {
        return true;
    }
}
