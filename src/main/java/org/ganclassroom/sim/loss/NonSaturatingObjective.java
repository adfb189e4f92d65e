package org.ganclassroom.sim.loss;

/**
 * The "−log D trick" of Goodfellow et al. (2014): the same discriminator cross-entropy as
 * {@link MinimaxObjective}, but G minimises −mean log σ(v_fake) = mean softplus(−v_fake), which has strong
 * gradients exactly when D rejects the fakes (dL/dv = −σ(−v)/n).
 */
public final class NonSaturatingObjective implements Objective {
    @Override
    public String id() {
        return "nonsaturating";
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
            double e = Math.exp(-Math.abs(v)); // shared by softplus(−v) and σ(−v)
            sum += Math.max(-v, 0.0) + Logistic.log1pUnit(e);
            gFake[i] = -Logistic.sigmoid(-v, e) * inv;
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
