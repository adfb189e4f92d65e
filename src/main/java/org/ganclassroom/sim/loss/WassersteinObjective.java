package org.ganclassroom.sim.loss;

/**
 * Wasserstein GAN (Arjovsky et al. 2017): the critic v estimates the Kantorovich–Rubinstein dual
 * W1 = sup_{‖f‖_L ≤ 1} E_p[f] − E_q[f]. L_D = mean_fake v − mean_real v, L_G = −mean_fake v.
 * The Lipschitz constraint (weight clipping or gradient penalty) is applied elsewhere; without it this
 * loss is unbounded below. The real target is ignored (there are no labels).
 */
public final class WassersteinObjective implements Objective {
    @Override
    public String id() {
        return "wasserstein";
    }

    @Override
    public double discriminatorLoss(double[] vReal, double[] gReal, int nReal,
                                    double[] vFake, double[] gFake, int nFake, double realTarget) {
        double real = 0;
        double invR = 1.0 / nReal;
        for (int i = 0; i < nReal; i++) {
            real += vReal[i];
            gReal[i] = -invR;
        }
        double fake = 0;
        double invF = 1.0 / nFake;
        for (int i = 0; i < nFake; i++) {
            fake += vFake[i];
            gFake[i] = invF;
        }
        return fake * invF - real * invR;
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
