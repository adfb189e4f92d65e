package org.ganclassroom.sim.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.ganclassroom.sim.loss.Objective;
import org.ganclassroom.sim.loss.Objectives;
import org.ganclassroom.sim.nn.Activation;
import org.ganclassroom.sim.nn.Mlp;
import org.ganclassroom.sim.nn.MlpSpec;
import org.junit.jupiter.api.Test;

/**
 * The unrolled generator gradient is the derivative of F(fake) = L_G(fake; θ_D^k(fake)), the generator's loss at a
 * discriminator that took k steps on that very fake batch: checked entry by entry by central differences of F.
 */
class UnrolledGradientTest {
    private static final int M = 6;
    private static final int ROWS = 5; // a pack of two 2-D samples and the std-dev slot
    private static final double LR = 0.5;
    private static final int K = 4;

    private final Mlp d = new Mlp(new MlpSpec(ROWS, List.of(6, 5), Activation.TANH, 1));
    private final double[][] real = new double[ROWS][M];
    private final double[][] fake = new double[ROWS][M];

    UnrolledGradientTest() {
        SplittableRandom r = new SplittableRandom(11);
        d.initialise(r);
        for (int i = 0; i < ROWS; i++) {
            for (int b = 0; b < M; b++) {
                real[i][b] = r.nextDouble(-1, 1);
                fake[i][b] = r.nextDouble(-1, 1);
            }
        }
    }

    private double loss(Objective o, double[][] at, boolean firstOrder) {
        return new UnrolledDiscriminator(d).generatorGradient(d, o, 0.9, real, at, M, K, LR, firstOrder,
                new double[ROWS][M]);
    }

    @Test
    void theTrueGradientMatchesFiniteDifferencesThroughTheUnrolledSteps() {
        for (String id : List.of("nonsaturating", "minimax")) {
            Objective o = Objectives.byId(id);
            double[][] exact = new double[ROWS][M];
            new UnrolledDiscriminator(d).generatorGradient(d, o, 0.9, real, fake, M, K, LR, false, exact);
            double[][] firstOrder = new double[ROWS][M];
            new UnrolledDiscriminator(d).generatorGradient(d, o, 0.9, real, fake, M, K, LR, true, firstOrder);
            double h = 1e-5;
            double worstFirstOrder = 0;
            for (int i = 0; i < ROWS; i++) {
                for (int b = 0; b < M; b++) {
                    double keep = fake[i][b];
                    fake[i][b] = keep + h;
                    double plus = loss(o, fake, false);
                    fake[i][b] = keep - h;
                    double minus = loss(o, fake, false);
                    fake[i][b] = keep;
                    double numeric = (plus - minus) / (2 * h);
                    assertEquals(numeric, exact[i][b], 1e-7, id + " fake[" + i + "][" + b + "]");
                    worstFirstOrder = Math.max(worstFirstOrder, Math.abs(numeric - firstOrder[i][b]));
                }
            }
            // the first-order variant drops the terms through D's steps: here they are far from negligible
            assertTrue(worstFirstOrder > 1e-3, id + ": first order differs by only " + worstFirstOrder);
        }
    }

    @Test
    void withoutUnrolledStepsBothVariantsAreTheOrdinaryGradient() {
        Objective o = Objectives.byId("nonsaturating");
        double[][] a = new double[ROWS][M];
        double[][] b = new double[ROWS][M];
        new UnrolledDiscriminator(d).generatorGradient(d, o, 1.0, real, fake, M, 0, LR, false, a);
        new UnrolledDiscriminator(d).generatorGradient(d, o, 1.0, real, fake, M, 0, LR, true, b);
        double[][] plain = new double[ROWS][M];
        double[][] g = new double[1][M];
        var tape = d.newTape(M);
        o.generatorLoss(d.forward(tape, fake, M)[0], g[0], M);
        d.backwardToInput(tape, g, plain, M);
        for (int i = 0; i < ROWS; i++) {
            for (int j = 0; j < M; j++) {
                assertEquals(plain[i][j], a[i][j], 1e-15);
                assertEquals(plain[i][j], b[i][j], 1e-15);
            }
        }
    }
}
