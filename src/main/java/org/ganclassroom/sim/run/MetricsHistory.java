package org.ganclassroom.sim.run;

import org.ganclassroom.sim.train.Metrics;

/**
 * Every step's JSD and losses, in bounded memory: at least the most recent {@code recent} steps at full
 * resolution, older steps averaged into buckets whose width doubles whenever the old tier fills (the bucket
 * still filling is shown as the mean so far, so every step counts in the picture). Memory stays flat over any
 * run length, and the newest steps are never thinned.
 * <p>Written by one thread; {@link #view()} hands another thread an immutable view without copying: new steps
 * are only ever written past the end of every view given out, and reorganising (retiring old steps into
 * buckets, {@link #clear()}) writes into new arrays. A copy per published frame had been ~5 MB/s of garbage.
 */
public final class MetricsHistory {
    private final int recentCapacity;
    private final int oldCapacity;
    private final int capacity;
    // [0, oldCount) buckets (the last one the bucket still filling when pendingCount > 0), [oldCount, size) single steps
    private long[] steps;
    private double[] jsd;
    private double[] dLoss;
    private double[] gLoss;
    private int size;
    private int oldCount;
    private int bucketWidth = 1;
    // the bucket being filled
    private int pendingCount;
    private long pendingStep;
    private double pendingJsd;
    private double pendingD;
    private double pendingG;
    private HistoryView lastView;

    /**
     * @param recentCapacity single steps always kept (≥ 1)
     * @param oldCapacity    buckets kept for older steps (≥ 2)
     */
    public MetricsHistory(int recentCapacity, int oldCapacity) {
        if (recentCapacity < 1 || oldCapacity < 2) {
            throw new IllegalArgumentException("capacities must be ≥ 1 and ≥ 2");
        }
        this.recentCapacity = recentCapacity;
        this.oldCapacity = oldCapacity;
        // room for the buckets, the partial bucket, the recent steps and a stretch of new steps between two
        // reorganisations (which copy the whole history once)
        this.capacity = oldCapacity + 1 + recentCapacity + Math.max(1, recentCapacity / 2);
        allocate();
    }

    public MetricsHistory() {
        this(2048, 2048);
    }

    /** Points a view can hold at most: buckets, the partial bucket, recent steps and the steps since the last reorganisation. */
    public int capacity() {
        return capacity;
    }

    public void add(Metrics m) {
        add(m.step(), m.jsd(), m.dLoss(), m.gLoss());
    }

    public void add(long step, double jsd, double dLoss, double gLoss) {
        if (size == capacity) {
            retireOldSteps();
        }
        steps[size] = step;
        this.jsd[size] = jsd;
        this.dLoss[size] = dLoss;
        this.gLoss[size] = gLoss;
        size++;
        lastView = null;
    }

    /**
     * Folds all but the newest {@code recentCapacity} single steps into buckets, in new arrays (views given out
     * keep the old ones). When the old tier is full as a bucket completes, neighbouring buckets merge pairwise
     * and buckets become twice as wide.
     */
    private void retireOldSteps() {
        long[] ns = new long[capacity];
        double[] nj = new double[capacity];
        double[] nd = new double[capacity];
        double[] ng = new double[capacity];
        int complete = oldCount - (pendingCount > 0 ? 1 : 0);
        System.arraycopy(steps, 0, ns, 0, complete);
        System.arraycopy(jsd, 0, nj, 0, complete);
        System.arraycopy(dLoss, 0, nd, 0, complete);
        System.arraycopy(gLoss, 0, ng, 0, complete);
        int o = complete;
        int retireEnd = size - recentCapacity;
        for (int i = oldCount; i < retireEnd; i++) {
            if (pendingCount == 0) {
                pendingStep = steps[i];
            }
            pendingJsd += jsd[i];
            pendingD += dLoss[i];
            pendingG += gLoss[i];
            pendingCount++;
            if (pendingCount < bucketWidth) {
                continue;
            }
            if (o == oldCapacity) {
                o = halve(ns, nj, nd, ng, o);
                bucketWidth *= 2;
                // buckets are now twice as wide: this one keeps filling
                if (pendingCount < bucketWidth) {
                    continue;
                }
            }
            ns[o] = pendingStep;
            nj[o] = pendingJsd / pendingCount;
            nd[o] = pendingD / pendingCount;
            ng[o] = pendingG / pendingCount;
            o++;
            pendingCount = 0;
            pendingJsd = 0;
            pendingD = 0;
            pendingG = 0;
        }
        if (pendingCount > 0) {
            ns[o] = pendingStep;
            nj[o] = pendingJsd / pendingCount;
            nd[o] = pendingD / pendingCount;
            ng[o] = pendingG / pendingCount;
            o++;
        }
        int from = Math.max(oldCount, retireEnd);
        int recent = size - from;
        System.arraycopy(steps, from, ns, o, recent);
        System.arraycopy(jsd, from, nj, o, recent);
        System.arraycopy(dLoss, from, nd, o, recent);
        System.arraycopy(gLoss, from, ng, o, recent);
        oldCount = o;
        size = o + recent;
        steps = ns;
        jsd = nj;
        dLoss = nd;
        gLoss = ng;
    }

    /** Merges neighbouring buckets pairwise (later buckets are twice as wide); returns the new count. */
    private static int halve(long[] s, double[] j, double[] d, double[] g, int count) {
        int half = count / 2;
        for (int k = 0; k < half; k++) {
            int a = 2 * k;
            s[k] = s[a];
            j[k] = 0.5 * (j[a] + j[a + 1]);
            d[k] = 0.5 * (d[a] + d[a + 1]);
            g[k] = 0.5 * (g[a] + g[a + 1]);
        }
        return half;
    }

    /**
     * Forgets the points after {@code step}: a run rewound there goes on from it. A bucket of older steps that
     * straddles {@code step} stays, with its mean. Writes into new arrays (views given out keep theirs).
     */
    public void truncateAfter(long step) {
        int keep = 0;
        while (keep < size && steps[keep] <= step) {
            keep++;
        }
        if (keep == size) {
            return;
        }
        long[] ns = new long[capacity];
        double[] nj = new double[capacity];
        double[] nd = new double[capacity];
        double[] ng = new double[capacity];
        System.arraycopy(steps, 0, ns, 0, keep);
        System.arraycopy(jsd, 0, nj, 0, keep);
        System.arraycopy(dLoss, 0, nd, 0, keep);
        System.arraycopy(gLoss, 0, ng, 0, keep);
        steps = ns;
        jsd = nj;
        dLoss = nd;
        gLoss = ng;
        if (keep < oldCount) {
            oldCount = keep;
            pendingCount = 0;
            pendingJsd = 0;
            pendingD = 0;
            pendingG = 0;
        }
        size = keep;
        lastView = null;
    }

    public void clear() {
        allocate(); // views given out keep the old arrays
        size = 0;
        oldCount = 0;
        bucketWidth = 1;
        pendingCount = 0;
        pendingJsd = 0;
        pendingD = 0;
        pendingG = 0;
        lastView = null;
    }

    private void allocate() {
        steps = new long[capacity];
        jsd = new double[capacity];
        dLoss = new double[capacity];
        gLoss = new double[capacity];
    }

    /** Points held (buckets plus single steps). */
    public int size() {
        return size;
    }

    /** The history so far, oldest first; the same view again while no step was added. Allocates no arrays. */
    public HistoryView view() {
        if (lastView == null) {
            lastView = new HistoryView(steps, jsd, dLoss, gLoss, size, oldCount);
        }
        return lastView;
    }
}
