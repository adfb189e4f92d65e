package org.ganclassroom.sim.run;

/**
 * An immutable copy of a run's history for charts and CSV export, oldest first. The first
 * {@code averagedPoints} entries are bucket means of older steps (the step is the bucket's first step);
 * the rest are single steps.
 */
public record HistoryView(long[] steps, double[] jsd, double[] dLoss, double[] gLoss, int averagedPoints) {
    public static final HistoryView EMPTY = new HistoryView(new long[0], new double[0], new double[0], new double[0], 0);

    public int size() {
        return steps.length;
    }
}
