package org.ganclassroom.sim.run;

import org.ganclassroom.sim.train.Metrics;

/**
 * Every step's JSD and losses, in bounded memory: the most recent {@code recent} steps at full resolution,
 * older steps averaged into buckets whose width doubles whenever the old tier fills. Memory stays flat over
 * any run length, and the newest steps are never thinned. Written by one thread; {@link #view()} gives an
 * immutable copy for another.
 */
public final class MetricsHistory {
    private final int recentCapacity;
    private final int oldCapacity;
    // recent ring
    private final long[] rStep;
    private final double[] rJsd;
    private final double[] rD;
    private final double[] rG;
    private int rStart;
    private int rSize;
    // old buckets (means), in order
    private final long[] oStep;
    private final double[] oJsd;
    private final double[] oD;
    private final double[] oG;
    private int oSize;
    private int bucketWidth = 1;
    // bucket being filled
    private int pendingCount;
    private long pendingStep;
    private double pendingJsd;
    private double pendingD;
    private double pendingG;

    public MetricsHistory(int recentCapacity, int oldCapacity) {
        if (recentCapacity < 1 || oldCapacity < 2) {
            throw new IllegalArgumentException("capacities must be ≥ 1 and ≥ 2");
        }
        this.recentCapacity = recentCapacity;
        this.oldCapacity = oldCapacity;
        rStep = new long[recentCapacity];
        rJsd = new double[recentCapacity];
        rD = new double[recentCapacity];
        rG = new double[recentCapacity];
        oStep = new long[oldCapacity];
        oJsd = new double[oldCapacity];
        oD = new double[oldCapacity];
        oG = new double[oldCapacity];
    }

    public MetricsHistory() {
        this(2048, 2048);
    }

    public void add(Metrics m) {
        add(m.step(), m.jsd(), m.dLoss(), m.gLoss());
    }

    public void add(long step, double jsd, double dLoss, double gLoss) {
        if (rSize == recentCapacity) {
            int i = rStart;
            retire(rStep[i], rJsd[i], rD[i], rG[i]);
            rStart = (rStart + 1) % recentCapacity;
            rSize--;
        }
        int j = (rStart + rSize) % recentCapacity;
        rStep[j] = step;
        rJsd[j] = jsd;
        rD[j] = dLoss;
        rG[j] = gLoss;
        rSize++;
    }

    private void retire(long step, double jsd, double d, double g) {
        if (pendingCount == 0) {
            pendingStep = step;
        }
        pendingJsd += jsd;
        pendingD += d;
        pendingG += g;
        pendingCount++;
        if (pendingCount < bucketWidth) {
            return;
        }
        if (oSize == oldCapacity) {
            halveOldTier();
            // buckets are now twice as wide: this one keeps filling
            if (pendingCount < bucketWidth) {
                return;
            }
        }
        oStep[oSize] = pendingStep;
        oJsd[oSize] = pendingJsd / pendingCount;
        oD[oSize] = pendingD / pendingCount;
        oG[oSize] = pendingG / pendingCount;
        oSize++;
        pendingCount = 0;
        pendingJsd = 0;
        pendingD = 0;
        pendingG = 0;
    }

    /** Merges neighbouring buckets pairwise; later buckets are twice as wide. */
    private void halveOldTier() {
        int half = oSize / 2;
        for (int k = 0; k < half; k++) {
            int a = 2 * k;
            oStep[k] = oStep[a];
            oJsd[k] = 0.5 * (oJsd[a] + oJsd[a + 1]);
            oD[k] = 0.5 * (oD[a] + oD[a + 1]);
            oG[k] = 0.5 * (oG[a] + oG[a + 1]);
        }
        oSize = half;
        bucketWidth *= 2;
    }

    public void clear() {
        rStart = 0;
        rSize = 0;
        oSize = 0;
        bucketWidth = 1;
        pendingCount = 0;
        pendingJsd = 0;
        pendingD = 0;
        pendingG = 0;
    }

    /** Points held (old buckets plus recent steps). */
    public int size() {
        return oSize + rSize;
    }

    /** An immutable copy, oldest first. */
    public HistoryView view() {
        int n = oSize + rSize;
        long[] steps = new long[n];
        double[] jsd = new double[n];
        double[] d = new double[n];
        double[] g = new double[n];
        System.arraycopy(oStep, 0, steps, 0, oSize);
        System.arraycopy(oJsd, 0, jsd, 0, oSize);
        System.arraycopy(oD, 0, d, 0, oSize);
        System.arraycopy(oG, 0, g, 0, oSize);
        for (int k = 0; k < rSize; k++) {
            int i = (rStart + k) % recentCapacity;
            steps[oSize + k] = rStep[i];
            jsd[oSize + k] = rJsd[i];
            d[oSize + k] = rD[i];
            g[oSize + k] = rG[i];
        }
        return new HistoryView(steps, jsd, d, g, oSize);
    }
}
