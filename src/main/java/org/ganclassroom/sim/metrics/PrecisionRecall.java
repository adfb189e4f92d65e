package org.ganclassroom.sim.metrics;

import java.util.Arrays;

/**
 * Precision and recall for generative models with k-nearest-neighbour manifolds (Kynkäänniemi et al. 2019,
 * Section 2). Each point φ′ of a set Φ gets a ball of radius r_k(φ′) = ‖φ′ − NN_k(φ′, Φ)‖, its distance to
 * its k-th nearest other point of Φ; the union of the balls estimates Φ's manifold. With
 * f(φ, Φ) = 1 when ‖φ − φ′‖ ≤ r_k(φ′) for at least one φ′ ∈ Φ, else 0:
 * <pre>
 *   precision = (1/|Φ_g|) Σ_{φ_g ∈ Φ_g} f(φ_g, Φ_r)     share of fakes inside the real manifold
 *   recall    = (1/|Φ_r|) Σ_{φ_r ∈ Φ_r} f(φ_r, Φ_g)     share of reals inside the generated manifold
 * </pre>
 * The paper uses k = 3, as {@link #DEFAULT_K} does. Points are given as {@code x[dimension][n]}; distances
 * are Euclidean in the points' own coordinates. The real set is fixed once, so its radii are computed once.
 * Exact (every pair is compared): meant for sets of a few thousand points. Not thread-safe.
 */
public final class PrecisionRecall {
    /** k of the paper's experiments. */
    public static final int DEFAULT_K = 3;

    private final int k;
    private final double[][] real;
    private final int nReal;
    private final double[] realRadius2;
    private double[] fakeRadius2 = new double[0];
    private final double[] nearest;
    private double precision = Double.NaN;
    private double recall = Double.NaN;

    /** Fixes the real set (its first nReal points, copied) and k, with 1 ≤ k &lt; nReal. */
    public PrecisionRecall(double[][] real, int nReal, int k) {
        if (k < 1 || k >= nReal) {
            throw new IllegalArgumentException("need 1 ≤ k < number of real points, got k = " + k + ", n = " + nReal);
        }
        this.k = k;
        this.nReal = nReal;
        this.real = new double[real.length][];
        for (int j = 0; j < real.length; j++) {
            this.real[j] = Arrays.copyOf(real[j], nReal);
        }
        this.nearest = new double[k];
        this.realRadius2 = new double[nReal];
        kthNeighbourDistances2(this.real, nReal, realRadius2);
    }

    /** Scores the first n generated points {@code fake[dimension][≥n]} (n > k); read the result with the getters. */
    public void evaluate(double[][] fake, int n) {
        if (fake.length != real.length) {
            throw new IllegalArgumentException("generated points have dimension " + fake.length + ", real "
                    + real.length);
        }
        if (n <= k) {
            throw new IllegalArgumentException("need more than k = " + k + " generated points, got " + n);
        }
        if (fakeRadius2.length < n) {
            fakeRadius2 = new double[n];
        }
        kthNeighbourDistances2(fake, n, fakeRadius2);
        precision = (double) insideCount(fake, n, real, nReal, realRadius2) / n;
        recall = (double) insideCount(real, nReal, fake, n, fakeRadius2) / nReal;
    }

    /** Share of the generated points inside the real manifold; NaN before the first {@link #evaluate}. */
    public double precision() {
        return precision;
    }

    /** Share of the real points inside the generated manifold; NaN before the first {@link #evaluate}. */
    public double recall() {
        return recall;
    }

    public int k() {
        return k;
    }

    /** The squared distance of each of the n points to its k-th nearest other point of the same set. */
    void kthNeighbourDistances2(double[][] x, int n, double[] out) {
        for (int i = 0; i < n; i++) {
            Arrays.fill(nearest, Double.POSITIVE_INFINITY);
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    insert(distance2(x, i, x, j));
                }
            }
            out[i] = nearest[k - 1];
        }
    }

    /** Keeps {@link #nearest} as the k smallest values seen, ascending. */
    private void insert(double d2) {
        if (d2 >= nearest[k - 1]) {
            return;
        }
        int p = k - 1;
        while (p > 0 && nearest[p - 1] > d2) {
            nearest[p] = nearest[p - 1];
            p--;
        }
        nearest[p] = d2;
    }

    /** How many of the n query points lie in at least one ball (centre c, squared radius r2) of the m balls. */
    private static int insideCount(double[][] q, int n, double[][] c, int m, double[] r2) {
        int inside = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (distance2(q, i, c, j) <= r2[j]) {
                    inside++;
                    break;
                }
            }
        }
        return inside;
    }

    private static double distance2(double[][] a, int i, double[][] b, int j) {
        double s = 0;
        for (int d = 0; d < a.length; d++) {
            double t = a[d][i] - b[d][j];
            s += t * t;
        }
        return s;
    }
}
