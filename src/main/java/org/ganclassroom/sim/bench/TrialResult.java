package org.ganclassroom.sim.bench;

import org.ganclassroom.sim.metrics.PaperModeScore;

/**
 * One trained model's scores.
 *
 * @param row     the suite row
 * @param trial   0-based trial index
 * @param seed    the run's seed
 * @param score   the papers' scores on {@link PaperModeScore#SAMPLES} generator samples
 * @param failure the training failure's message, or null (the scores are then of the last sane weights)
 * @param seconds wall time of the trial
 * @param xs      the scored samples' x coordinates
 * @param ys      their y coordinates
 */
public record TrialResult(BenchSuite.Row row, int trial, long seed, PaperModeScore score, String failure,
                          double seconds, double[] xs, double[] ys) {
}
