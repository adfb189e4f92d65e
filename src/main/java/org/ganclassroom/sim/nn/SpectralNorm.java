package org.ganclassroom.sim.nn;

import java.util.Arrays;

/**
 * Spectral-normalisation state of one {@link Mlp} (Miyato et al. 2018): per layer, persistent power-iteration
 * vectors u (out) and v (in), σ = uᵀ W v and the effective weights Ŵ = W / σ. Biases are not normalised.
 *
 * <p>One power-iteration step: v ← Wᵀu / ‖Wᵀu‖, u ← W v / ‖W v‖. The vectors start as normalised all-ones
 * vectors (deterministic, no hidden randomness).
 */
final class SpectralNorm {
    /** Power-iteration steps run when normalisation is switched on or the net re-initialised. */
    static final int WARM_UP_STEPS = 15;
    /** Guards divisions by a vanishing norm or σ, as PyTorch's normalize(eps = 1e-12) does. */
    private static final double EPS = 1e-12;

    private final Mlp net;
    final double[][] u;
    final double[][] v;
    final double[] sigma;

    SpectralNorm(Mlp net) {
        this.net = net;
        int layers = net.layerCount();
        u = new double[layers][];
        v = new double[layers][];
        sigma = new double[layers];
        for (int k = 0; k < layers; k++) {
            u[k] = new double[net.layerOut(k)];
            v[k] = new double[net.layerIn(k)];
        }
        reset();
    }

    void reset() {
        for (int k = 0; k < u.length; k++) {
            Arrays.fill(u[k], 1.0 / Math.sqrt(u[k].length));
            Arrays.fill(v[k], 1.0 / Math.sqrt(v[k].length));
        }
    }

    void copyFrom(SpectralNorm other) {
        for (int k = 0; k < u.length; k++) {
            System.arraycopy(other.u[k], 0, u[k], 0, u[k].length);
            System.arraycopy(other.v[k], 0, v[k], 0, v[k].length);
        }
        System.arraycopy(other.sigma, 0, sigma, 0, sigma.length);
    }

    /** One power-iteration step per layer on the raw weights in {@code params}. */
    void powerStep(double[] params) {
        for (int k = 0; k < u.length; k++) {
            int in = net.layerIn(k), out = net.layerOut(k), off = net.weightOffset(k);
            double[] uk = u[k], vk = v[k];
            for (int i = 0; i < in; i++) {
                double s = 0;
                for (int o = 0; o < out; o++) {
                    s += params[off + o * in + i] * uk[o];
                }
                vk[i] = s;
            }
            normalise(vk);
            for (int o = 0; o < out; o++) {
                double s = 0;
                for (int i = 0; i < in; i++) {
                    s += params[off + o * in + i] * vk[i];
                }
                uk[o] = s;
            }
            normalise(uk);
        }
    }

    /** σ_k = u_kᵀ W_k v_k for the current u, v (held fixed) and Ŵ = W/σ written into {@code eff}. */
    void computeEffective(double[] params, double[] eff) {
        for (int k = 0; k < u.length; k++) {
            int in = net.layerIn(k), out = net.layerOut(k), off = net.weightOffset(k);
            double s = 0;
            for (int o = 0; o < out; o++) {
                double r = 0;
                for (int i = 0; i < in; i++) {
                    r += params[off + o * in + i] * v[k][i];
                }
                s += u[k][o] * r;
            }
            sigma[k] = Math.max(s, EPS);
            double inv = 1.0 / sigma[k];
            for (int j = off; j < off + out * in; j++) {
                eff[j] = params[j] * inv;
            }
        }
    }

    /**
     * Turns G = ∂L/∂Ŵ (in {@code grads}) into ∂L/∂W = (G − ⟨G, Ŵ⟩ u vᵀ) / σ, u and v held constant.
     */
    void completeGradients(double[] grads, double[] eff) {
        for (int k = 0; k < u.length; k++) {
            int in = net.layerIn(k), out = net.layerOut(k), off = net.weightOffset(k);
            double s = 0;
            for (int j = off; j < off + out * in; j++) {
                s += grads[j] * eff[j];
            }
            double inv = 1.0 / sigma[k];
            for (int o = 0; o < out; o++) {
                double su = s * u[k][o];
                int row = off + o * in;
                for (int i = 0; i < in; i++) {
                    grads[row + i] = (grads[row + i] - su * v[k][i]) * inv;
                }
            }
        }
    }

    private static void normalise(double[] x) {
        double s = 0;
        for (double e : x) {
            s += e * e;
        }
        double inv = 1.0 / Math.max(Math.sqrt(s), EPS);
        for (int i = 0; i < x.length; i++) {
            x[i] *= inv;
        }
    }
}
