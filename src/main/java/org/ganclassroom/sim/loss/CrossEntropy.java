package org.ganclassroom.sim.loss;

/**
 * The discriminator's binary cross-entropy shared by the minimax and non-saturating objectives:
 * L_D = mean_real [t·softplus(−v) + (1−t)·softplus(v)] + mean_fake softplus(v),
 * with dL/dv = (σ(v) − t)/n_real on reals and σ(v)/n_fake on fakes.
 */
final class CrossEntropy {
    private CrossEntropy() {
    }

    static double discriminatorLoss(double[] vReal, double[] gReal, int nReal,
                                    double[] vFake, double[] gFake, int nFake, double t) {
        double real = 0;
        double invR = 1.0 / nReal;
        for (int i = 0; i < nReal; i++) {
            double v = vReal[i];
            double e = Math.exp(-Math.abs(v));
            double tail = Logistic.log1pUnit(e);
            // softplus(±v) = max(±v, 0) + log1p(e^−|v|), as Logistic.softplus computes them
            real += t * (Math.max(-v, 0.0) + tail) + (1.0 - t) * (Math.max(v, 0.0) + tail);
            gReal[i] = (Logistic.sigmoid(v, e) - t) * invR;
        }
        double fake = 0;
        double invF = 1.0 / nFake;
        for (int i = 0; i < nFake; i++) {
            double v = vFake[i];
            double e = Math.exp(-Math.abs(v));
            fake += Math.max(v, 0.0) + Logistic.log1pUnit(e);
            gFake[i] = Logistic.sigmoid(v, e) * invF;
        }
        return real * invR + fake * invF;
    }

    /** d²L_D/dv² = σ(v)(1 − σ(v))/n on both sides, whatever the real label t. */
    static boolean curvature(double[] vReal, double[] cReal, int nReal, double[] vFake, double[] cFake, int nFake) {
        for (int i = 0; i < nReal; i++) {
            double s = Logistic.sigmoid(vReal[i]);
            cReal[i] = s * (1.0 - s) / nReal;
        }
        for (int i = 0; i < nFake; i++) {
            double s = Logistic.sigmoid(vFake[i]);
            cFake[i] = s * (1.0 - s) / nFake;
        }
        return true;
    }
}
