package org.ganclassroom.sim.run;

import java.util.Arrays;
import java.util.Objects;

/**
 * A run's history for charts and CSV export, oldest first, that never changes. The first {@code averagedPoints}
 * entries are bucket means of older steps (the step is the bucket's first step); the rest are single steps.
 * <p>A view from {@link MetricsHistory} shares that history's arrays: the history only ever writes beyond the
 * entries a published view covers, and starts new arrays when it reorganises, so publishing a view costs no copy.
 */
public final class HistoryView {
    /** The values a history holds for every step. */
    public enum Series { JSD, D_LOSS, G_LOSS }

    public static final HistoryView EMPTY = new HistoryView(new long[0], new double[0], new double[0], new double[0], 0);

    private final long[] steps;
    private final double[] jsd;
    private final double[] dLoss;
    private final double[] gLoss;
    private final int size;
    private final int averagedPoints;

    /** A history of exactly these values (the arrays are kept, not copied: do not change them afterwards). */
    public HistoryView(long[] steps, double[] jsd, double[] dLoss, double[] gLoss, int averagedPoints) {
        this(steps, jsd, dLoss, gLoss, steps.length, averagedPoints);
        if (jsd.length != size || dLoss.length != size || gLoss.length != size) {
            throw new IllegalArgumentException("steps, jsd, dLoss and gLoss must have one length");
        }
    }

    /** The first {@code size} entries of these arrays. */
    HistoryView(long[] steps, double[] jsd, double[] dLoss, double[] gLoss, int size, int averagedPoints) {
        this.steps = Objects.requireNonNull(steps, "steps");
        this.jsd = Objects.requireNonNull(jsd, "jsd");
        this.dLoss = Objects.requireNonNull(dLoss, "dLoss");
        this.gLoss = Objects.requireNonNull(gLoss, "gLoss");
        if (size < 0 || size > steps.length || size > jsd.length || size > dLoss.length || size > gLoss.length
                || averagedPoints < 0 || averagedPoints > size) {
            throw new IllegalArgumentException("size " + size + " or averaged points " + averagedPoints + " out of range");
        }
        this.size = size;
        this.averagedPoints = averagedPoints;
    }

    /** Points held. */
    public int size() {
        return size;
    }

    /** How many of the first points are means of several steps. */
    public int averagedPoints() {
        return averagedPoints;
    }

    public long step(int i) {
        return steps[Objects.checkIndex(i, size)];
    }

    public double jsd(int i) {
        return jsd[Objects.checkIndex(i, size)];
    }

    public double dLoss(int i) {
        return dLoss[Objects.checkIndex(i, size)];
    }

    public double gLoss(int i) {
        return gLoss[Objects.checkIndex(i, size)];
    }

    /** Point i of one series. */
    public double value(Series s, int i) {
        return array(s)[Objects.checkIndex(i, size)];
    }

    /** The steps, as a new array. */
    public long[] copySteps() {
        return Arrays.copyOf(steps, size);
    }

    /** One series, as a new array. */
    public double[] copyOf(Series s) {
        return Arrays.copyOf(array(s), size);
    }

    private double[] array(Series s) {
        return switch (s) {
            case JSD -> jsd;
            case D_LOSS -> dLoss;
            case G_LOSS -> gLoss;
        };
    }

    /** The points, for saving with the run's weights. */
    public org.ganclassroom.sim.config.SavedHistory saved() {
        return new org.ganclassroom.sim.config.SavedHistory(copySteps(), copyOf(Series.JSD), copyOf(Series.D_LOSS),
                copyOf(Series.G_LOSS));
    }
}
