package org.ganclassroom.sim.loss;

/**
 * A GAN objective, stated on the discriminator's raw (pre-activation) output v. Losses are to be
 * minimised by each player and are means over the batch; gradient arrays receive dLoss/dv per sample
 * (the 1/n included).
 */
public interface Objective {
    /** Stable identifier used in experiment files, e.g. "nonsaturating", "fgan-kl". */
    String id();

    /**
     * Discriminator loss on a real batch and a fake batch. {@code realTarget} is the label of real samples
     * (1, or e.g. 0.9 under one-sided label smoothing) for objectives that have labels; others ignore it.
     */
    double discriminatorLoss(double[] vReal, double[] gReal, int nReal,
                             double[] vFake, double[] gFake, int nFake, double realTarget);

    /**
     * d²L_D/dv² per sample (the 1/n included) into cReal and cFake, for second-order methods such as the unrolled
     * discriminator; returns false, writing nothing, for objectives that do not provide it.
     */
    default boolean discriminatorCurvature(double[] vReal, double[] cReal, int nReal,
                                           double[] vFake, double[] cFake, int nFake) {
        return false;
    }

    /** Generator loss on a fake batch; writes dLoss/dv into gFake. */
    double generatorLoss(double[] vFake, double[] gFake, int n);

    /**
     * The value shown as "D(x)" for raw output v: the probability of "real" for the classic objectives
     * (sigmoid for the cross-entropy ones, v itself for least squares), the critic value T otherwise.
     */
    double displayValue(double v);

    /**
     * True when the optimal discriminator is D*(x) = p_data/(p_data + p_g) on the {@link #displayValue}
     * scale (minimax, non-saturating, least squares), so the plot can show D beside D*.
     */
    boolean hasProbabilityOptimum();
}
