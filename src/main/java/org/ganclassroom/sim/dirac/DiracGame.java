package org.ganclassroom.sim.dirac;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

import java.util.Optional;

/**
 * The Dirac-GAN of Mescheder, Geiger and Nowozin (2018, §2): data p_D = δ_0, generator p_θ = δ_θ, linear
 * discriminator D_ψ(x) = ψ·x, with the regularisers of their §3. The discriminator ascends
 * <pre>
 *   L_D(θ, ψ) = E_ε[f(ψ(θ + ε))] + E_ε[f(−ψε)] − (γ/2)·ψ² − (λ/2)·(|ψ| − g₀)²,   ε ~ N(0, σ²)
 * </pre>
 * (σ: instance noise added to real and fake points; γ: R1, since E_{p_D}‖∇_x D_ψ‖² = ψ²; λ: the WGAN-GP penalty with
 * target norm g₀, whose ‖∇_x D_ψ‖ = |ψ| is the same at every interpolate). The generator descends E_ε[f(ψ(θ + ε))],
 * or −E_ε[f(−ψ(θ + ε))] when non-saturating. The gradient vector field is
 * <pre>
 *   v_θ = −ψ·E[f'(ψ(θ + ε))]   (non-saturating: −ψ·E[f'(−ψ(θ + ε))])
 *   v_ψ = E[(θ + ε)·f'(ψ(θ + ε))] − E[ε·f'(−ψε)] − γψ − λ(|ψ| − g₀)·sign ψ
 * </pre>
 * which for σ = γ = λ = 0 is the paper's v(θ, ψ) = (−ψ f'(θψ), θ f'(θψ)). Expectations over ε use Gauss–Hermite
 * quadrature; for the linear Wasserstein f they are exact.
 *
 * @param gpTarget g₀, the gradient norm WGAN-GP pulls towards (1 in Gulrajani et al. 2017)
 */
public record DiracGame(DiracLoss loss, double r1Gamma, double noiseSigma, double gpLambda, double gpTarget) {
    private static final int HERMITE_NODES = 40;
    private static final double[] NODE;
    private static final double[] WEIGHT;

    static {
        GaussIntegrator rule = new GaussIntegratorFactory().hermite(HERMITE_NODES);
        NODE = new double[rule.getNumberOfPoints()];
        WEIGHT = new double[rule.getNumberOfPoints()];
        for (int i = 0; i < NODE.length; i++) {
            // ∫ g(x) e^{−x²} dx with x = ε/(σ√2) is √π·E[g(ε)]
            NODE[i] = Math.sqrt(2) * rule.getPoint(i);
            WEIGHT[i] = rule.getWeight(i) / Math.sqrt(Math.PI);
        }
    }

    public DiracGame {
        if (loss == null) {
            throw new IllegalArgumentException("loss must be given");
        }
        check("r1Gamma", r1Gamma);
        check("noiseSigma", noiseSigma);
        check("gpLambda", gpLambda);
        check("gpTarget", gpTarget);
    }

    /** The unregularised game with the given loss. */
    public static DiracGame of(DiracLoss loss) {
        return new DiracGame(loss, 0, 0, 0, 1);
    }

    public DiracGame withR1(double gamma) {
        return new DiracGame(loss, gamma, noiseSigma, gpLambda, gpTarget);
    }

    public DiracGame withNoise(double sigma) {
        return new DiracGame(loss, r1Gamma, sigma, gpLambda, gpTarget);
    }

    public DiracGame withGradientPenalty(double lambda) {
        return new DiracGame(loss, r1Gamma, noiseSigma, lambda, gpTarget);
    }

    /** The vector field v(θ, ψ) described above: the direction gradient play moves (θ, ψ). */
    public DiracPoint field(double theta, double psi) {
        double vTheta;
        double vPsi;
        if (noiseSigma == 0 || loss == DiracLoss.WASSERSTEIN) {
            double s = psi * theta;
            vTheta = -psi * loss.generatorSlope(s);
            vPsi = theta * loss.fPrime(s);
        } else {
            vTheta = 0;
            vPsi = 0;
            for (int i = 0; i < NODE.length; i++) {
                double eps = noiseSigma * NODE[i];
                double fake = theta + eps;
                vTheta -= WEIGHT[i] * psi * loss.generatorSlope(psi * fake);
                vPsi += WEIGHT[i] * (fake * loss.fPrime(psi * fake) - eps * loss.fPrime(-psi * eps));
            }
        }
        vPsi -= r1Gamma * psi;
        vPsi -= gpLambda * (Math.abs(psi) - gpTarget) * Math.signum(psi);
        return new DiracPoint(vTheta, vPsi);
    }

    public DiracPoint field(DiracPoint p) {
        return field(p.theta(), p.psi());
    }

    /**
     * The Jacobian v'(0, 0) in closed form, {a, b, c, d} for [[a, b], [c, d]]:
     * [[0, −f'(0)], [f'(0), 2f''(0)σ² − γ]] (the paper's §2–3: f'(0) on the off-diagonal, instance noise adds
     * 2f''(0)σ², R1 adds −γ). Empty with the gradient penalty: |ψ| has a kink at ψ = 0, so v is not differentiable
     * at the equilibrium.
     */
    public Optional<double[]> jacobianAtEquilibrium() {
        if (gpLambda > 0) {
            return Optional.empty();
        }
        double c = loss.fPrime(0);
        double d = 2 * loss.fSecond(0) * noiseSigma * noiseSigma - r1Gamma;
        return Optional.of(new double[]{0, -c, c, d});
    }

    private static void check(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number ≥ 0, got " + value);
        }
    }
}
