package org.ganclassroom.sim.metrics;

/**
 * JSD and KL both ways between two distributions given by their cell masses on a fine grid of
 * {@code blocks × blocks} blocks of R × R cells (block-ordered, as {@link TrianglePushforward2D} writes them),
 * on an adaptive partition: a block counts as one cell unless the ratio q/p varies across its R² cells by more
 * than the factor {@link #SPREAD} (or only one of p, q vanishes somewhere in it), in which case its R² cells
 * count separately. With P_c, Q_c the masses of the partition's cells and M_c = ½(P_c + Q_c):
 * <pre>  JSD = ½ Σ_c [P_c log(P_c/M_c) + Q_c log(Q_c/M_c)] + ½·q_out·log 2,
 *   KL(p‖q) = Σ_c P_c log(P_c / max(Q_c, 1e-300)),   KL(q‖p) likewise,</pre>
 * the divergences of the two distributions coarse-grained to that partition, hence lower bounds on the
 * continuous ones (data processing). A block left whole loses at most about (P_c + Q_c)·(ln SPREAD)²/32 of JSD,
 * while refining only where the ratio varies keeps the logarithms to about two per block, and keeps
 * sub-cell detail of p_g that is finer than its own noise mesh from reading as a difference where p_g is wide.
 * Allocates nothing per call.
 */
public final class AdaptiveDivergences2D {
    /** Largest max/min ratio of q/p within a block that is still treated as one cell. */
    public static final double SPREAD = 1.5;
    private static final double LN2 = Math.log(2.0);
    /** Mass ratio below which log(½(a + b)) comes from a series. */
    private static final double FAR = 1e-3;
    private static final double LOG_FLOOR = Math.log(Divergences.KL_FLOOR);

    private final int blocks;
    private final int rr;
    private final double[] pFine;
    private final double[] logPFine;
    private final double[] invPFine;
    private final double[] pCoarse;
    private final double[] logPCoarse;
    private int refined;
    /** {@link #evaluate}'s one range of sums. */
    private final double[][] whole = new double[1][SUMS];

    /** @param pFine p's fine cell masses, block-ordered, blocks² · R² of them (kept by reference) */
    public AdaptiveDivergences2D(double[] pFine, int blocks, int refine) {
        this.blocks = blocks;
        this.rr = refine * refine;
        if (pFine.length != blocks * blocks * rr) {
            throw new IllegalArgumentException("need " + blocks * blocks * rr + " fine cells, got " + pFine.length);
        }
        this.pFine = pFine;
        logPFine = Divergences.logs(pFine);
        invPFine = new double[pFine.length];
        for (int k = 0; k < pFine.length; k++) {
            invPFine[k] = pFine[k] > 0 ? 1.0 / pFine[k] : 0.0;
        }
        pCoarse = new double[blocks * blocks];
        for (int c = 0; c < pCoarse.length; c++) {
            double s = 0;
            for (int k = c * rr; k < (c + 1) * rr; k++) {
                s += pFine[k];
            }
            pCoarse[c] = s;
        }
        logPCoarse = Divergences.logs(pCoarse);
    }

    /** p's block masses (live array). */
    public double[] coarseP() {
        return pCoarse;
    }

    /**
     * Writes {JSD, KL(p‖q), KL(q‖p)} in nats into out[0..3) and q's block masses into qCoarse.
     *
     * @param qOutside q's mass outside the grid (where p has none): adds ½·qOutside·log 2 to the JSD
     */
    public void evaluate(double[] qFine, double qOutside, double[] qCoarse, double[] out) {
        evaluateBlocks(qFine, 0, pCoarse.length, qCoarse, whole[0]);
        combine(whole, qOutside, out);
    }

    /** The length of {@link #evaluateBlocks}' partial sums. */
    public static final int SUMS = 4;

    /**
     * The blocks [from, to) alone: their terms of Σ_c (before the ½ of the JSD) and their refined count into
     * sums[0..{@link #SUMS}), and their q block masses into qCoarse. Calls on disjoint ranges may run at once;
     * {@link #combine} adds their sums in the order given.
     */
    public void evaluateBlocks(double[] qFine, int from, int to, double[] qCoarse, double[] sums) {
        double js = 0;
        double pq = 0;
        double qp = 0;
        int count = 0;
        for (int c = from; c < to; c++) {
            int first = c * rr;
            int last = first + rr;
            double qc = 0;
            for (int k = first; k < last; k++) {
                qc += qFine[k];
            }
            qCoarse[c] = qc;
            double pc = pCoarse[c];
            if (!(qc > 0)) {
                if (pc > 0) {
                    js += pc * LN2;
                    pq += pc * (logPCoarse[c] - LOG_FLOOR);
                }
                continue;
            }
            if (!(pc > 0)) {
                double lq = Math.log(qc);
                js += qc * LN2;
                qp += qc * (lq - LOG_FLOOR);
                continue;
            }
            if (uniform(qFine, first, last)) {
                double lq = Math.log(qc);
                double lm = Math.log(0.5 * (pc + qc));
                double lp = logPCoarse[c];
                js += pc * (lp - lm) + qc * (lq - lm);
                pq += pc * (lp - (qc >= Divergences.KL_FLOOR ? lq : LOG_FLOOR));
                qp += qc * (lq - (pc >= Divergences.KL_FLOOR ? lp : LOG_FLOOR));
                continue;
            }
            count++;
            for (int k = first; k < last; k++) {
                double a = pFine[k];
                double b = qFine[k];
                if (a > 0 && b > 0) {
                    double la = logPFine[k];
                    double lb = Math.log(b);
                    double lm = logMean(a, la, b, lb);
                    js += a * (la - lm) + b * (lb - lm);
                    pq += a * (la - (b >= Divergences.KL_FLOOR ? lb : LOG_FLOOR));
                    qp += b * (lb - (a >= Divergences.KL_FLOOR ? la : LOG_FLOOR));
                } else if (a > 0) {
                    js += a * LN2;
                    pq += a * (logPFine[k] - LOG_FLOOR);
                } else if (b > 0) {
                    js += b * LN2;
                    qp += b * (Math.log(b) - LOG_FLOOR);
                }
            }
        }
        sums[0] = js;
        sums[1] = pq;
        sums[2] = qp;
        sums[3] = count;
    }

    /** {JSD, KL(p‖q), KL(q‖p)} from the ranges' {@link #evaluateBlocks} sums, added in order, into out[0..3). */
    public void combine(double[][] parts, double qOutside, double[] out) {
        double js = 0;
        double pq = 0;
        double qp = 0;
        int count = 0;
        for (double[] sums : parts) {
            js += sums[0];
            pq += sums[1];
            qp += sums[2];
            count += (int) sums[3];
        }
        refined = count;
        out[0] = 0.5 * js + 0.5 * qOutside * LN2;
        out[1] = pq;
        out[2] = qp;
    }

    /**
     * log(½(a + b)); where one mass is below {@link #FAR} times the other, from the larger one's log and a
     * three-term series of log1p (remainder below FAR⁴/4), which saves a logarithm in the far tails.
     */
    private static double logMean(double a, double la, double b, double lb) {
        if (a < FAR * b) {
            double r = a / b;
            return lb - LN2 + r * (1 - r * (0.5 - r * (1.0 / 3)));
        }
        if (b < FAR * a) {
            double r = b / a;
            return la - LN2 + r * (1 - r * (0.5 - r * (1.0 / 3)));
        }
        return Math.log(0.5 * (a + b));
    }

    /** Whether q/p stays within a factor {@link #SPREAD} over the block and neither vanishes alone. */
    private boolean uniform(double[] q, int from, int to) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int k = from; k < to; k++) {
            double ratio = q[k] * invPFine[k];
            if ((q[k] > 0) != (pFine[k] > 0)) {
                return false;
            }
            lo = Math.min(lo, ratio);
            hi = Math.max(hi, ratio);
        }
        return hi <= SPREAD * lo;
    }

    /** Blocks refined in the last call. */
    public int refinedBlocks() {
        return refined;
    }
}
