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

    /** Modes for mixture targets; empty when "modes" do not apply. */
    List<Mode> modes();
}
