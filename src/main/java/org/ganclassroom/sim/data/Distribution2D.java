package org.ganclassroom.sim.data;

import java.util.List;
import java.util.random.RandomGenerator;

/** A 2-D target distribution p_data with its density (exact, or a quadrature of an exact integral) and a sampler. */
public interface Distribution2D {
    String name();

    /** p_data(x, y). */
    double density(double x, double y);

    /** Writes n independent draws into xs[0..n), ys[0..n). Uses only {@code rng} for randomness. */
    void sample(RandomGenerator rng, double[] xs, double[] ys, int n);

    /** Plotting square [lower, upper]² holding all but a negligible mass, with a margin. */
    double lower();

    double upper();

    /**
     * Adds the probability of each cell of the n × n grid on [lower, upper]² to out (row-major, k = j·n + i):
     * ∫∫ p over the cell. The default is a 4 × 4-point Gauss–Legendre rule per cell; the presets override it
     * with their exact (or curve-quadrature-exact) masses.
     */
    default void cellMasses(double lower, double upper, int n, double[] out) {
        double[] nodes = {-0.8611363115940526, -0.3399810435848563, 0.3399810435848563, 0.8611363115940526};
        double[] weights = {0.3478548451374538, 0.6521451548625461, 0.6521451548625461, 0.3478548451374538};
        double dx = (upper - lower) / n;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int a = 0; a < 4; a++) {
                    for (int b = 0; b < 4; b++) {
                        double x = lower + (i + 0.5 + 0.5 * nodes[a]) * dx;
                        double y = lower + (j + 0.5 + 0.5 * nodes[b]) * dx;
                        s += weights[a] * weights[b] * density(x, y);
                    }
                }
                out[j * n + i] += 0.25 * s * dx * dx;
            }
        }
    }

    /** Modes for mixture targets; empty when "modes" do not apply. */
    List<Mode> modes();
}
