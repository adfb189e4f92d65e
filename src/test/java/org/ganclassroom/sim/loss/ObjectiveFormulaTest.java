package org.ganclassroom.sim.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each loss equals its textbook formula written naively (safe at moderate v), so signs and factors are right. */
class ObjectiveFormulaTest {
    private static final double[] VR = {-1.3, 0.2, 2.1};
    private static final double[] VF = {-0.7, 0.4, 1.5, -2.2};
    private static final double T = 0.9;

    private static double sig(double v) {
        return 1 / (1 + Math.exp(-v));
    }

    private static double dLoss(String id) {
        return Objectives.byId(id).discriminatorLoss(VR, new double[3], 3, VF, new double[4], 4, T);
    }

    private static double gLoss(String id) {
        return Objectives.byId(id).generatorLoss(VF, new double[4], 4);
    }

    @Test
    void crossEntropyObjectives() {
        double real = 0;
        for (double v : VR) {
            real += -(T * Math.log(sig(v)) + (1 - T) * Math.log(1 - sig(v)));
        }
        double fake = 0;
        double sat = 0;
        double ns = 0;
        for (double v : VF) {
            fake += -Math.log(1 - sig(v));
            sat += Math.log(1 - sig(v));
            ns += -Math.log(sig(v));
        }
        double d = real / 3 + fake / 4;
        assertEquals(d, dLoss("minimax"), 1e-12);
        assertEquals(d, dLoss("nonsaturating"), 1e-12);
        assertEquals(sat / 4, gLoss("minimax"), 1e-12);
        assertEquals(ns / 4, gLoss("nonsaturating"), 1e-12);
        assertEquals(sig(0.3), Objectives.byId("minimax").displayValue(0.3), 1e-15);
    }

    @Test
    void leastSquaresWassersteinHinge() {
        double lsR = 0, wR = 0, hR = 0;
        for (double v : VR) {
            lsR += (v - T) * (v - T);
            wR += v;
            hR += Math.max(0, 1 - v);
        }
        double lsF = 0, wF = 0, hF = 0, lsG = 0;
        for (double v : VF) {
            lsF += v * v;
            wF += v;
            hF += Math.max(0, 1 + v);
            lsG += (v - 1) * (v - 1);
        }
        assertEquals(0.5 * lsR / 3 + 0.5 * lsF / 4, dLoss("leastsquares"), 1e-12);
        assertEquals(0.5 * lsG / 4, gLoss("leastsquares"), 1e-12);
        assertEquals(wF / 4 - wR / 3, dLoss("wasserstein"), 1e-12);
        assertEquals(-wF / 4, gLoss("wasserstein"), 1e-12);
        assertEquals(hR / 3 + hF / 4, dLoss("hinge"), 1e-12);
        assertEquals(-wF / 4, gLoss("hinge"), 1e-12);
        assertTrue(Objectives.byId("leastsquares").hasProbabilityOptimum());
        assertFalse(Objectives.byId("wasserstein").hasProbabilityOptimum());
        assertFalse(Objectives.byId("hinge").hasProbabilityOptimum());
    }

    @Test
    void fGanLossesAreTheNegatedVariationalBound() {
        for (FDivergence f : FDivergence.values()) {
            double ep = 0;
            for (double v : VR) {
                ep += f.activation(v);
            }
            double eq = 0;
            for (double v : VF) {
                eq += f.conjugate(f.activation(v)); // the naive composition, fine at moderate v
            }
            String id = "fgan-" + f.id();
            assertEquals(-(ep / 3 - eq / 4), dLoss(id), 1e-10, id);
            assertEquals(-eq / 4, gLoss(id), 1e-10, id);
            assertEquals(f.activation(0.3), Objectives.byId(id).displayValue(0.3), 0.0);
        }
    }

    @Test
    void fGanGanRowIsTheMinimaxGameWithHardLabels() {
        double[] gr = new double[3], gf = new double[4];
        double mm = new MinimaxObjective().discriminatorLoss(VR, gr, 3, VF, gf, 4, 1.0);
        assertEquals(mm, dLoss("fgan-gan"), 1e-12);
        assertEquals(gLoss("minimax"), gLoss("fgan-gan"), 1e-12);
    }

    @Test
    void registryListsEveryIdAndRejectsUnknownOnes() {
        assertEquals(java.util.List.of("minimax", "nonsaturating", "leastsquares", "wasserstein", "hinge",
                "fgan-kl", "fgan-reversekl", "fgan-pearson", "fgan-hellinger", "fgan-js", "fgan-gan"),
                Objectives.ids());
        for (String id : Objectives.ids()) {
            assertEquals(id, Objectives.byId(id).id());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Objectives.byId("vanilla"));
        assertTrue(e.getMessage().contains("vanilla") && e.getMessage().contains("fgan-hellinger"), e.getMessage());
    }
}
