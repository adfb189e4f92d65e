package org.ganclassroom.sim.dirac;

/** A point (θ, ψ) of the Dirac-GAN's parameter plane: the generator's Dirac position and the discriminator's slope. */
public record DiracPoint(double theta, double psi) {
    public static final DiracPoint EQUILIBRIUM = new DiracPoint(0, 0);

    /** The Euclidean distance √(θ² + ψ²) from the equilibrium (0, 0). */
    public double norm() {
        return Math.hypot(theta, psi);
    }

    public boolean isFinite() {
        return Double.isFinite(theta) && Double.isFinite(psi);
    }
}
