package org.ganclassroom.sim.loss;

/**
 * f-GAN (Nowozin et al. 2016) for one {@link FDivergence}: the critic T = g_f(v) maximises the variational bound
 * E_p[T] − E_q[f*(T)] ≤ D_f(P‖Q), so
 * <ul>
 *   <li>L_D = −(mean_real g_f(v) − mean_fake f*(g_f(v))),</li>
 *   <li>L_G = −mean_fake f*(g_f(v)) (G minimises the bound; the E_p term does not depend on G — the saturating form).</li>
 * </ul>
 * f*∘g_f is evaluated in closed form (see {@link FDivergence#conjugateOfActivation}) so the losses stay finite.
 * The real target is ignored. Displayed value: T = g_f(v).
 */
public final class FGanObjective implements Objective {
    private final FDivergence divergence;
    private final String id;

    public FGanObjective(FDivergence divergence) {
        this.divergence = divergence;
        this.id = "fgan-" + divergence.id();
    }

    /** The divergence whose bound this objective estimates. */
    public FDivergence divergence() {
        return divergence;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public double discriminatorLoss(double[] vReal, double[] gReal, int nReal,
                                    double[] vFake, double[] gFake, int nFake, double realTarget) {
        double real = 0;
        double invR = 1.0 / nReal;
        for (int i = 0; i < nReal; i++) {
            double v = vReal[i];
            real += divergence.activation(v);
            gReal[i] = -divergence.activationDerivative(v) * invR;
        }
        double fake = 0;
        double invF = 1.0 / nFake;
        for (int i = 0; i < nFake; i++) {
            double v = vFake[i];
            fake += divergence.conjugateOfActivation(v);
            gFake[i] = divergence.conjugateOfActivationDerivative(v) * invF;
        }
        return -(real * invR - fake * invF);
    }

    @Override
    public double generatorLoss(double[] vFake, double[] gFake, int n) {
        double sum = 0;
        double inv = 1.0 / n;
        for (int i = 0; i < n; i++) {
            double v = vFake[i];
            sum += divergence.conjugateOfActivation(v);
            gFake[i] = -divergence.conjugateOfActivationDerivative(v) * inv;
        }
        return -sum * inv;
    }

    @Override
    public double displayValue(double v) {
        return divergence.activation(v);
    }

    @Override
    public boolean hasProbabilityOptimum() {
        return false;
    }
}
