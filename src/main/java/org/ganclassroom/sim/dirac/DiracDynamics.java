package org.ganclassroom.sim.dirac;

import java.util.Optional;

/**
 * Gradient play on a {@link DiracGame} with learning rates h_G for θ and h_D for ψ (TTUR when they differ), and the
 * spectra that decide whether it converges to the equilibrium (0, 0) (Mescheder, Geiger and Nowozin 2018, §2 and
 * appendix A; Mescheder, Nowozin and Geiger 2017). With J = v'(0, 0) and H = diag(h_G, h_D):
 * <ul>
 *   <li>simultaneous steps x ← x + H·v(x): update Jacobian I + HJ; unregularised its eigenvalues are
 *       1 ± i·h·f'(0), of modulus √(1 + h²f'(0)²) &gt; 1;</li>
 *   <li>alternating steps (D first, then G at the new ψ): update Jacobian
 *       [[1, h_G J₁₂], [0, 1]]·[[1, 0], [h_D J₂₁, 1 + h_D J₂₂]] (J₁₁ = 0); unregularised its eigenvalues are
 *       1 − α²/2 ± √((1 − α²/2)² − 1) with α = √(h_G h_D)·f'(0), on the unit circle for α ≤ 2;</li>
 *   <li>the flow θ̇ = v_θ, ψ̇ = (h_D/h_G)·v_ψ (the continuous limit in G's time): Jacobian diag(1, h_D/h_G)·J.</li>
 * </ul>
 */
public record DiracDynamics(DiracGame game, double rateG, double rateD) {
    public DiracDynamics {
        if (game == null) {
            throw new IllegalArgumentException("game must be given");
        }
        if (!(rateG > 0) || !(rateD > 0) || Double.isInfinite(rateG) || Double.isInfinite(rateD)) {
            throw new IllegalArgumentException("learning rates must be finite and > 0, got " + rateG + ", " + rateD);
        }
    }

    /** One simultaneous step: both players move along v evaluated at the same point. */
    public DiracPoint simultaneous(DiracPoint p) {
        DiracPoint v = game.field(p);
        return new DiracPoint(p.theta() + rateG * v.theta(), p.psi() + rateD * v.psi());
    }

    /** One alternating step: D moves first, then G moves against the updated D. */
    public DiracPoint alternating(DiracPoint p) {
        double psi = p.psi() + rateD * game.field(p).psi();
        double theta = p.theta() + rateG * game.field(p.theta(), psi).theta();
        return new DiracPoint(theta, psi);
    }

    /** Eigenvalues of diag(1, h_D/h_G)·v'(0, 0); empty where v is not differentiable (WGAN-GP). */
    public Optional<EigenPair> flowEigenvalues() {
        double r = rateD / rateG;
        return game.jacobianAtEquilibrium().map(j -> EigenPair.of(j[0], j[1], r * j[2], r * j[3]));
    }

    /** Eigenvalues of the simultaneous update's Jacobian I + H·v'(0, 0). */
    public Optional<EigenPair> simultaneousEigenvalues() {
        return game.jacobianAtEquilibrium().map(j ->
                EigenPair.of(1 + rateG * j[0], rateG * j[1], rateD * j[2], 1 + rateD * j[3]));
    }

    /** Eigenvalues of the alternating update's Jacobian (D first, then G). */
    public Optional<EigenPair> alternatingEigenvalues() {
        return game.jacobianAtEquilibrium().map(j -> {
            // D's step: ψ' = ψ + h_D(J₂₁θ + J₂₂ψ); then G's: θ' = θ + h_G(J₁₁θ + J₁₂ψ')
            double[] d = {1, 0, rateD * j[2], 1 + rateD * j[3]};
            double[] g = {1 + rateG * j[0], rateG * j[1], 0, 1};
            return EigenPair.of(g[0] * d[0] + g[1] * d[2], g[0] * d[1] + g[1] * d[3],
                    g[2] * d[0] + g[3] * d[2], g[2] * d[1] + g[3] * d[3]);
        });
    }
}
