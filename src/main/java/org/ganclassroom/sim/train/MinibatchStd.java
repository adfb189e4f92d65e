package org.ganclassroom.sim.train;

/**
 * The minibatch standard-deviation feature of Karras et al. (2018), for a batch x[j][b] of m samples in
 * d dimensions: s = (1/d) Σ_j sqrt(Var_j + ε) with Var_j = (1/m) Σ_b (x_jb − μ_j)². A collapsed generator
 * makes s small, which D can see; G then gets a gradient that spreads its samples.
 */
final class MinibatchStd {
    private MinibatchStd() {
    }

    static double feature(double[][] x, int d, int m, double eps) {
        double s = 0;
        for (int j = 0; j < d; j++) {
            s += Math.sqrt(variance(x[j], m) + eps);
        }
        return s / d;
    }

    /**
     * The feature of a distribution given by weighted points (weights w_b summing to W): s = (1/d) Σ_j
     * sqrt(Var_j + ε) with Var_j = Σ_b w_b (x_jb − μ_j)² / W, μ_j = Σ_b w_b x_jb / W; what the feature reads on
     * large batches of G's samples when the points are a noise mesh's vertices and w their probabilities.
     */
    static double weightedFeature(double[][] x, double[] w, double eps) {
        double s = 0;
        for (double[] row : x) {
            double total = 0;
            double mean = 0;
            for (int k = 0; k < w.length; k++) {
                total += w[k];
                mean += w[k] * row[k];
            }
            mean /= total;
            double var = 0;
            for (int k = 0; k < w.length; k++) {
                var += w[k] * (row[k] - mean) * (row[k] - mean);
            }
            s += Math.sqrt(var / total + eps);
        }
        return s / x.length;
    }

    /** grad[j][b] += dL/ds · ∂s/∂x_jb, where ∂s/∂x_jb = (x_jb − μ_j) / (d · m · sqrt(Var_j + ε)). */
    static void addGradient(double[][] x, int d, int m, double eps, double dLds, double[][] grad) {
        for (int j = 0; j < d; j++) {
            double[] row = x[j];
            double mean = mean(row, m);
            double scale = dLds / (d * m * Math.sqrt(variance(row, m) + eps));
            double[] gr = grad[j];
            for (int b = 0; b < m; b++) {
                gr[b] += scale * (row[b] - mean);
            }
        }
    }

    private static double mean(double[] a, int m) {
        double s = 0;
        for (int b = 0; b < m; b++) {
            s += a[b];
        }
        return s / m;
    }

    private static double variance(double[] a, int m) {
        double mu = mean(a, m);
        double s = 0;
        for (int b = 0; b < m; b++) {
            double t = a[b] - mu;
            s += t * t;
        }
        return s / m;
    }
}
