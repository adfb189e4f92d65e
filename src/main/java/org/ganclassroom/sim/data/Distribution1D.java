package org.ganclassroom.sim.data;

import java.util.List;
import java.util.random.RandomGenerator;

/** A 1-D target distribution p_data with its exact density and a sampler. */
public interface Distribution1D {
    /** Short human-readable name, e.g. "two-mode mixture". */
    String name();

    /** p_data(x), exact (for drawn points: the KDE). */
    double density(double x);

    /** P(X ≤ x), exact (for drawn points: the KDE's CDF). */
    double cdf(double x);

    /** Writes n independent draws into out[0..n). Uses only {@code rng} for randomness. */
    void sample(RandomGenerator rng, double[] out, int n);

    /** Left end of the plotting range: holds all but a negligible mass, with a margin. */
    double lower();

    /** Right end of the plotting range. */
    double upper();

    /** Modes (y = 0) for mixture targets; empty when "modes" do not apply. */
    List<Mode> modes();
}
