package org.ganclassroom.sim.nn;

/**
 * Element-wise activation functions of a dense layer, with the first and second derivatives that
 * hand-written backpropagation (and double backpropagation for gradient penalties) needs.
 * Every method works on the first {@code n} entries of flat arrays, so loops vectorise.
 */
public enum Activation {
    /** f(z) = z. */
    IDENTITY,
    /** f(z) = max(0, z). */
    RELU,
    /** f(z) = z for z &gt; 0, 0.2 z otherwise. */
    LEAKY_RELU,
    /** f(z) = tanh z (a fast rational approximation, within 1e-7 of {@link Math#tanh}). */
    TANH,
    /** f(z) = 1 / (1 + e^{-z}). */
    SIGMOID;

    /** a[i] = f(z[i]) for i &lt; n. */
    public void apply(double[] z, double[] a, int n) {
        throw new UnsupportedOperationException("implemented in the nn work package");
    }

    /** g[i] *= f'(z[i]) for i &lt; n, where a[i] = f(z[i]) is given to save work. */
    public void multiplyByDerivative(double[] z, double[] a, double[] g, int n) {
        throw new UnsupportedOperationException("implemented in the nn work package");
    }

    /** out[i] = f''(z[i]) for i &lt; n, where a[i] = f(z[i]). */
    public void secondDerivative(double[] z, double[] a, double[] out, int n) {
        throw new UnsupportedOperationException("implemented in the nn work package");
    }
}
