package org.ganclassroom.sim.train;

/**
 * Why training stopped: a loss, gradient or weight became NaN or infinite.
 *
 * @param step   the step at which it was detected
 * @param what   what went non-finite, e.g. "discriminator weights"
 * @param likely the likely cause and what to try, in words for a student
 */
public record TrainingFailure(long step, String what, String likely) {
    public String message() {
        return "Training blew up at step " + step + ": " + what + " became NaN or infinite. Likely cause: " + likely;
    }
}
