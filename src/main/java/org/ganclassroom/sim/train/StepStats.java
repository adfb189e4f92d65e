package org.ganclassroom.sim.train;

/** Scalars from the last training step; mutable so a step allocates nothing. Read it on the stepping thread. */
public final class StepStats {
    /** Discriminator loss of the last D update (to be minimised by D). */
    public double dLoss = Double.NaN;
    /** Generator loss of the last G update. */
    public double gLoss = Double.NaN;
    /** ‖∇_φ L_D‖ of the last D update (penalties included). */
    public double gradNormD = Double.NaN;
    /** ‖∇_θ L_G‖ of the last G update. */
    public double gradNormG = Double.NaN;
    /** Gradient penalty / R1 value added to the last D loss (0 when off). */
    public double penalty;
}
