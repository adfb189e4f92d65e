package org.ganclassroom.sim.metrics;

/**
 * The discrete Gaussian smoothing kernel k_j ∝ exp(−½(j·dx/h)²), |j| ≤ r = ⌈4h/dx⌉, normalised to Σ k_j = 1 so
 * convolving preserves mass away from the grid edges; h = 0 gives the identity kernel {1}.
 */
final class GaussianKernel {
    private GaussianKernel() {
    }

    static double[] weights(double bandwidth, double dx) {
        if (!(bandwidth >= 0) || Double.isInfinite(bandwidth)) {
            throw new IllegalArgumentException("bandwidth must be finite and ≥ 0, got " + bandwidth);
        }
        if (bandwidth == 0) {
            return new double[] {1.0};
        }
        int r = (int) Math.ceil(4 * bandwidth / dx);
        double[] k = new double[2 * r + 1];
        double sum = 0;
        for (int j = -r; j <= r; j++) {
            double s = j * dx / bandwidth;
            k[j + r] = Math.exp(-0.5 * s * s);
            sum += k[j + r];
        }
        for (int j = 0; j < k.length; j++) {
            k[j] /= sum;
        }
        return k;
    }

    /**
     * Smooths each of the {@code rows} contiguous lines of length n in {@code in} along its length:
     * out[j·n + i] = Σ_t k_t·in[j·n + i + t − r] over in-range indices. Mass falling off the ends is dropped
     * (callers renormalise). The tap loop is outside so the inner loop runs over contiguous memory and vectorises.
     */
    static void alongRows(double[] k, double[] in, double[] out, int rows, int n) {
        int r = k.length / 2;
        java.util.Arrays.fill(out, 0, rows * n, 0.0);
        for (int j = 0; j < rows; j++) {
            int base = j * n;
            for (int t = -r; t <= r; t++) {
                double w = k[t + r];
                int lo = Math.max(0, -t);
                int hi = Math.min(n, n - t);
                for (int i = lo; i < hi; i++) {
                    out[base + i] += w * in[base + i + t];
                }
            }
        }
    }

    /** The same smoothing across rows of an n × n array: out[j·n + i] = Σ_t k_t·in[(j + t − r)·n + i]. */
    static void acrossRows(double[] k, double[] in, double[] out, int n) {
        int r = k.length / 2;
        java.util.Arrays.fill(out, 0, n * n, 0.0);
        for (int j = 0; j < n; j++) {
            int base = j * n;
            for (int t = -r; t <= r; t++) {
                int src = j + t;
                if (src < 0 || src >= n) {
                    continue;
                }
                double w = k[t + r];
                int from = src * n;
                for (int i = 0; i < n; i++) {
                    out[base + i] += w * in[from + i];
                }
            }
        }
    }
}
