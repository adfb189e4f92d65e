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
     * out[i] = Σ_j k_j·in[off + (i + j − r)·stride] over in-range indices, for the line of length len starting
     * at off; writes out at the same positions. Mass falling off the ends is dropped (callers renormalise).
     */
    static void convolveLine(double[] k, double[] in, double[] out, int off, int stride, int len) {
        int r = k.length / 2;
        for (int i = 0; i < len; i++) {
            int lo = Math.max(0, i - r);
            int hi = Math.min(len - 1, i + r);
            double s = 0;
            for (int t = lo; t <= hi; t++) {
                s += k[t - i + r] * in[off + t * stride];
            }
            out[off + i * stride] = s;
        }
    }
}
