package org.ganclassroom.sim.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The exact Hessian-vector products against central finite differences of the hand-written gradient. */
class HessianVectorTest {
    private static final int N = 7;
    private static final double H = 1e-5;

    /** ℓ_b(v) = softplus(v)·w_b: a cross-entropy-like loss with a different weight per sample. */
    private static void loss(double[] v, double[] first, double[] second, int n) {
        for (int b = 0; b < n; b++) {
            double s = 1 / (1 + Math.exp(-v[b]));
            double w = 0.3 + 0.1 * b;
            first[b] = w * s;
            second[b] = w * s * (1 - s);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"TANH", "SIGMOID", "IDENTITY"})
    void parameterAndMixedProductsMatchFiniteDifferences(Activation f) {
        Mlp net = new Mlp(new MlpSpec(3, List.of(5, 4), f, 1));
        SplittableRandom r = new SplittableRandom(3);
        net.initialise(r);
        double[][] x = new double[3][N];
        for (double[] row : x) {
            for (int b = 0; b < N; b++) {
                row[b] = r.nextDouble(-1.5, 1.5);
            }
        }
        double[] u = new double[net.paramCount()];
        for (int j = 0; j < u.length; j++) {
            u[j] = r.nextDouble(-1, 1);
        }
        double[] hTheta = new double[net.paramCount()];
        double[][] hx = new double[3][N];
        new HessianVector(net, N).apply(x, N, HessianVectorTest::loss, u, hTheta, hx);

        double[] theta = net.params().clone();
        double[] gPlus = new double[theta.length];
        double[] gMinus = new double[theta.length];
        double[][] xPlus = new double[3][N];
        double[][] xMinus = new double[3][N];
        shift(net, theta, u, H);
        gradients(net, x, gPlus, xPlus);
        shift(net, theta, u, -H);
        gradients(net, x, gMinus, xMinus);
        double scale = 0;
        for (int j = 0; j < theta.length; j++) {
            scale = Math.max(scale, Math.abs(hTheta[j]));
        }
        for (int j = 0; j < theta.length; j++) {
            assertEquals((gPlus[j] - gMinus[j]) / (2 * H), hTheta[j], 1e-6 * Math.max(1, scale), f + " θ[" + j + "]");
        }
        for (int i = 0; i < 3; i++) {
            for (int b = 0; b < N; b++) {
                assertEquals((xPlus[i][b] - xMinus[i][b]) / (2 * H), hx[i][b], 1e-6, f + " x[" + i + "][" + b + "]");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"TANH"})
    void refusesSpectrallyNormalisedNets(Activation f) {
        Mlp net = new Mlp(new MlpSpec(2, List.of(3), f, 1));
        net.initialise(new SplittableRandom(1));
        net.setSpectralNorm(true);
        assertThrows(IllegalStateException.class, () -> new HessianVector(net, 2).apply(new double[2][2], 2,
                HessianVectorTest::loss, new double[net.paramCount()], new double[net.paramCount()], new double[2][2]));
    }

    private static void shift(Mlp net, double[] theta, double[] u, double h) {
        for (int j = 0; j < theta.length; j++) {
            net.params()[j] = theta[j] + h * u[j];
        }
    }

    /** ∇_θ L and ∇_x L by the net's own backward pass. */
    private static void gradients(Mlp net, double[][] x, double[] gTheta, double[][] gx) {
        Tape t = net.newTape(N);
        double[] v = net.forward(t, x, N)[0];
        double[][] dOut = new double[1][N];
        loss(v, dOut[0], new double[N], N);
        net.zeroGrads();
        net.backward(t, dOut, gx, N);
        System.arraycopy(net.grads(), 0, gTheta, 0, gTheta.length);
    }
}
