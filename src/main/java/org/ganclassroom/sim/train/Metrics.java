package org.ganclassroom.sim.train;

/**
 * Every scalar the simulator measures after a step. Divergences are in nats; NaN means "does not apply"
 * (e.g. W1 in 2-D, V(D,G) for a Wasserstein critic, mode counts for a target without modes).
 *
 * @param step             SGD steps taken
 * @param jsd              JSD(p_data ‖ p_g) = ½KL(p_data‖m) + ½KL(p_g‖m), m = (p_data+p_g)/2, on the grid
 * @param klDataG          KL(p_data ‖ p_g)
 * @param klGData          KL(p_g ‖ p_data)
 * @param valueBatch       V(D,G) estimated on the last minibatch
 * @param valueGrid        V(D,G) = ∫p_data log D + ∫p_g log(1−D), by quadrature on the grid
 * @param dLoss            discriminator loss of the last update
 * @param gLoss            generator loss of the last update
 * @param gradNormD        ‖∇L_D‖ of the last update
 * @param gradNormG        ‖∇L_G‖ of the last update
 * @param w1               Wasserstein-1 distance ∫|F_data − F_g| dx (1-D only)
 * @param modesCaptured    modes with enough high-quality samples (mixture targets)
 * @param modeCount        modes of the target (0 when none)
 * @param highQualityShare share of generated samples within 3σ of some mode
 * @param fBound           f-GAN: the variational lower bound E_p[T] − E_q[f*(T)] the critic reaches
 * @param fTrue            f-GAN: the true f-divergence ∫ q f(p/q) on the grid
 * @param dGap             ∫ ½(p_data+p_g) |D − D*| : how far D is from the optimal discriminator of the game played
 * @param massOutside      share of p_g that fell outside the plotting range (counted in the JSD)
 * @param frechet          squared Fréchet distance between Gaussian fits of real and generated samples (FID's formula)
 * @param precision        share of generated samples inside the real k-NN manifold, k = 3 (NaN when not measured)
 * @param recall           share of real samples inside the generated k-NN manifold, k = 3 (NaN when not measured)
 * @param valueOptimum     V(D*,G) at the optimum D* of the game played (label smoothing and instance noise move it,
 *                         see {@link org.ganclassroom.sim.metrics.GameOptimum}); {@link #theoryValue()} when they do not
 */
public record Metrics(long step, double jsd, double klDataG, double klGData, double valueBatch, double valueGrid,
                      double dLoss, double gLoss, double gradNormD, double gradNormG, double w1,
                      int modesCaptured, int modeCount, double highQualityShare, double fBound, double fTrue,
                      double dGap, double massOutside, double frechet, double precision, double recall,
                      double valueOptimum) {
    private static final double LN2 = Math.log(2);

    /** JSD in bits (divided by ln 2), between 0 and 1. */
    public double jsdBits() {
        return jsd / LN2;
    }

    /** What V(D*,G) must equal by the seeds' theorem: −log 4 + 2·JSD. */
    public double theoryValue() {
        return -Math.log(4) + 2 * jsd;
    }
}
