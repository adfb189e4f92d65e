package org.ganclassroom.ui.dirac;

import org.ganclassroom.sim.dirac.DiracDynamics;
import org.ganclassroom.sim.dirac.EigenPair;
import org.ganclassroom.ui.common.FixedDecimals;

import java.util.Optional;

/** The eigenvalue lines under the portrait, in words a student can act on. */
final class EigenReadout {
    private static final double ON_CIRCLE = 1e-9;

    private EigenReadout() {
    }

    /** The flow's eigenvalues at (0, 0) and what their real part means. */
    static String flow(DiracDynamics dyn, boolean ttur) {
        Optional<EigenPair> e = dyn.flowEigenvalues();
        if (e.isEmpty()) {
            return "Jacobian at (0, 0): none. WGAN-GP's penalty (|ψ| − 1)² has a kink at ψ = 0, so the field has no "
                    + "derivative there and no eigenvalues; such training need not converge (Mescheder et al. 2018).";
        }
        EigenPair p = e.get();
        String of = ttur ? "Eigenvalues of diag(1, " + FixedDecimals.format(DiracSetup.TTUR_RATIO, 0) + ")·v′(0, 0): "
                : "Eigenvalues of the Jacobian v′(0, 0): ";
        double re = p.maxRealPart();
        String verdict = Math.abs(re) < ON_CIRCLE
                ? "real part 0, so the flow circles the equilibrium forever."
                : re < 0 ? "real parts below 0, so the flow " + (p.isComplex() ? "spirals" : "runs") + " into (0, 0)."
                : "a real part above 0, so the flow moves away from (0, 0).";
        return of + pair(p) + ": " + verdict;
    }

    /** |λ| of both updates at the current rates. */
    static String steps(DiracDynamics dyn) {
        Optional<EigenPair> s = dyn.simultaneousEigenvalues();
        Optional<EigenPair> a = dyn.alternatingEigenvalues();
        if (s.isEmpty() || a.isEmpty()) {
            return "Per step: no linearisation at the kink; watch the trajectories instead.";
        }
        return "Per step (h = " + FixedDecimals.format(dyn.rateG(), 2) + "): simultaneous |λ| = "
                + radius(s.get()) + ", alternating |λ| = " + radius(a.get()) + ".";
    }

    private static String radius(EigenPair p) {
        double r = p.spectralRadius();
        String verdict = Math.abs(r - 1) < ON_CIRCLE ? " (= 1: circles)" : r < 1 ? " (< 1: converges)"
                : " (> 1: spirals out)";
        return FixedDecimals.format(r, 4) + verdict;
    }

    static String pair(EigenPair p) {
        if (p.isComplex()) {
            String re = Math.abs(p.re1()) < ON_CIRCLE ? "" : number(p.re1()) + " ";
            return re + (re.isEmpty() ? "±" : "± ") + FixedDecimals.format(Math.abs(p.im1()), 3) + "i";
        }
        return number(p.re1()) + " and " + number(p.re2());
    }

    private static String number(double v) {
        String s = FixedDecimals.format(Math.abs(v), 3);
        return v < 0 ? "−" + s : s;
    }
}
