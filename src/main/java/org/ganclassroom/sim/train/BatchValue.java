package org.ganclassroom.sim.train;

/**
 * The minibatch estimate of the GAN value V(D,G) = E_data[log D(x)] + E_z[log(1 − D(G(z)))], with
 * D = σ(v). Uses log σ(v) = −softplus(−v) and log(1 − σ(v)) = −softplus(v) so large |v| stay finite.
 */
final class BatchValue {
    private BatchValue() {
    }

    static double of(double[] vReal, double[] vFake, int m) {
        double real = 0;
        double fake = 0;
        for (int b = 0; b < m; b++) {
            real -= softplus(-vReal[b]);
            fake -= softplus(vFake[b]);
        }
        return real / m + fake / m;
    }

    static double softplus(double v) {
        return v > 0 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v));
    }
}
