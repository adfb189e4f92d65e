package org.ganclassroom.sim.train;

/**
 * Why training stopped: a loss, gradient norm or weight became NaN, infinite or too large, or the generator's
 * samples left the plotted window for good (the bounds are in {@link SaneRange}).
 *
 * @param step      the step at which it was detected
 * @param what      what went wrong, as a clause, e.g. "the discriminator loss became infinite"
 * @param likely    the likely cause and what to try, in words for a student
 * @param savedStep the step whose weights the trainer kept: the last ones inside the sane range
 */
public record TrainingFailure(long step, String what, String likely, long savedStep) {
    public String message() {
        return "Training blew up at step " + step + ": " + what + ". Likely cause: " + likely;
    }
}
