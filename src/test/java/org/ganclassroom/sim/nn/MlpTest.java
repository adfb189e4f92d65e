package org.ganclassroom.sim.nn;

import org.ganclassroom.sim.optim.Optimizer;
import org.ganclassroom.sim.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Layout, initialisation, spectral norm, reproducibility and the no-allocation guarantee. */
class MlpTest {
    private static final MlpSpec SPEC = new MlpSpec(3, List.of(5, 4), Activation.TANH, 2);

    @Test
    void layoutIsWeightsRowMajorThenBiasLayerByLayer() {
        Mlp net = new Mlp(SPEC);
        assertEquals(3, net.layerCount());
        assertEquals(0, net.weightOffset(0));
        assertEquals(15, net.biasOffset(0));
        assertEquals(20, net.weightOffset(1));
        assertEquals(40, net.biasOffset(1));
        assertEquals(44, net.weightOffset(2));
        assertEquals(52, net.biasOffset(2));
        assertEquals(54, net.paramCount());
        assertEquals(4, net.layerIn(2));
        assertEquals(2, net.layerOut(2));
    }

    @Test
    void forwardMatchesANaiveReferenceUsingMathTanh() {
        Mlp net = new Mlp(SPEC);
        net.initialise(new SplittableRandom(1));
        SplittableRandom rng = new SplittableRandom(2);
        int n = 11;
        double[][] x = GradCheck.gaussian(rng, 3, n);
        double[][] out = net.forward(net.newTape(16), x, n);
        double[] p = net.params();
        for (int b = 0; b < n; b++) {
            double[] h = {x[0][b], x[1][b], x[2][b]};
            for (int k = 0; k < net.layerCount(); k++) {
                int in = net.layerIn(k), o = net.layerOut(k);
                double[] z = new double[o];
                for (int r = 0; r < o; r++) {
                    z[r] = p[net.biasOffset(k) + r];
                    for (int i = 0; i < in; i++) {
                        z[r] += p[net.weightOffset(k) + r * in + i] * h[i];
                    }
                    if (k < net.layerCount() - 1) {
                        z[r] = FastTanh.tanh(z[r]); // the network's tanh, checked against Math.tanh elsewhere
                    }
                }
                h = z;
            }
            assertEquals(h[0], out[0][b], 1e-12);
            assertEquals(h[1], out[1][b], 1e-12);
        }
    }

    /** Measurements evaluate without keeping slopes; a backward pass after either must give the same gradients. */
    @Test
    void evaluateMatchesForwardAndBackwardWorksAfterEither() {
        for (Activation act : Activation.values()) {
            Mlp net = new Mlp(new MlpSpec(3, List.of(5, 4), act, 2));
            net.initialise(new SplittableRandom(1));
            SplittableRandom rng = new SplittableRandom(2);
            int n = 13;
            double[][] x = GradCheck.gaussian(rng, 3, n);
            double[][] dOut = GradCheck.gaussian(rng, 2, n);
            Tape tape = net.newTape(n);

            double[][] kept = copy(net.forward(tape, x, n));
            net.zeroGrads();
            double[][] dxKept = new double[3][n];
            net.backward(tape, dOut, dxKept, n);
            double[] gradsKept = net.grads().clone();

            double[][] evaluated = copy(net.evaluate(tape, x, n));
            net.zeroGrads();
            double[][] dxEvaluated = new double[3][n];
            net.backward(tape, dOut, dxEvaluated, n);

            for (int j = 0; j < 2; j++) {
                assertArrayEquals(kept[j], evaluated[j], 0.0, act + ": evaluate and forward differ");
            }
            for (int i = 0; i < gradsKept.length; i++) {
                assertEquals(gradsKept[i], net.grads()[i], 1e-13 * (1 + Math.abs(gradsKept[i])), act + " gradient " + i);
            }
            for (int j = 0; j < 3; j++) {
                assertArrayEquals(dxKept[j], dxEvaluated[j], 1e-13, act + " input gradient");
            }
        }
    }

    @Test
    void gradientNormIsTheEuclideanNormOfTheGradient() {
        Mlp net = new Mlp(SPEC);
        double[] g = net.grads();
        double sq = 0;
        for (int j = 0; j < g.length; j++) {
            g[j] = (j % 7) - 3.0;
            sq += g[j] * g[j];
        }
        assertEquals(Math.sqrt(sq), net.gradientNorm(), 1e-12);
        net.zeroGrads();
        assertEquals(0.0, net.gradientNorm());
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int j = 0; j < m.length; j++) {
            c[j] = m[j].clone();
        }
        return c;
    }

    @Test
    void initialiseIsPyTorchUniformFromTheGivenGeneratorOnly() {
        Mlp net = new Mlp(SPEC);
        net.initialise(new SplittableRandom(42));
        SplittableRandom same = new SplittableRandom(42);
        for (int k = 0; k < net.layerCount(); k++) {
            double bound = 1 / Math.sqrt(net.layerIn(k));
            for (int j = net.weightOffset(k); j < net.biasOffset(k) + net.layerOut(k); j++) {
                assertEquals(-bound + 2 * bound * same.nextDouble(), net.params()[j]);
                assertTrue(Math.abs(net.params()[j]) <= bound);
            }
        }
    }

    @Test
    void spectralNormMakesTheLargestSingularValueOne() {
        Mlp net = new Mlp(new MlpSpec(2, List.of(16, 16), Activation.TANH, 1));
        net.initialise(new SplittableRandom(8));
        for (int k = 0; k < net.paramCount(); k++) {
            net.params()[k] *= 5; // σ well above 1
        }
        assertFalse(net.spectralNorm());
        net.setSpectralNorm(true);
        for (int s = 0; s < 50; s++) {
            net.refreshSpectralNorm();
        }
        // power iteration on the 16×16 hidden layer, on the effective weights: top singular value → 1
        double[] w = net.weights();
        int off = net.weightOffset(1);
        double[] v = new double[16];
        Arrays.fill(v, 1);
        double sigma = 0;
        for (int it = 0; it < 500; it++) {
            double[] u = new double[16];
            for (int o = 0; o < 16; o++) {
                for (int i = 0; i < 16; i++) {
                    u[o] += w[off + o * 16 + i] * v[i];
                }
            }
            double[] nv = new double[16];
            for (int i = 0; i < 16; i++) {
                for (int o = 0; o < 16; o++) {
                    nv[i] += w[off + o * 16 + i] * u[o];
                }
            }
            double norm = Math.sqrt(Arrays.stream(nv).map(e -> e * e).sum());
            sigma = Math.sqrt(norm);
            for (int i = 0; i < 16; i++) {
                v[i] = nv[i] / norm;
            }
        }
        assertEquals(1.0, sigma, 1e-3);
        assertTrue(net.spectralSigma(1) > 2);
        net.setSpectralNorm(false);
        assertTrue(net.weights() == net.params());
    }

    @Test
    void tapesAreCheckedAndSharedOnlyBetweenNetsOfOneShape() {
        Mlp a = new Mlp(SPEC);
        Mlp b = new Mlp(SPEC);
        Mlp other = new Mlp(new MlpSpec(3, List.of(6), Activation.TANH, 2));
        Tape t = a.newTape(4);
        b.forward(t, new double[3][4], 4);
        assertThrows(IllegalArgumentException.class, () -> other.forward(t, new double[3][4], 4));
        assertThrows(IllegalArgumentException.class, () -> a.forward(t, new double[3][5], 5));
        assertThrows(IllegalArgumentException.class, () -> a.newTape(0));
        assertThrows(IllegalStateException.class, () -> a.backward(a.newTape(4), new double[2][4], null, 4));
    }

    @Test
    void copyParamsFromCopiesTheFunction() {
        Mlp a = new Mlp(SPEC);
        a.initialise(new SplittableRandom(4));
        a.setSpectralNorm(true);
        a.refreshSpectralNorm();
        Mlp b = new Mlp(SPEC);
        b.setSpectralNorm(true);
        b.copyParamsFrom(a);
        assertArrayEquals(a.params(), b.params());
        double[][] x = GradCheck.gaussian(new SplittableRandom(1), 3, 5);
        assertArrayEquals(a.forward(a.newTape(5), x, 5)[1], b.forward(b.newTape(5), x, 5)[1]);
        assertThrows(IllegalArgumentException.class,
                () -> b.copyParamsFrom(new Mlp(new MlpSpec(3, List.of(5), Activation.TANH, 2))));
    }

    /** One D-like training step: refresh, zero, two forward/backward pairs, penalty, complete, Adam. */
    private static void trainStep(Mlp net, Optimizer opt, Tape t1, Tape t2, double[][] x1, double[][] x2,
                                  double[][] dOut, double[][] dx, int n) {
        net.refreshSpectralNorm();
        net.zeroGrads();
        double[][] o = net.forward(t1, x1, n);
        for (int b = 0; b < n; b++) {
            dOut[0][b] = Math.tanh(o[0][b]) / n; // any data-dependent upstream gradient
        }
        net.backward(t1, dOut, dx, n);
        net.forward(t2, x2, n);
        net.backward(t2, dOut, null, n);
        net.addInputGradientPenalty(t2, x1, n, 1.0, 1.0);
        net.completeGradients();
        opt.step(net.params(), net.grads(), 1e-3);
    }

    private static Mlp trained(long seed, int steps, boolean sn, Activation act) {
        Mlp net = new Mlp(new MlpSpec(2, List.of(16, 16), act, 1));
        net.initialise(new SplittableRandom(seed));
        net.setSpectralNorm(sn);
        Optimizer opt = OptimizerKind.ADAM.create(net.paramCount(), 0.5, 0.999);
        int n = 64;
        SplittableRandom data = new SplittableRandom(seed + 1);
        double[][] x1 = GradCheck.gaussian(data, 2, n), x2 = GradCheck.gaussian(data, 2, n);
        Tape t1 = net.newTape(n), t2 = net.newTape(n);
        double[][] dOut = new double[1][n], dx = new double[2][n];
        for (int s = 0; s < steps; s++) {
            trainStep(net, opt, t1, t2, x1, x2, dOut, dx, n);
        }
        return net;
    }

    @Test
    void sameSeedGivesBitIdenticalParameters() {
        for (boolean sn : new boolean[] {false, true}) {
            assertArrayEquals(trained(9, 0, sn, Activation.TANH).params(), trained(9, 0, sn, Activation.TANH).params());
            Mlp a = trained(9, 100, sn, Activation.TANH);
            Mlp b = trained(9, 100, sn, Activation.TANH);
            for (int j = 0; j < a.paramCount(); j++) {
                assertEquals(Double.doubleToRawLongBits(a.params()[j]), Double.doubleToRawLongBits(b.params()[j]));
            }
            assertFalse(Arrays.equals(a.params(), trained(10, 100, sn, Activation.TANH).params()));
        }
    }

    @Test
    void trainingStepsDoNotAllocate() {
        com.sun.management.ThreadMXBean mx =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        for (Activation act : Activation.values()) {
            Mlp net = new Mlp(new MlpSpec(2, List.of(16, 16), act, 1));
            net.initialise(new SplittableRandom(1));
            net.setSpectralNorm(true);
            Optimizer opt = OptimizerKind.ADAM.create(net.paramCount(), 0.5, 0.999);
            int n = 64;
            SplittableRandom data = new SplittableRandom(2);
            double[][] x1 = GradCheck.gaussian(data, 2, n), x2 = GradCheck.gaussian(data, 2, n);
            Tape t1 = net.newTape(n), t2 = net.newTape(n);
            double[][] dOut = new double[1][n], dx = new double[2][n];
            for (int s = 0; s < 3_000; s++) {
                trainStep(net, opt, t1, t2, x1, x2, dOut, dx, n);
            }
            long before = mx.getThreadAllocatedBytes(Thread.currentThread().getId());
            for (int s = 0; s < 10_000; s++) {
                trainStep(net, opt, t1, t2, x1, x2, dOut, dx, n);
            }
            long allocated = mx.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
            assertTrue(allocated < 64 * 1024, act + ": 10,000 steps allocated " + allocated + " bytes");
            for (double p : net.params()) {
                assertTrue(Double.isFinite(p));
            }
        }
    }
}
