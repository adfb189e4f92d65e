package org.ganclassroom.sim.metrics;

/**
 * n equal cells on [lower, upper]: dx = (upper − lower)/n, cell centres x_i = lower + (i + ½)·dx.
 * Densities on this grid are sampled at the centres, so Σ_i f(x_i)·dx is the midpoint rule for ∫ f.
 */
public record Grid1D(double lower, double upper, int n) {
    public Grid1D {
        if (!(upper > lower) || n < 1) {
            throw new IllegalArgumentException("need lower < upper and n ≥ 1, got [" + lower + ", " + upper + "], n=" + n);
        }
    }

    /** Cell width dx = (upper − lower)/n. */
    public double dx() {
        return (upper - lower) / n;
    }

    /** Centre of cell i: lower + (i + ½)·dx. */
    public double x(int i) {
        return lower + (i + 0.5) * dx();
    }
}
