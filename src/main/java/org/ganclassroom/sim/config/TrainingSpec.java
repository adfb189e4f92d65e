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
 */
public record TrainingSpec(String objective, OptimizerKind optimizer, double lrG, double lrD,
                           double beta1, double beta2, int batchSize) {
}
