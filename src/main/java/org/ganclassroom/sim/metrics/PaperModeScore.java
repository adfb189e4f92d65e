package org.ganclassroom.sim.metrics;

import java.util.List;

import org.ganclassroom.sim.data.Mode;

/**
 * The mode-collapse scores of PacGAN's Table 1 (Lin et al. 2018), computed as their public evaluation code
 * computes them ({@code MetricLogger} in {@code synthetic_data_experiments/PacGAN/pacgan/extensions.py} of
 * github.com/fjxmlzn/PacGAN; docs/BENCHMARK.md quotes the rules):
 * <ul>
 *   <li>each sample x goes to the mode k with the smallest standardised distance d_k = sqrt(Σ_j (x_j − μ_kj)²/σ_k²)
 *       (the first such mode on a tie); it is <b>high quality</b> when that distance is below 3 (strictly);</li>
 *   <li>c_k = number of high-quality samples whose nearest mode is k; <b>modes</b> = #{k : c_k ≥ 1};</li>
 *   <li><b>high-quality share</b> = Σ_k c_k / n over all n samples;</li>
 *   <li><b>reverse KL</b> = KL(p ‖ u) = Σ_{k: p_k &gt; 0} p_k log(K p_k) (natural log) with p_k = c_k / Σ c and u uniform
 *       over the K modes: only high-quality samples enter p, and an empty mode adds 0. Their code computes it as
 *       log K − entropy(p); with no high-quality sample at all p is 0/0 and the score is NaN, as there.</li>
 * </ul>
 * This is not {@link ModeCoverage}, the app's own readout, which asks a mode for a quarter of its fair share.
 *
 * @param modesCaptured    modes with at least one high-quality sample
 * @param modeCount        K
 * @param highQualityShare high-quality samples / all samples
 * @param reverseKl        KL(p ‖ uniform) over the modes in nats, NaN without any high-quality sample
 * @param counts           c_k, high-quality samples per mode
 */
public record PaperModeScore(int modesCaptured, int modeCount, double highQualityShare, double reverseKl,
                             int[] counts) {
    /** A sample is high quality when its standardised distance to the nearest mode is below this. */
    public static final double HIGH_QUALITY_RADIUS = 3.0;
    /** Generator samples the papers score per trained model. */
    public static final int SAMPLES = 2500;

    public PaperModeScore {
        counts = counts.clone();
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }

    /** Scores n samples (xs[i], ys[i]) against a 2-D mixture's modes. */
    public static PaperModeScore of(List<Mode> modes, double[] xs, double[] ys, int n) {
        if (modes.isEmpty()) {
            throw new IllegalArgumentException("no modes to score against");
        }
        if (n < 1 || xs.length < n || ys.length < n) {
            throw new IllegalArgumentException("need n ≥ 1 samples in both coordinate arrays, n = " + n);
        }
        int k = modes.size();
        int[] counts = new int[k];
        int highQuality = 0;
        for (int i = 0; i < n; i++) {
            int best = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                Mode m = modes.get(c);
                double dx = xs[i] - m.x();
                double dy = ys[i] - m.y();
                double s2 = m.sigma() * m.sigma();
                double d = Math.sqrt(dx * dx / s2 + dy * dy / s2);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
            if (bestDistance < HIGH_QUALITY_RADIUS) {
                counts[best]++;
                highQuality++;
            }
        }
        int captured = 0;
        double kl = 0;
        for (int c = 0; c < k; c++) {
            if (counts[c] > 0) {
                captured++;
                double p = (double) counts[c] / highQuality;
                kl += p * Math.log(k * p);
            }
        }
        return new PaperModeScore(captured, k, (double) highQuality / n, highQuality == 0 ? Double.NaN : kl, counts);
    }
}
