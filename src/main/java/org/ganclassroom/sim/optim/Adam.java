package org.ganclassroom.sim.optim;

import java.util.Arrays;

/**
 * Adam (Kingma &amp; Ba 2015) with bias correction, as PyTorch computes it: at step t,
 * m ← β1 m + (1 − β1) g, s ← β2 s + (1 − β2) g², θ ← θ − η · (m / (1 − β1ᵗ)) / (√(s / (1 − β2ᵗ)) + ε),
 * ε = 1e−8.
 */
public final class Adam implements Optimizer {
    public static final double EPSILON = 1e-8;

    private final double beta1;
    private final double beta2;
    private final double[] m;
    private final double[] s;
    private long t;

    public Adam(int paramCount, double beta1, double beta2) {
        if (!(beta1 >= 0.0 && beta1 < 1.0)) {
            throw new IllegalArgumentException("beta1 must be in [0, 1), was " + beta1);
        }
        if (!(beta2 >= 0.0 && beta2 < 1.0)) {
            throw new IllegalArgumentException("beta2 must be in [0, 1), was " + beta2);
        }
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.m = new double[paramCount];
        this.s = new double[paramCount];
    }

    @Override
    public void step(double[] params, double[] grads, double learningRate) {
        t++;
        double c1 = 1.0 / (1.0 - Math.pow(beta1, t));
        double c2 = 1.0 / (1.0 - Math.pow(beta2, t));
        double a1 = 1.0 - beta1, a2 = 1.0 - beta2;
        for (int i = 0; i < m.length; i++) {
            double g = grads[i];
            m[i] = beta1 * m[i] + a1 * g;
            s[i] = beta2 * s[i] + a2 * g * g;
            params[i] -= learningRate * (m[i] * c1) / (Math.sqrt(s[i] * c2) + EPSILON);
        }
    }

    /** Steps taken since construction or the last reset. */
    public long steps() {
        return t;
    }

    @Override
    public void reset() {
        Arrays.fill(m, 0.0);
        Arrays.fill(s, 0.0);
        t = 0;
    }

    @Override
    public Optimizer copy() {
        Adam c = new Adam(m.length, beta1, beta2);
        System.arraycopy(m, 0, c.m, 0, m.length);
        System.arraycopy(s, 0, c.s, 0, s.length);
        c.t = t;
        return c;
    }
}
