package org.ganclassroom.sim.nn;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Backward passes against central finite differences of L = Σ c[o][b]·out[o][b]. */
class MlpGradientTest {
    /** Widths that are and are not multiples of the weight-gradient kernel's 4×2 blocks. */
    private static final List<Integer> WIDTHS = List.of(9, 5, 12, 3);

    static Stream<Arguments> shapes() {
        List<Arguments> list = new ArrayList<>();
        for (Activation act : Activation.values()) {
            for (int depth : new int[] {0, 1, 2, 4}) {
                for (int outputDim : new int[] {1, 2}) {
                    for (boolean sn : new boolean[] {false, true}) {
                        int inputDim = outputDim == 2 ? 3 : 2; // generator-like and discriminator-like
                        list.add(Arguments.of(act, depth, inputDim, outputDim, sn));
                    }
                }
            }
        }
        return list.stream();
    }

    /** A data batch whose hidden pre-activations all stay ≥ 0.01 from 0, so ReLU kinks are not crossed. */
    static double[][] batchAwayFromKinks(Mlp net, SplittableRandom rng, int n) {
        double[][] x = new double[net.inputDim()][n];
        Tape probe = net.newTape(1);
        double[][] one = new double[net.inputDim()][1];
        Activation act = net.spec().hiddenActivation();
        boolean kinked = act == Activation.RELU || act == Activation.LEAKY_RELU;
        for (int b = 0; b < n; b++) {
            // bounded: a unit cut off from the input by dead units has a constant z and could never qualify
            int attempts = 0;
            do {
                for (int i = 0; i < net.inputDim(); i++) {
                    one[i][0] = GradCheck.gauss(rng);
                }
                net.forward(probe, one, 1);
            } while (kinked && nearKink((DenseTape) probe, net) && ++attempts < 2000);
            for (int i = 0; i < net.inputDim(); i++) {
                x[i][b] = one[i][0];
            }
        }
        return x;
    }

    private static boolean nearKink(DenseTape t, Mlp net) {
        for (int k = 0; k < net.layerCount() - 1; k++) {
            for (double[] unit : t.z[k]) {
                if (Math.abs(unit[0]) < 0.01) {
                    return true;
                }
            }
        }
        return false;
    }

    static Mlp net(Activation act, int depth, int inputDim, int outputDim, boolean sn, long seed) {
        Mlp net = new Mlp(new MlpSpec(inputDim, WIDTHS.subList(0, depth), act, outputDim));
        net.initialise(new SplittableRandom(seed));
        if (sn) {
            net.setSpectralNorm(true);
            net.refreshSpectralNorm();
            // move W off the converged power-iteration vectors, so the check covers general frozen u, v (for a
            // one-row W at convergence, W/σ is scale-free and some gradients vanish identically)
            SplittableRandom nudge = new SplittableRandom(seed + 1000);
            for (int j = 0; j < net.paramCount(); j++) {
                net.params()[j] += 0.2 * (nudge.nextDouble() - 0.5);
            }
            net.recomputeEffectiveWeights();
        }
        return net;
    }

    @ParameterizedTest(name = "{0} depth {1} {2}->{3} sn={4}")
    @MethodSource("shapes")
    void parameterGradientMatchesFiniteDifferences(Activation act, int depth, int inputDim, int outputDim,
                                                   boolean sn) {
        SplittableRandom rng = new SplittableRandom(11 + depth);
        Mlp net = net(act, depth, inputDim, outputDim, sn, 5 + depth);
        int n = 7;
        double[][] x = batchAwayFromKinks(net, rng, n);
        double[][] c = GradCheck.gaussian(rng, outputDim, n);
        Tape tape = net.newTape(16);

        net.zeroGrads();
        net.forward(tape, x, n);
        net.backward(tape, c, null, n);
        net.completeGradients();
        double[] analytic = net.grads().clone();

        GradCheck.assertGradient(act + " depth " + depth, net.params(), analytic, () -> {
            if (sn) {
                net.recomputeEffectiveWeights(); // u, v frozen: σ = uᵀWv of the perturbed W
            }
            return GradCheck.weightedSum(c, net.forward(tape, x, n), n);
        });
    }

    @ParameterizedTest(name = "{0} depth {1} {2}->{3} sn={4}")
    @MethodSource("shapes")
    void inputGradientMatchesFiniteDifferences(Activation act, int depth, int inputDim, int outputDim, boolean sn) {
        SplittableRandom rng = new SplittableRandom(21 + depth);
        Mlp net = net(act, depth, inputDim, outputDim, sn, 9 + depth);
        int n = 6;
        double[][] x = batchAwayFromKinks(net, rng, n);
        double[][] c = GradCheck.gaussian(rng, outputDim, n);
        Tape tape = net.newTape(n);
        net.zeroGrads();
        net.forward(tape, x, n);
        double[][] dx = new double[inputDim][n];
        net.backward(tape, c, dx, n);
        for (int i = 0; i < inputDim; i++) {
            double[] row = x[i];
            GradCheck.assertGradient(act + " dx row " + i, row, dx[i],
                    () -> GradCheck.weightedSum(c, net.forward(tape, x, n), n));
        }
    }

    @ParameterizedTest(name = "{0} depth {1} {2}->{3} sn={4}")
    @MethodSource("shapes")
    void gradientsAccumulateOverBackwardCalls(Activation act, int depth, int inputDim, int outputDim, boolean sn) {
        SplittableRandom rng = new SplittableRandom(3);
        Mlp net = net(act, depth, inputDim, outputDim, sn, 2);
        int n = 5;
        double[][] x = GradCheck.gaussian(rng, inputDim, n);
        double[][] c = GradCheck.gaussian(rng, outputDim, n);
        Tape tape = net.newTape(n);
        net.zeroGrads();
        net.forward(tape, x, n);
        net.backward(tape, c, null, n);
        double[] once = net.grads().clone();
        net.backward(tape, c, null, n);
        for (int j = 0; j < once.length; j++) {
            assertTrue(Math.abs(net.grads()[j] - 2 * once[j]) <= 1e-12 * (1 + Math.abs(once[j])), "entry " + j);
        }
    }
}
