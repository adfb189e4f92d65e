package org.ganclassroom.sim.metrics;

/**
 * An n × n grid of square cells on [lower, upper]²: dx = (upper − lower)/n, centres
 * (x_i, y_j) = (lower + (i + ½)dx, lower + (j + ½)dx), stored flat at k = j·n + i (i along x, j along y),
 * cell area dx².
 */
public record Grid2D(double lower, double upper, int n) {
    public Grid2D {
        if (!(upper > lower) || n < 1) {
            throw new IllegalArgumentException("need lower < upper and n ≥ 1, got [" + lower + ", " + upper + "], n=" + n);
        }
    }

    /** Cell side dx = (upper − lower)/n. */
    public double dx() {
        return (upper - lower) / n;
    }

    /** Cell area dx², the measure to pass to {@link Divergences}. */
    public double cellArea() {
        double d = dx();
        return d * d;
    }

    /** Number of cells, n². */
    public int size() {
        return n * n;
    }

    /** Centre coordinate of column i (the same formula serves rows). */
    public double x(int i) {
        return lower + (i + 0.5) * dx();
    }

    /** Centre coordinate of row j. */
    public double y(int j) {
        return x(j);
    }

    /** Flat index k = j·n + i. */
    public int index(int i, int j) {
        return j * n + i;
    }
}
