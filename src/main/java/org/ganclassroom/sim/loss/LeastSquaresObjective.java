package org.ganclassroom.sim.loss;

/**
 * Least-squares GAN (Mao et al. 2017) with a = 0 (fake label), b = 1 (real label), c = 1 (the value G wants),
 * and D's output taken to be v itself:
 * L_D = ½ mean_real (v − t)² + ½ mean_fake v², L_G = ½ mean_fake (v − 1)².
 * With t = b = 1 the optimal D is D*(x) = p_data/(p_data + p_g), so {@link #hasProbabilityOptimum()} holds.
 * The real target t replaces b when label smoothing is on.
 */
public final class LeastSquaresObjective implements Objective {
    @Override
    public String id() {
        return "leastsquares";
    }

    @Override
    public double discriminatorLoss(double[] vReal, double[] gReal, int nReal,
                                    double[] vFake, double[] gFake, int nFake, double realTarget) {
        double real = 0;
        double invR = 1.0 / nReal;
        for (int i = 0; i < nReal; i++) {
            double d = vReal[i] - realTarget;
            real += d * d;
            gReal[i] = d * invR;
        }
        double fake = 0;
        double invF = 1.0 / nFake;
        for (int i = 0; i < nFake; i++) {
            double v = vFake[i];
            fake += v * v;
            gFake[i] = v * invF;
        }
        return 0.5 * (real * invR + fake * invF);
    }

    @Override
    public double generatorLoss(double[] vFake, double[] gFake, int n) {
        double sum = 0;
        double inv = 1.0 / n;
        for (int i = 0; i < n; i++) {
            double d = vFake[i] - 1.0;
            sum += d * d;
            gFake[i] = d * inv;
        }
        return 0.5 * sum * inv;
    }

    @Override
    public double displayValue(double v) {
        return v;
    }

    @Override
    public boolean hasProbabilityOptimum() {
        return true;
    }
}
