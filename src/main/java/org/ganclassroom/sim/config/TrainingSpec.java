package org.ganclassroom.sim.config;

import org.ganclassroom.sim.optim.OptimizerKind;

/**
 * How the two players are trained.
 *
 * @param objective    an {@link org.ganclassroom.sim.loss.Objectives} id, e.g. "nonsaturating"
 * @param optimizer    the optimizer of both players
 * @param lrG          generator learning rate η_G
 * @param lrD          discriminator learning rate η_D
 * @param beta1        Adam β1, or the momentum μ
 * @param beta2        Adam β2
 * @param batchSize    m, samples per minibatch (real and fake each)
 * @param lrDecay      the late decay of both learning rates ({@link LrDecay#none()} for constant rates)
 */
public record TrainingSpec(String objective, OptimizerKind optimizer, double lrG, double lrD,
                           double beta1, double beta2, int batchSize, LrDecay lrDecay) {
    public TrainingSpec {
        java.util.Objects.requireNonNull(lrDecay, "lrDecay");
    }

    /** Constant learning rates (no {@link LrDecay}). */
    public TrainingSpec(String objective, OptimizerKind optimizer, double lrG, double lrD,
                        double beta1, double beta2, int batchSize) {
        this(objective, optimizer, lrG, lrD, beta1, beta2, batchSize, LrDecay.none());
    }

    public TrainingSpec withLrDecay(LrDecay decay) {
        return new TrainingSpec(objective, optimizer, lrG, lrD, beta1, beta2, batchSize, decay);
    }
}
