package org.ganclassroom.sim.metrics;

/**
 * The discrete Gaussian smoothing kernel k_j ∝ exp(−½(j·dx/h)²), |j| ≤ r = ⌈4h/dx⌉, normalised to Σ k_j = 1 so
 * convolving preserves mass away from the grid edges; h = 0 gives the identity kernel {1}.
 */
final class GaussianKernel {
    private GaussianKernel() {
    }

    static double[] weights(double bandwidth, double dx) {
        return weights(bandwidth, dx, 4);
    }

    /** The kernel cut at |j·dx| ≤ {@code reach}·h instead of 4h. */
    static double[] weights(double bandwidth, double dx, double reach) {
        if (!(bandwidth >= 0) || Double.isInfinite(bandwidth)) {
            throw new IllegalArgumentException("bandwidth must be finite and ≥ 0, got " + bandwidth);
        }
        if (bandwidth == 0) {
            return new double[] {1.0};
        }
        int r = (int) Math.ceil(reach * bandwidth / dx);
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
     * (callers renormalise). The kernel is symmetric, so taps ±t share one multiplication and one pass; the
     * tap loop is outside so the inner loops run over contiguous memory and vectorise.
     */
    static void alongRows(double[] k, double[] in, double[] out, int rows, int n) {
        int r = k.length / 2;
        for (int j = 0; j < rows; j++) {
            int base = j * n;
            double centre = k[r];
            for (int i = base; i < base + n; i++) {
                out[i] = centre * in[i];
            }
            for (int t = 1; t <= r; t++) {
                double w = k[r + t];
                int rightOnly = Math.max(0, Math.min(t, n - t));
                int leftFrom = Math.max(t, n - t);
                for (int i = base; i < base + rightOnly; i++) {
                    out[i] += w * in[i + t];
                }
                for (int i = base + t; i < base + n - t; i++) {
                    out[i] += w * (in[i + t] + in[i - t]);
                }
                for (int i = base + leftFrom; i < base + n; i++) {
                    out[i] += w * in[i - t];
                }
            }
        }
    }

    /** The same smoothing across rows of an n × n array: out[j·n + i] = Σ_t k_t·in[(j + t − r)·n + i]. */
    static void acrossRows(double[] k, double[] in, double[] out, int n) {
        int r = k.length / 2;
        for (int j = 0; j < n; j++) {
            int base = j * n;
            double centre = k[r];
            for (int i = 0; i < n; i++) {
                out[base + i] = centre * in[base + i];
            }
            for (int t = 1; t <= r; t++) {
                double w = k[r + t];
                boolean up = j + t < n;
                boolean down = j - t >= 0;
                int a = (j + t) * n;
                int b = (j - t) * n;
                if (up && down) {
                    for (int i = 0; i < n; i++) {
                        out[base + i] += w * (in[a + i] + in[b + i]);
                    }
                } else if (up) {
                    for (int i = 0; i < n; i++) {
                        out[base + i] += w * in[a + i];
                    }
                } else if (down) {
                    for (int i = 0; i < n; i++) {
                        out[base + i] += w * in[b + i];
                    }
                }
            }
        }
    }
}
