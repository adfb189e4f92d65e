package org.ganclassroom.ui.dirac;

import org.ganclassroom.sim.dirac.DiracDynamics;
import org.ganclassroom.sim.dirac.DiracGame;
import org.ganclassroom.sim.dirac.DiracLoss;

/**
 * The widget's settings: loss, regularisers switched on and the generator's learning rate h; builds the
 * {@link DiracDynamics} they stand for. The regularisers' strengths are fixed so that each one's effect is visible
 * at the rates the slider offers.
 */
public record DiracSetup(DiracLoss loss, boolean r1, boolean noise, boolean gradientPenalty, boolean ttur,
                         double rate) {
    /** R1's γ. */
    public static final double R1_GAMMA = 0.3;
    /** Instance noise's σ. */
    public static final double NOISE_SIGMA = 1.0;
    /** WGAN-GP's λ (target norm g₀ = 1). */
    public static final double GP_LAMBDA = 1.0;
    /** With TTUR, D's learning rate is this multiple of G's. */
    public static final double TTUR_RATIO = 4.0;

    /** The lesson block's names: loss gan | nonsaturating | wasserstein; switches r1, instancenoise, gradientpenalty, ttur. */
    public static DiracSetup of(String loss, java.util.List<String> switches, double rate) {
        DiracLoss l = switch (loss) {
            case "nonsaturating" -> DiracLoss.NON_SATURATING;
            case "wasserstein" -> DiracLoss.WASSERSTEIN;
            default -> DiracLoss.GAN;
        };
        return new DiracSetup(l, switches.contains("r1"), switches.contains("instancenoise"),
                switches.contains("gradientpenalty"), switches.contains("ttur"), rate);
    }

    public DiracGame game() {
        return new DiracGame(loss, r1 ? R1_GAMMA : 0, noise ? NOISE_SIGMA : 0, gradientPenalty ? GP_LAMBDA : 0, 1);
    }

    public DiracDynamics dynamics() {
        return new DiracDynamics(game(), rate, ttur ? TTUR_RATIO * rate : rate);
    }

    public DiracSetup withLoss(DiracLoss l) {
        return new DiracSetup(l, r1, noise, gradientPenalty, ttur, rate);
    }

    public DiracSetup withR1(boolean on) {
        return new DiracSetup(loss, on, noise, gradientPenalty, ttur, rate);
    }

    public DiracSetup withNoise(boolean on) {
        return new DiracSetup(loss, r1, on, gradientPenalty, ttur, rate);
    }

    public DiracSetup withGradientPenalty(boolean on) {
        return new DiracSetup(loss, r1, noise, on, ttur, rate);
    }

    public DiracSetup withTtur(boolean on) {
        return new DiracSetup(loss, r1, noise, gradientPenalty, on, rate);
    }

    public DiracSetup withRate(double h) {
        return new DiracSetup(loss, r1, noise, gradientPenalty, ttur, h);
    }
}
