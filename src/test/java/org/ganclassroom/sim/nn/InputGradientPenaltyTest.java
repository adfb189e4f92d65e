package org.ganclassroom.sim.nn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputGradientPenaltyTest {
    static Stream<Arguments> cases() {
        List<Arguments> list = new ArrayList<>();
        for (Activation act : List.of(Activation.TANH, Activation.SIGMOID, Activation.LEAKY_RELU, Activation.RELU)) {
            for (int depth : new int[] {0, 1, 2, 4}) {
                for (double target : new double[] {1.0, 0.0}) {
                    for (boolean sn : new boolean[] {false, true}) {
                        list.add(Arguments.of(act, depth, target, sn));
                    }
                }
            }
        }
        return list.stream();
    }

    @ParameterizedTest(name = "{0} depth {1} target {2} sn={3}")
    @MethodSource("cases")
    void penaltyGradientMatchesFiniteDifferences(Activation act, int depth, double target, boolean sn) {
        SplittableRandom rng = new SplittableRandom(31 + depth);
        Mlp net = MlpGradientTest.net(act, depth, 3, 1, sn, 17 + depth);
        int n = 6;
        double[][] x = MlpGradientTest.batchAwayFromKinks(net, rng, n);
        Tape tape = net.newTape(8);
        double weight = target == 1.0 ? 10.0 : 0.5;

        net.zeroGrads();
        double p = net.addInputGradientPenalty(tape, x, n, target, weight);
        net.completeGradients();
        assertTrue(p > 0 && Double.isFinite(p));
        double[] analytic = net.grads().clone();

        GradCheck.assertGradient(act + " penalty", net.params(), analytic, () -> {
            if (sn) {
                net.recomputeEffectiveWeights();
            }
            return net.addInputGradientPenalty(tape, x, n, target, weight);
        });
    }

    @ParameterizedTest(name = "{0} depth {1} target {2} sn={3}")
    @MethodSource("cases")
    void penaltyValueIsTheMeanSquaredNormDeviation(Activation act, int depth, double target, boolean sn) {
        SplittableRandom rng = new SplittableRandom(5);
        Mlp net = MlpGradientTest.net(act, depth, 2, 1, sn, 3 + depth);
        int n = 9;
        double[][] x = GradCheck.gaussian(rng, 2, n);
        Tape tape = net.newTape(n);
        net.forward(tape, x, n);
        double[][] ones = {new double[n]};
        Arrays.fill(ones[0], 1.0);
        double[][] dx = new double[2][n];
        net.backward(tape, ones, dx, n);
        double expected = 0;
        for (int b = 0; b < n; b++) {
            double norm = Math.hypot(dx[0][b], dx[1][b]);
            expected += (norm - target) * (norm - target);
        }
        expected *= 2.5 / n;
        assertEquals(expected, net.addInputGradientPenalty(tape, x, n, target, 2.5), 1e-12 * (1 + expected));
        // the tape then holds the penalty's own forward pass over x
        double[][] out = tape.output();
        double[][] again = net.forward(net.newTape(n), x, n);
        for (int b = 0; b < n; b++) {
            assertEquals(again[0][b], out[0][b]);
        }
    }

    @Test
    void zeroInputGradientGivesNoNaN() {
        Mlp net = new Mlp(new MlpSpec(2, List.of(4, 4), Activation.TANH, 1));
        Tape tape = net.newTape(4);
        double[][] x = {{0.1, -2, 3, 0}, {1, 0.5, -0.3, 0}};
        for (double target : new double[] {1.0, 0.0}) {
            net.zeroGrads();
            double p = net.addInputGradientPenalty(tape, x, 4, target, 10.0);
            assertEquals(10.0 * target * target, p);
            for (double g : net.grads()) {
                assertTrue(Double.isFinite(g));
            }
        }
    }

    @Test
    void penaltyNeedsASingleOutput() {
        Mlp net = new Mlp(new MlpSpec(2, List.of(4), Activation.TANH, 2));
        assertThrows(IllegalStateException.class,
                () -> net.addInputGradientPenalty(net.newTape(1), new double[2][1], 1, 1.0, 1.0));
    }
}
