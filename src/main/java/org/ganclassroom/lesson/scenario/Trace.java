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

    /**
     * The evaluations a claim block with interval {@code every} would have measured up to {@code last}, taken from a
     * run measured more often or longer (a shared run); a failure stays only if it happened by {@code last}.
     */
    Trace restrictedTo(long every, long last) {
        List<Integer> keep = new java.util.ArrayList<>();
        for (int k = 0; k < steps.length; k++) {
            if (steps[k] <= last && steps[k] % every == 0) {
                keep.add(k);
            }
        }
        long[] s = keep.stream().mapToLong(k -> steps[k]).toArray();
        double[][] v = new double[values.length][keep.size()];
        for (int r = 0; r < values.length; r++) {
            for (int i = 0; i < keep.size(); i++) {
                v[r][i] = values[r][keep.get(i)];
            }
        }
        boolean failedInside = failure != null && (steps.length == 0 || steps[steps.length - 1] < last);
        return new Trace(seed, s, v, failedInside ? failure : null);
    }
}
