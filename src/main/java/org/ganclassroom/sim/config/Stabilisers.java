package org.ganclassroom.sim.config;

/**
 * The stabilisation "chips", each switchable on a running simulation between two steps. Every chip keeps
 * its parameter while off, so switching it back on restores the same setting.
 *
 * @param dSteps          k, discriminator updates per generator update (Goodfellow et al. 2014, Alg. 1)
 * @param labelSmoothing  one-sided label smoothing: real target {@code smoothedLabel} instead of 1 (Salimans et al. 2016)
 * @param instanceNoise   add N(0, σ_t²) to every discriminator input, σ_t = σ·max(0, 1 − t/T) (Sønderby et al. 2017)
 * @param gradientPenalty WGAN-GP: λ·E[(‖∇_x̂ D(x̂)‖ − 1)²] on random interpolates (Gulrajani et al. 2017)
 * @param r1              R1: (γ/2)·E_data[‖∇_x D(x)‖²] on real samples (Mescheder et al. 2018)
 * @param spectralNorm    every D layer uses W/σ(W) (Miyato et al. 2018)
 * @param weightClipping  clamp every D parameter to [−c, c] after each update (Arjovsky et al. 2017)
 * @param twoTimeScale    D learning rate × {@code dLrFactor} (TTUR, Heusel et al. 2017)
 * @param minibatchStd    append the batch's mean standard deviation as an extra D input (Karras et al. 2018)
 * @param generatorEma    measure and show an exponential moving average of G's weights (Yazıcı et al. 2019)
 * @param packing         PacGAN: D judges packs of {@code packSize} samples concatenated, real packs against fake
 *                        packs (Lin et al. 2018); it widens D's input, so it is fixed for a run (see {@link Chip#PACKING})
 * @param unrolled        G's update sees D after {@code unrollSteps} gradient steps of size {@code unrollLr} on the
 *                        same batch, differentiated through those steps (Metz et al. 2017), or, with
 *                        {@code unrollFirstOrder}, only evaluated there
 */
public record Stabilisers(
        int dSteps,
        boolean labelSmoothing, double smoothedLabel,
        boolean instanceNoise, double noiseSigma, int noiseAnnealSteps,
        boolean gradientPenalty, double gpLambda,
        boolean r1, double r1Gamma,
        boolean spectralNorm,
        boolean weightClipping, double clipValue,
        boolean twoTimeScale, double dLrFactor,
        boolean minibatchStd,
        boolean generatorEma, double emaDecay,
        boolean packing, int packSize,
        boolean unrolled, int unrollSteps, double unrollLr, boolean unrollFirstOrder) {

    /** Largest pack PacGAN's chip takes (the paper's m = 2, 3, 4). */
    public static final int MAX_PACK = 4;
    /** Largest number of unrolled D steps. */
    public static final int MAX_UNROLL = 10;

    /** Every chip off, with sensible parameters ready for when it is switched on. */
    public static Stabilisers none() {
        return new Stabilisers(1, false, 0.9, false, 0.5, 2000, false, 10.0, false, 1.0, false,
                false, 0.1, false, 4.0, false, false, 0.99, false, 2, false, 5, 0.1, false);
    }

    /** A builder starting from these settings, for changing a chip or two. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.dSteps = dSteps;
        b.labelSmoothing = labelSmoothing;
        b.smoothedLabel = smoothedLabel;
        b.instanceNoise = instanceNoise;
        b.noiseSigma = noiseSigma;
        b.noiseAnnealSteps = noiseAnnealSteps;
        b.gradientPenalty = gradientPenalty;
        b.gpLambda = gpLambda;
        b.r1 = r1;
        b.r1Gamma = r1Gamma;
        b.spectralNorm = spectralNorm;
        b.weightClipping = weightClipping;
        b.clipValue = clipValue;
        b.twoTimeScale = twoTimeScale;
        b.dLrFactor = dLrFactor;
        b.minibatchStd = minibatchStd;
        b.generatorEma = generatorEma;
        b.emaDecay = emaDecay;
        b.packing = packing;
        b.packSize = packSize;
        b.unrolled = unrolled;
        b.unrollSteps = unrollSteps;
        b.unrollLr = unrollLr;
        b.unrollFirstOrder = unrollFirstOrder;
        return b;
    }

    /** Mutable twin of {@link Stabilisers}; fields are public because it is a plain value holder. */
    public static final class Builder {
        public int dSteps;
        public boolean labelSmoothing;
        public double smoothedLabel;
        public boolean instanceNoise;
        public double noiseSigma;
        public int noiseAnnealSteps;
        public boolean gradientPenalty;
        public double gpLambda;
        public boolean r1;
        public double r1Gamma;
        public boolean spectralNorm;
        public boolean weightClipping;
        public double clipValue;
        public boolean twoTimeScale;
        public double dLrFactor;
        public boolean minibatchStd;
        public boolean generatorEma;
        public double emaDecay;
        public boolean packing;
        public int packSize;
        public boolean unrolled;
        public int unrollSteps;
        public double unrollLr;
        public boolean unrollFirstOrder;

        public Stabilisers build() {
            return new Stabilisers(dSteps, labelSmoothing, smoothedLabel, instanceNoise, noiseSigma,
                    noiseAnnealSteps, gradientPenalty, gpLambda, r1, r1Gamma, spectralNorm, weightClipping,
                    clipValue, twoTimeScale, dLrFactor, minibatchStd, generatorEma, emaDecay, packing, packSize,
                    unrolled, unrollSteps, unrollLr, unrollFirstOrder);
        }
    }

    /** m, samples per pack D judges: {@code packSize} with packing on, else 1. */
    public int pack() {
        return packing ? packSize : 1;
    }

    /** Real-sample target label seen by label-based objectives. */
    public double realTarget() {
        return labelSmoothing ? smoothedLabel : 1.0;
    }

    /** Instance-noise standard deviation at training step t (0 when the chip is off). */
    public double instanceNoiseSigmaAt(long step) {
        if (!instanceNoise) {
            return 0.0;
        }
        if (noiseAnnealSteps <= 0) {
            return noiseSigma;
        }
        return noiseSigma * Math.max(0.0, 1.0 - (double) step / noiseAnnealSteps);
    }
}
