package org.ganclassroom.sim.nn;

/**
 * Element-wise activation functions of a dense layer, with the first and second derivatives that
 * hand-written backpropagation (and double backpropagation for gradient penalties) needs.
 * Every method works on the first {@code n} entries of flat arrays, so loops vectorise.
 *
 * <p>Derivatives are expressed through a = f(z) where that is cheaper: σ' = a(1 − a), σ'' = a(1 − a)(1 − 2a). At the kinks of RELU and LEAKY_RELU (z = 0) the derivative taken
 * is that of the z &lt; 0 side, as in PyTorch; their second derivative is 0 everywhere.
 */
public enum Activation {
    /** f(z) = z. */
    IDENTITY,
    /** f(z) = max(0, z). */
    RELU,
    /** f(z) = z for z &gt; 0, 0.2 z otherwise. */
    LEAKY_RELU,
    /** f(z) = R(z), a rational approximation of tanh z within 3e-7 of {@link Math#tanh}; backprop uses R's exact derivatives. */
    TANH,
    /** f(z) = 1 / (1 + e^{-z}). */
    SIGMOID;

    /** Slope of LEAKY_RELU for z ≤ 0. */
    public static final double LEAKY_SLOPE = 0.2;

    /** a[i] = f(z[i]) for i &lt; n. */
    public void apply(double[] z, double[] a, int n) {
        switch (this) {
            case IDENTITY -> System.arraycopy(z, 0, a, 0, n);
            case RELU -> {
                for (int i = 0; i < n; i++) {
                    a[i] = Math.max(0.0, z[i]);
                }
            }
            case LEAKY_RELU -> {
                // max(z, 0.2 z) is the leaky ReLU for a slope below 1, and max vectorises where a branch would not
                for (int i = 0; i < n; i++) {
                    a[i] = Math.max(z[i], LEAKY_SLOPE * z[i]);
                }
            }
            case TANH -> FastTanh.apply(z, a, n);
            case SIGMOID -> {
                for (int i = 0; i < n; i++) {
                    a[i] = 1.0 / (1.0 + Math.exp(-z[i]));
                }
            }
        }
    }

    /**
     * a[i] = f(z[i]) and s[i] = f'(z[i]) for i &lt; n, the same values {@link #apply} and
     * {@link #multiplyByDerivative} give: the forward pass of a layer that will be backpropagated, where
     * computing the slope beside the value is cheaper than computing it again from z later.
     */
    public void applyWithSlope(double[] z, double[] a, double[] s, int n) {
        if (this == TANH) {
            FastTanh.applyWithSlope(z, a, s, n);
            return;
        }
        apply(z, a, n);
        java.util.Arrays.fill(s, 0, n, 1.0);
        multiplyByDerivative(z, a, s, n);
    }

    /** g[i] *= f'(z[i]) for i &lt; n, where a[i] = f(z[i]) is given to save work. */
    public void multiplyByDerivative(double[] z, double[] a, double[] g, int n) {
        switch (this) {
            case IDENTITY -> { }
            case RELU -> {
                for (int i = 0; i < n; i++) {
                    g[i] = z[i] > 0.0 ? g[i] : 0.0;
                }
            }
            case LEAKY_RELU -> {
                for (int i = 0; i < n; i++) {
                    g[i] = z[i] > 0.0 ? g[i] : LEAKY_SLOPE * g[i];
                }
            }
            case TANH -> FastTanh.multiplyByDerivative(z, g, n);
            case SIGMOID -> {
                for (int i = 0; i < n; i++) {
                    g[i] *= a[i] * (1.0 - a[i]);
                }
            }
        }
    }

    /** out[i] = f''(z[i]) for i &lt; n, where a[i] = f(z[i]). */
    public void secondDerivative(double[] z, double[] a, double[] out, int n) {
        switch (this) {
            case IDENTITY, RELU, LEAKY_RELU -> java.util.Arrays.fill(out, 0, n, 0.0);
            case TANH -> FastTanh.secondDerivative(z, out, n);
            case SIGMOID -> {
                for (int i = 0; i < n; i++) {
                    out[i] = a[i] * (1.0 - a[i]) * (1.0 - 2.0 * a[i]);
                }
            }
        }
    }
}
