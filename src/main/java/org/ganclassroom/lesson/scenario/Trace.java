package org.ganclassroom.lesson.scenario;

import java.util.List;

/**
 * What one headless run of a scenario measured: every readout at every evaluation step.
 *
 * @param seed    the run's seed
 * @param steps   evaluation steps, ascending (step 0 first)
 * @param values  {@code values[readout.ordinal()][k]} at {@code steps[k]}
 * @param failure why training stopped early (NaN or infinity), or null
 */
public record Trace(long seed, long[] steps, double[][] values, String failure) {

    /** Index of an evaluation step, or −1 when the run was not measured there. */
    int indexOf(long step) {
        for (int k = 0; k < steps.length; k++) {
            if (steps[k] == step) {
                return k;
            }
        }
        return -1;
    }

    double value(Readout r, int k) {
        return values[r.ordinal()][k];
    }

    /** The values of one readout, for reports. */
    public List<Double> series(Readout r) {
        return java.util.Arrays.stream(values[r.ordinal()]).boxed().toList();
    }
}
