package org.ganclassroom.sim.data;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Uniform target U(a, b): p(x) = 1/(b − a) for a ≤ x ≤ b and 0 elsewhere (exact, discontinuous at a and b);
 * F(x) = clamp((x − a)/(b − a), 0, 1). Plotting range [a, b] plus a 10 % margin so the jumps are visible.
 */
public final class Uniform1D implements Distribution1D {
    private final double a;
    private final double b;
    private final double height;
    private final double lower;
    private final double upper;

    public Uniform1D(double a, double b) {
        Gauss.requireFinite(a, "a");
        Gauss.requireFinite(b, "b");
        if (!(b > a)) {
            throw new IllegalArgumentException("need a < b, got a=" + a + ", b=" + b);
        }
        this.a = a;
        this.b = b;
        this.height = 1.0 / (b - a);
        double margin = Gauss.MARGIN * (b - a);
        this.lower = a - margin;
        this.upper = b + margin;
    }

    public double a() {
        return a;
    }

    public double b() {
        return b;
    }

    @Override
    public String name() {
        return "uniform";
    }

    @Override
    public double density(double x) {
        return (x >= a && x <= b) ? height : 0.0;
    }

    @Override
    public double cdf(double x) {
        if (x <= a) {
            return 0.0;
        }
        if (x >= b) {
            return 1.0;
        }
        return (x - a) * height;
    }

    @Override
    public void sample(RandomGenerator rng, double[] out, int n) {
        double w = b - a;
        for (int i = 0; i < n; i++) {
            out[i] = a + w * rng.nextDouble();
        }
    }

    @Override
    public double lower() {
        return lower;
    }

    @Override
    public double upper() {
        return upper;
    }

    @Override
    public List<Mode> modes() {
        return List.of();
    }
}
