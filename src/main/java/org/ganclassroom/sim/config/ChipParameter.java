package org.ganclassroom.sim.config;

import java.util.Optional;

/**
 * The one number of a chip that a chip card sets on a running GAN, between two steps: k, the smoothed target, σ, λ,
 * γ, c, the TTUR factor or the EMA decay, within the range the experiment format accepts. Chips without a number
 * (e.g. spectral norm), and PacGAN, whose pack size fixes D's input width for a run, have none.
 * <p>Setting a number never switches a chip on or off, except k: k = 1 is the chip off, k ≥ 2 on with that k.
 *
 * @param symbol      the name on the card, e.g. "λ"
 * @param description what the number is, e.g. "penalty weight"
 * @param min         smallest value
 * @param max         largest value
 * @param step        one click of the card's control
 */
public record ChipParameter(Chip chip, String symbol, String description, double min, double max, double step) {

    /** The chip's number, if it has one a running GAN can take. */
    public static Optional<ChipParameter> of(Chip chip) {
        return Optional.ofNullable(switch (chip) {
            case DSTEPS -> new ChipParameter(chip, "k", "D updates per G update", 1, 20, 1);
            case LABEL_SMOOTHING -> new ChipParameter(chip, "target", "label for real samples", 0.5, 1, 0.05);
            case INSTANCE_NOISE -> new ChipParameter(chip, "σ", "noise at step 0", 0, 5, 0.05);
            case GRADIENT_PENALTY -> new ChipParameter(chip, "λ", "penalty weight", 0, 100, 1);
            case R1 -> new ChipParameter(chip, "γ", "penalty weight", 0, 100, 0.5);
            case WASSERSTEIN -> new ChipParameter(chip, "c", "clip bound", 0.001, 10, 0.005);
            case TTUR -> new ChipParameter(chip, "factor", "D's learning rate × factor", 0.25, 100, 0.25);
            case EMA -> new ChipParameter(chip, "decay", "weight of the old average", 0.5, 0.99999, 0.001);
            default -> null;
        });
    }

    /** Whether the number is a count (k). */
    public boolean integer() {
        return chip == Chip.DSTEPS;
    }

    /** The number in these settings. */
    public double get(Stabilisers s) {
        return switch (chip) {
            case DSTEPS -> s.dSteps();
            case LABEL_SMOOTHING -> s.smoothedLabel();
            case INSTANCE_NOISE -> s.noiseSigma();
            case GRADIENT_PENALTY -> s.gpLambda();
            case R1 -> s.r1Gamma();
            case WASSERSTEIN -> s.clipValue();
            case TTUR -> s.dLrFactor();
            case EMA -> s.emaDecay();
            default -> throw new IllegalStateException(chip + " has no parameter");
        };
    }

    /** These settings with the number set to {@code value}, clamped into [min, max] (k rounded); NaN changes nothing. */
    public Stabilisers with(Stabilisers s, double value) {
        if (Double.isNaN(value)) {
            return s;
        }
        double v = Math.max(min, Math.min(max, value));
        Stabilisers.Builder b = s.toBuilder();
        switch (chip) {
            case DSTEPS -> b.dSteps = (int) Math.round(v);
            case LABEL_SMOOTHING -> b.smoothedLabel = v;
            case INSTANCE_NOISE -> b.noiseSigma = v;
            case GRADIENT_PENALTY -> b.gpLambda = v;
            case R1 -> b.r1Gamma = v;
            case WASSERSTEIN -> b.clipValue = v;
            case TTUR -> b.dLrFactor = v;
            case EMA -> b.emaDecay = v;
            default -> throw new IllegalStateException(chip + " has no parameter");
        }
        return b.build();
    }

    public LiveSettings with(LiveSettings s, double value) {
        return s.withStabilisers(with(s.stabilisers(), value));
    }
}
