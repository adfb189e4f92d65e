package org.ganclassroom.sim.loss;

/**
 * Hinge loss GAN (Lim &amp; Ye 2017; Miyato et al. 2018):
 * L_D = mean_real relu(1 − v) + mean_fake relu(1 + v), L_G = −mean_fake v.
 * At the kinks v = ±1 the subgradient 0 is used. The real target is ignored.
 */
public final class HingeObjective implements Objective {
    @Override
    public String id() {
        return "hinge";
    }

    @Override
    public double discriminatorLoss(double[] vReal, double[] gReal, int nReal,
                                    double[] vFake, double[] gFake, int nFake, double realTarget) {
        double real = 0;
        double invR = 1.0 / nReal;
        for (int i = 0; i < nReal; i++) {
            double m = 1.0 - vReal[i];
            if (m > 0) {
                real += m;
                gReal[i] = -invR;
            } else {
                gReal[i] = 0.0;
            }
        }
        double fake = 0;
        double invF = 1.0 / nFake;
        for (int i = 0; i < nFake; i++) {
            double m = 1.0 + vFake[i];
            if (m > 0) {
                fake += m;
                gFake[i] = invF;
            } else {
                gFake[i] = 0.0;
            }
        }
        return real * invR + fake * invF;
    }

    @Override
    public double generatorLoss(double[] vFake, double[] gFake, int n) {
        double sum = 0;
        double inv = 1.0 / n;
        for (int i = 0; i < n; i++) {
            sum += vFake[i];
            gFake[i] = -inv;
        }
        return -sum * inv;
    }

    @Override
    public double displayValue(double v) {
        return v;
    }

    @Override
    public boolean hasProbabilityOptimum() {
        return false;
    }
}
