package org.ganclassroom.sim.config;

/**
 * Trained weights saved with an experiment, so a run can be reopened where it stopped.
 * Arrays use {@code Mlp.params()} layout.
 *
 * @param step         SGD steps taken so far
 * @param generator    G's parameters
 * @param discriminator D's parameters
 * @param generatorEma the moving average of G's parameters, or null when that chip never ran
 */
public record ExperimentState(long step, double[] generator, double[] discriminator, double[] generatorEma) {
}
