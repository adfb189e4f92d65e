package org.ganclassroom.sim.metrics;

import java.util.Arrays;
import java.util.List;
import org.ganclassroom.sim.data.Mode;

/**
 * Mode-collapse measures for mixture targets, after VEEGAN (Srivastava et al. 2017) and Unrolled GAN
 * (Metz et al. 2017), which judge 2-D mixtures by samples lying within three standard deviations of a mode.
 * <ul>
 *   <li>Each sample is assigned to the mode with the smallest standardised distance ‖x − μ_k‖/σ_k (the Euclidean
 *       nearest mode when all σ are equal); it is <b>high quality</b> when that distance is ≤ 3, i.e. it lies
 *       within 3σ of its mode. 1-D targets pass ys = null and the distance is |x − μ_k|.</li>
 *   <li><b>high-quality share</b> = (high-quality samples)/m.</li>
 *   <li>A mode is <b>captured</b> when at least max(1, round(threshold·m)) high-quality samples are assigned to it.
 *       The papers' exact per-mode counts differ; our default threshold is 1/(4K) for K modes: a mode must
 *       receive a quarter of the m/K samples it would get under a perfect, equally weighted fit. That ignores a
 *       handful of stray samples (a collapsed generator's tail brushing a mode), yet counts a mode that is
 *       clearly being learned even at a quarter of its weight.</li>
 * </ul>
 * Samples are taken equally weighted (e.g. the generator on {@link QuadratureNoise}). Not thread-safe; no allocation
 * per {@link #evaluate} call.
 */
public final class ModeCoverage {
    private final double[] mx;
    private final double[] my;
    private final double[] invSigma2;
    private final double threshold;
    private final int[] counts;
    private int highQuality;
    private int required;
    private int captured;
    private int m;

    /** Uses the default threshold 1/(4K). */
    public ModeCoverage(List<Mode> modes) {
        this(modes, defaultThreshold(modes.size()));
    }

    public ModeCoverage(List<Mode> modes, double threshold) {
        if (modes.isEmpty()) {
            throw new IllegalArgumentException("no modes to cover");
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1], got " + threshold);
        }
        int k = modes.size();
        mx = new double[k];
        my = new double[k];
        invSigma2 = new double[k];
        for (int i = 0; i < k; i++) {
            Mode mode = modes.get(i);
            if (!(mode.sigma() > 0)) {
                throw new IllegalArgumentException("mode sigma must be > 0: " + mode);
            }
            mx[i] = mode.x();
            my[i] = mode.y();
            invSigma2[i] = 1.0 / (mode.sigma() * mode.sigma());
        }
        this.threshold = threshold;
        this.counts = new int[k];
    }

    /** 1/(4K): a quarter of a mode's fair share of the samples. */
    public static double defaultThreshold(int modeCount) {
        return 1.0 / (4.0 * modeCount);
    }

    /** Scores m samples (xs[s], ys[s]); ys null for 1-D targets. */
    public void evaluate(double[] xs, double[] ys, int m) {
        Arrays.fill(counts, 0);
        int k = mx.length;
        int hq = 0;
        for (int s = 0; s < m; s++) {
            double x = xs[s];
            double y = ys == null ? 0.0 : ys[s];
            int best = -1;
            double bestD = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double dx = x - mx[c];
                double dy = ys == null ? 0.0 : y - my[c];
                double d = (dx * dx + dy * dy) * invSigma2[c];
                if (d < bestD) {
                    bestD = d;
                    best = c;
                }
            }
            if (bestD <= 9.0) {
                counts[best]++;
                hq++;
            }
        }
        this.m = m;
        highQuality = hq;
        required = Math.max(1, (int) Math.round(threshold * m));
        int cap = 0;
        for (int c = 0; c < k; c++) {
            if (counts[c] >= required) {
                cap++;
            }
        }
        captured = cap;
    }

    /** Fraction of the last call's samples within 3σ of their mode (0 when m = 0). */
    public double highQualityShare() {
        return m == 0 ? 0.0 : (double) highQuality / m;
    }

    /** Modes with at least {@link #requiredPerMode()} high-quality samples. */
    public int modesCaptured() {
        return captured;
    }

    /** K. */
    public int modeCount() {
        return mx.length;
    }

    /** High-quality samples assigned to mode i in the last call. */
    public int samplesAt(int mode) {
        return counts[mode];
    }

    /** max(1, round(threshold·m)) for the last call's m. */
    public int requiredPerMode() {
        return required;
    }

    public double threshold() {
        return threshold;
    }
}
