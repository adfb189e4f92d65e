package org.ganclassroom.sim.dirac;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Dirac-GAN against the closed forms of Mescheder, Geiger and Nowozin (2018). */
class DiracDynamicsTest {
    private static final DiracGame WGAN = DiracGame.of(DiracLoss.WASSERSTEIN);
    private static final DiracGame GAN = DiracGame.of(DiracLoss.GAN);

    @Test
    void unconstrainedWassersteinFieldIsAPureRotation() {
        for (double[] p : new double[][]{{1, 0}, {0.3, -2}, {-1.7, 0.4}, {2.5, 2.5}}) {
            DiracPoint v = WGAN.field(p[0], p[1]);
            assertEquals(-p[1], v.theta(), 0, "v_θ = −ψ");
            assertEquals(p[0], v.psi(), 0, "v_ψ = θ");
            assertEquals(0, v.theta() * p[0] + v.psi() * p[1], 1e-15, "v ⟂ (θ, ψ): no pull towards (0, 0)");
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.01, 0.1, 0.5, 1.0})
    void eachSimultaneousWassersteinStepMultipliesTheDistanceBySqrtOnePlusHSquared(double h) {
        DiracDynamics dyn = new DiracDynamics(WGAN, h, h);
        DiracPoint p = new DiracPoint(0.8, -0.3);
        for (int k = 0; k < 200; k++) {
            DiracPoint next = dyn.simultaneous(p);
            assertEquals(Math.sqrt(1 + h * h), next.norm() / p.norm(), 1e-13, "step " + k);
            p = next;
        }
        assertEquals(Math.sqrt(1 + h * h), dyn.simultaneousEigenvalues().orElseThrow().spectralRadius(), 1e-15);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.3, 1.0, 1.9})
    void alternatingWassersteinStepsStayBoundedForever(double h) {
        DiracDynamics dyn = new DiracDynamics(WGAN, h, h);
        // D first (ψ' = ψ + hθ), then G (θ' = θ − hψ'): this keeps Q = θ² + ψ² + hθψ exactly, an ellipse for h < 2
        DiracPoint p = new DiracPoint(1, 0);
        double q0 = 1;
        double worst = 0;
        double hi = 0;
        for (int k = 0; k < 200_000; k++) {
            p = dyn.alternating(p);
            double q = p.theta() * p.theta() + p.psi() * p.psi() + h * p.theta() * p.psi();
            worst = Math.max(worst, Math.abs(q - q0));
            hi = Math.max(hi, p.norm());
        }
        assertTrue(worst < 1e-9, "Q drifts by " + worst);
        assertTrue(hi <= Math.sqrt(q0 / (1 - h / 2)) + 1e-9, "never beyond the ellipse: " + hi);
        EigenPair e = dyn.alternatingEigenvalues().orElseThrow();
        assertEquals(1, e.spectralRadius(), 1e-12, "on the unit circle");
        double a = 1 - h * h / 2;
        assertEquals(a, e.re1(), 1e-12, "the paper's 1 − α²/2 with α = h f'(0)");
        assertEquals(Math.sqrt(1 - a * a), Math.abs(e.im1()), 1e-12);
    }

    @Test
    void theGanJacobianHasPurelyImaginaryEigenvaluesPlusMinusFPrimeOfZero() {
        for (DiracLoss loss : List.of(DiracLoss.GAN, DiracLoss.NON_SATURATING)) {
            EigenPair e = new DiracDynamics(DiracGame.of(loss), 0.1, 0.1).flowEigenvalues().orElseThrow();
            assertEquals(0, e.re1(), 0);
            assertEquals(0.5, Math.abs(e.im1()), 1e-15, "f'(0) = 1/2 for f(t) = −log(1 + e^{−t})");
        }
        EigenPair sim = new DiracDynamics(GAN, 0.2, 0.2).simultaneousEigenvalues().orElseThrow();
        assertEquals(1, sim.re1(), 0);
        assertEquals(0.1, Math.abs(sim.im1()), 1e-15, "1 ± i h f'(0)");
        assertEquals(Math.sqrt(1 + 0.01), sim.spectralRadius(), 1e-15);
    }

    @Test
    void simultaneousGanStepsSpiralOutNearTheEquilibriumAtTheClosedFormRate() {
        double h = 0.1;
        DiracDynamics dyn = new DiracDynamics(GAN, h, h);
        DiracPoint p = new DiracPoint(1e-4, 0);
        int steps = 2000;
        for (int k = 0; k < steps; k++) {
            p = dyn.simultaneous(p);
        }
        double expected = 1e-4 * Math.pow(1 + h * h / 4, steps / 2.0);
        assertEquals(expected, p.norm(), expected * 1e-6);
    }

    /** The closed-form Jacobian against central differences of the field itself, for every smooth setting. */
    @Test
    void closedFormJacobianMatchesTheFieldsDerivatives() {
        for (DiracLoss loss : DiracLoss.values()) {
            for (double gamma : new double[]{0, 0.3}) {
                for (double sigma : new double[]{0, 0.7, 1.5}) {
                    DiracGame g = DiracGame.of(loss).withR1(gamma).withNoise(sigma);
                    double[] j = g.jacobianAtEquilibrium().orElseThrow();
                    double e = 1e-5;
                    DiracPoint tp = g.field(e, 0);
                    DiracPoint tm = g.field(-e, 0);
                    DiracPoint pp = g.field(0, e);
                    DiracPoint pm = g.field(0, -e);
                    String what = g.toString();
                    assertEquals(j[0], (tp.theta() - tm.theta()) / (2 * e), 1e-8, what);
                    assertEquals(j[1], (pp.theta() - pm.theta()) / (2 * e), 1e-8, what);
                    assertEquals(j[2], (tp.psi() - tm.psi()) / (2 * e), 1e-8, what);
                    assertEquals(j[3], (pp.psi() - pm.psi()) / (2 * e), 1e-8, what);
                }
            }
        }
    }

    @Test
    void r1EigenvaluesAreThePapersAndGradientPlayConverges() {
        double gamma = 0.3;
        DiracDynamics dyn = new DiracDynamics(GAN.withR1(gamma), 0.1, 0.1);
        EigenPair e = dyn.flowEigenvalues().orElseThrow();
        // −γ/2 ± √(γ²/4 − f'(0)²)
        assertEquals(-gamma / 2, e.re1(), 1e-15);
        assertEquals(Math.sqrt(0.25 - gamma * gamma / 4), Math.abs(e.im1()), 1e-15);
        assertTrue(dyn.simultaneousEigenvalues().orElseThrow().spectralRadius() < 1);
        assertTrue(dyn.alternatingEigenvalues().orElseThrow().spectralRadius() < 1);
        DiracPoint s = new DiracPoint(1, 1);
        DiracPoint a = s;
        for (int k = 0; k < 3000; k++) {
            s = dyn.simultaneous(s);
            a = dyn.alternating(a);
        }
        assertTrue(s.norm() < 1e-4 && a.norm() < 1e-4, "both reach (0, 0): " + s + ", " + a);
        // large γ: two real negative eigenvalues
        EigenPair big = new DiracDynamics(GAN.withR1(2), 0.1, 0.1).flowEigenvalues().orElseThrow();
        assertEquals(-1 + Math.sqrt(1 - 0.25), big.re1(), 1e-15);
        assertEquals(-1 - Math.sqrt(1 - 0.25), big.re2(), 1e-15);
    }

    @Test
    void instanceNoiseEigenvaluesAreThePapersAndDoNothingForWasserstein() {
        double sigma = 1.0;
        EigenPair e = new DiracDynamics(GAN.withNoise(sigma), 0.1, 0.1).flowEigenvalues().orElseThrow();
        double f2 = -0.25; // f''(0)
        // f''(0)σ² ± √(f''(0)²σ⁴ − f'(0)²)
        assertEquals(f2 * sigma * sigma, e.re1(), 1e-15);
        assertEquals(Math.sqrt(0.25 - f2 * f2), Math.abs(e.im1()), 1e-15);
        DiracDynamics dyn = new DiracDynamics(GAN.withNoise(sigma), 0.1, 0.1);
        DiracPoint p = new DiracPoint(0.5, 0.5);
        for (int k = 0; k < 3000; k++) {
            p = dyn.simultaneous(p);
        }
        assertTrue(p.norm() < 1e-3, "converges with noise: " + p);
        assertEquals(WGAN.field(0.4, -0.9), WGAN.withNoise(sigma).field(0.4, -0.9), "f'' = 0: noise averages out");
    }

    @Test
    void wganGpHasNoJacobianAtTheKinkAndAlternatingStepsDoNotConverge() {
        DiracGame gp = WGAN.withGradientPenalty(1);
        assertTrue(gp.jacobianAtEquilibrium().isEmpty());
        assertTrue(new DiracDynamics(gp, 0.1, 0.1).flowEigenvalues().isEmpty());
        assertEquals(0, gp.field(0, 0).norm(), 0, "(0, 0) is still where v vanishes (sign 0 = 0)");
        DiracDynamics dyn = new DiracDynamics(gp, 0.1, 0.1);
        DiracPoint p = new DiracPoint(1, 0.5);
        double closest = Double.MAX_VALUE;
        for (int k = 0; k < 20_000; k++) {
            p = dyn.alternating(p);
            if (k >= 10_000) {
                closest = Math.min(closest, p.norm());
            }
        }
        assertTrue(closest > 0.1, "keeps circling: closest " + closest);
    }

    @Test
    void tturScalesTheDiscriminatorsRowAndKeepsTheUnregularisedGameOnTheCircle() {
        DiracDynamics dyn = new DiracDynamics(GAN, 0.1, 0.4);
        EigenPair flow = dyn.flowEigenvalues().orElseThrow();
        assertEquals(0, flow.re1(), 0);
        assertEquals(0.5 * Math.sqrt(4), Math.abs(flow.im1()), 1e-15, "±i f'(0) √(h_D/h_G)");
        EigenPair alt = dyn.alternatingEigenvalues().orElseThrow();
        double alpha = Math.sqrt(0.1 * 0.4) * 0.5;
        assertEquals(1 - alpha * alpha / 2, alt.re1(), 1e-15, "α = √(h_G h_D) f'(0)");
        assertEquals(1, alt.spectralRadius(), 1e-12);
    }

    @Test
    void closedFormUpdateEigenvaluesMatchTheStepsThemselves() {
        for (DiracGame g : List.of(GAN, DiracGame.of(DiracLoss.NON_SATURATING).withR1(0.5), GAN.withNoise(0.8), WGAN)) {
            DiracDynamics dyn = new DiracDynamics(g, 0.15, 0.35);
            double e = 1e-6;
            assertMatches(dyn.simultaneousEigenvalues().orElseThrow(), numericEigen(dyn, e, true), g + " simultaneous");
            assertMatches(dyn.alternatingEigenvalues().orElseThrow(), numericEigen(dyn, e, false), g + " alternating");
        }
    }

    @Test
    void nonSaturatingDiffersFromGanAwayFromTheEquilibrium() {
        DiracPoint gan = GAN.field(1, 1);
        DiracPoint ns = DiracGame.of(DiracLoss.NON_SATURATING).field(1, 1);
        assertNotEquals(gan.theta(), ns.theta(), 1e-6);
        assertEquals(gan.psi(), ns.psi(), 0, "D's update is the same");
    }

    @Test
    void badParametersAreRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GAN.withR1(-1));
        assertTrue(e.getMessage().contains("r1Gamma"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new DiracDynamics(GAN, 0, 0.1));
        assertTrue(e.getMessage().contains("learning rates"), e.getMessage());
    }

    private static EigenPair numericEigen(DiracDynamics dyn, double e, boolean simultaneous) {
        java.util.function.UnaryOperator<DiracPoint> step = simultaneous ? dyn::simultaneous : dyn::alternating;
        DiracPoint tp = step.apply(new DiracPoint(e, 0));
        DiracPoint tm = step.apply(new DiracPoint(-e, 0));
        DiracPoint pp = step.apply(new DiracPoint(0, e));
        DiracPoint pm = step.apply(new DiracPoint(0, -e));
        return EigenPair.of((tp.theta() - tm.theta()) / (2 * e), (pp.theta() - pm.theta()) / (2 * e),
                (tp.psi() - tm.psi()) / (2 * e), (pp.psi() - pm.psi()) / (2 * e));
    }

    private static void assertMatches(EigenPair closed, EigenPair numeric, String what) {
        assertEquals(closed.re1(), numeric.re1(), 1e-7, what);
        assertEquals(closed.re2(), numeric.re2(), 1e-7, what);
        assertEquals(Math.abs(closed.im1()), Math.abs(numeric.im1()), 1e-7, what);
    }
}
