package org.ganclassroom.sim.nn;

import java.util.Arrays;

/**
 * The input-gradient penalty P = w · (1/n) Σ_b (‖g_b‖ − t)², g_b = ∂v/∂x at sample b, and its parameter
 * gradient by double backpropagation.
 *
 * <p>With z_k = W_k h_k + b_k, h_{k+1} = f(z_k), v = z_last: the input gradient is g_last = W_lastᵀ·1,
 * u_k = g_{k+1} ⊙ f'(z_k), g_k = W_kᵀ u_k. Its adjoint starts at ḡ_0 = ∂P/∂g_0 = (w/n)·2(‖g‖ − t)/‖g‖ · g
 * (0 where ‖g‖ = 0, a subgradient that avoids 0/0) and runs up the layers: W̄_k += u_k ḡ_kᵀ, ū_k = W_k ḡ_k,
 * ḡ_{k+1} = ū_k ⊙ f'(z_k), and z_k receives ū_k ⊙ g_{k+1} ⊙ f''(z_k) directly. Those direct z adjoints are then
 * backpropagated through the forward pass like an ordinary loss gradient.
 */
final class GradientPenalty {
    private GradientPenalty() {
    }

    static double add(Mlp net, DenseTape t, double[][] x, int n, double target, double weight) {
        if (net.outputDim() != 1) {
            throw new IllegalStateException("the input-gradient penalty needs a net with one output, not "
                    + net.outputDim());
        }
        net.forward(t, x, n);
        int last = net.layerCount() - 1;
        Activation f = net.spec().hiddenActivation();
        double[] w = net.weights();
        double[] grads = net.grads();

        // input gradient, top down
        for (int i = 0; i < net.layerIn(last); i++) {
            Arrays.fill(t.g[last][i], 0, n, w[net.weightOffset(last) + i]);
        }
        for (int k = last - 1; k >= 0; k--) {
            for (int j = 0; j < net.layerOut(k); j++) {
                System.arraycopy(t.g[k + 1][j], 0, t.u[k][j], 0, n);
                t.multiplyBySlope(f, k, j, t.u[k][j], n);
            }
            Dense.transposedProduct(w, net.weightOffset(k), net.layerIn(k), net.layerOut(k), t.u[k], t.g[k], n);
        }

        // penalty and ḡ_0; t.row holds ‖g_b‖² then the per-sample factor
        double[][] g0 = t.g[0];
        double[] r = t.row;
        Arrays.fill(r, 0, n, 0.0);
        for (int i = 0; i < net.inputDim(); i++) {
            double[] gi = g0[i];
            for (int b = 0; b < n; b++) {
                r[b] += gi[b] * gi[b];
            }
        }
        double scale = weight / n;
        double sum = 0;
        for (int b = 0; b < n; b++) {
            double norm = Math.sqrt(r[b]);
            double diff = norm - target;
            sum += diff * diff;
            r[b] = norm > 0.0 ? scale * 2.0 * diff / norm : 0.0;
        }
        double[][] gBar = t.barA;
        for (int i = 0; i < net.inputDim(); i++) {
            double[] gi = g0[i], gb = gBar[i];
            for (int b = 0; b < n; b++) {
                gb[b] = r[b] * gi[b];
            }
        }

        // adjoint of the input-gradient computation, bottom up
        for (int k = 0; k <= last; k++) {
            int in = net.layerIn(k), out = net.layerOut(k);
            double[][] uk = k == last ? t.ones : t.u[k];
            Dense.accumulateOuter(uk, gBar, in, out, grads, net.weightOffset(k), n);
            if (k == last) {
                break;
            }
            double[][] uBar = gBar == t.barA ? t.barB : t.barA;
            Dense.affine(w, net.weightOffset(k), null, 0, in, out, gBar, uBar, n);
            for (int j = 0; j < out; j++) {
                double[] d = t.direct[k][j], ub = uBar[j], gk = t.g[k + 1][j];
                f.secondDerivative(t.z[k][j], t.a[k][j], r, n);
                for (int b = 0; b < n; b++) {
                    d[b] = ub[b] * gk[b] * r[b];
                }
                t.multiplyBySlope(f, k, j, ub, n);
            }
            gBar = uBar;
        }

        // the direct z adjoints, through the forward pass
        if (last > 0) {
            net.backpropagate(t, last - 1, t.direct[last - 1], true, null, n, true);
        }
        return scale * sum;
    }
}
