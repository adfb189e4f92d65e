package org.ganclassroom.sim.dirac;

/**
 * The function f of the Dirac-GAN's objective L(θ, ψ) = f(ψθ) + f(0) (Mescheder, Geiger and Nowozin 2018, §2):
 * the discriminator ascends L, the generator descends its own loss.
 * <ul>
 *   <li>{@link #GAN}: f(t) = −log(1 + e^{−t}), the 2014 minimax game; the generator descends f(ψθ).</li>
 *   <li>{@link #NON_SATURATING}: the same f for D; the generator descends −f(−ψθ).</li>
 *   <li>{@link #WASSERSTEIN}: f(t) = t, with no constraint on the critic.</li>
 * </ul>
 */
public enum DiracLoss {
    GAN("GAN"), NON_SATURATING("non-saturating"), WASSERSTEIN("Wasserstein");

    private final String label;

    DiracLoss(String label) {
        this.label = label;
    }

    /** A name for a menu. */
    public String label() {
        return label;
    }

    /** f'(t): 1/(1 + e^t) for the cross-entropy losses, 1 for Wasserstein. */
    public double fPrime(double t) {
        if (this == WASSERSTEIN) {
            return 1;
        }
        // 1/(1+e^t) written so that neither branch overflows
        return t >= 0 ? Math.exp(-t) / (1 + Math.exp(-t)) : 1 / (1 + Math.exp(t));
    }

    /** f''(t): −e^t/(1 + e^t)² for the cross-entropy losses, 0 for Wasserstein. */
    public double fSecond(double t) {
        if (this == WASSERSTEIN) {
            return 0;
        }
        double s = fPrime(t);
        return -s * (1 - s);
    }

    /** d/ds of the generator's loss term at s = ψ(θ + ε), divided by ψ: f'(s), or f'(−s) when non-saturating. */
    double generatorSlope(double s) {
        return this == NON_SATURATING ? fPrime(-s) : fPrime(s);
    }
}
