package org.ganclassroom.sim.config;

import java.util.Arrays;

/**
 * The measured history of a run saved with its weights, so that a reopened run's chart shows where it came from:
 * per measured step, JSD(p_data ‖ p_g) in nats and the two players' losses (NaN where a loss was not defined).
 * Steps are in increasing order.
 */
public record SavedHistory(long[] steps, double[] jsd, double[] dLoss, double[] gLoss) {
    /** Most points a file's history may hold. */
    public static final int MAX_POINTS = 100_000;

    public SavedHistory {
        int n = steps.length;
        if (jsd.length != n || dLoss.length != n || gLoss.length != n) {
            throw new IllegalArgumentException("history arrays of different lengths");
        }
    }

    public int size() {
        return steps.length;
    }

    /** The points before {@code step}: what a restored run adds in front of its first measurement. */
    public SavedHistory before(long step) {
        int n = 0;
        while (n < steps.length && steps[n] < step) {
            n++;
        }
        return new SavedHistory(Arrays.copyOf(steps, n), Arrays.copyOf(jsd, n), Arrays.copyOf(dLoss, n),
                Arrays.copyOf(gLoss, n));
    }
}
