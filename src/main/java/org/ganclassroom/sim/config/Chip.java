package org.ganclassroom.sim.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The Mini Lab's stabilisation chips: each one a switch on a running simulation. Ids are stable (lesson
 * files and the timeline name them). A chip is read from, and written into, a run's {@link LiveSettings};
 * switching it off and on again restores the same settings, because every {@link Stabilisers} chip keeps its
 * parameter while off.
 * <ul>
 *     <li>{@link #NONSATURATING}: objective "nonsaturating" (−log D(G(z))) on, "minimax" (log(1 − D(G(z)))) off</li>
 *     <li>{@link #DSTEPS}: k = 5 discriminator steps per generator step on, k = 1 off</li>
 *     <li>{@link #WASSERSTEIN}: objective "wasserstein" with weight clipping on; off goes back to
 *         "nonsaturating" without clipping</li>
 *     <li>the others: their {@link Stabilisers} flag</li>
 * </ul>
 * {@link #PACKING} widens D's input to m samples, so a run keeps the packing it was built with: switching it
 * changes the settings, which take effect when the run is started again ({@link #changesNetworkShape()}).
 * Switching the objective chips away from a Wasserstein critic also switches its weight clipping off, since
 * clipping belongs to that chip.
 */
public enum Chip {
    NONSATURATING("nonsaturating", "Non-saturating G loss"),
    DSTEPS("dsteps", "k D steps"),
    LABEL_SMOOTHING("labelsmoothing", "Label smoothing"),
    INSTANCE_NOISE("instancenoise", "Instance noise"),
    GRADIENT_PENALTY("gradientpenalty", "Gradient penalty"),
    R1("r1", "R1 penalty"),
    SPECTRAL_NORM("spectralnorm", "Spectral norm"),
    WASSERSTEIN("wasserstein", "Wasserstein + clipping"),
    TTUR("ttur", "Two time-scales"),
    MINIBATCH_STD("minibatchstd", "Minibatch std-dev"),
    EMA("ema", "Generator EMA"),
    // issue 16: the mode-collapse cures of the papers' benchmark
    PACKING("pacgan", "PacGAN packing"),
    UNROLLED("unrolled", "Unrolled D");

    /** Objective ids the chips switch between. */
    public static final String NONSATURATING_OBJECTIVE = "nonsaturating";
    public static final String MINIMAX_OBJECTIVE = "minimax";
    public static final String WASSERSTEIN_OBJECTIVE = "wasserstein";
    /** k when the {@link #DSTEPS} chip is on. */
    public static final int MANY_D_STEPS = 5;

    private final String id;
    private final String displayName;

    Chip(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /** Stable id used in lesson files, the timeline and chips.yaml, e.g. "gradientpenalty". */
    public String id() {
        return id;
    }

    /** Short name for the chip's button. */
    public String displayName() {
        return displayName;
    }

    public static Optional<Chip> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.id.equals(wanted)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Chip::id).toList();
    }

    /** True when the chip changes a network's shape, so that it only takes effect in a run started with it. */
    public boolean changesNetworkShape() {
        return this == PACKING;
    }

    /** Whether the chip is on in these settings. */
    public boolean isOn(TrainingSpec training, Stabilisers s) {
        String objective = training.objective();
        return switch (this) {
            case NONSATURATING -> NONSATURATING_OBJECTIVE.equals(objective);
            case DSTEPS -> s.dSteps() > 1;
            case LABEL_SMOOTHING -> s.labelSmoothing();
            case INSTANCE_NOISE -> s.instanceNoise();
            case GRADIENT_PENALTY -> s.gradientPenalty();
            case R1 -> s.r1();
            case SPECTRAL_NORM -> s.spectralNorm();
            case WASSERSTEIN -> WASSERSTEIN_OBJECTIVE.equals(objective);
            case TTUR -> s.twoTimeScale();
            case MINIBATCH_STD -> s.minibatchStd();
            case EMA -> s.generatorEma();
            case PACKING -> s.packing();
            case UNROLLED -> s.unrolled();
        };
    }

    public boolean isOn(LiveSettings settings) {
        return isOn(settings.training(), settings.stabilisers());
    }

    /** The settings with this chip switched on or off; everything the chip does not own is left alone. */
    public LiveSettings apply(TrainingSpec training, Stabilisers s, boolean on) {
        LiveSettings now = new LiveSettings(training, s);
        boolean wasCritic = WASSERSTEIN_OBJECTIVE.equals(training.objective());
        return switch (this) {
            case NONSATURATING -> leaveCritic(now.withObjective(on ? NONSATURATING_OBJECTIVE : MINIMAX_OBJECTIVE),
                    wasCritic);
            case DSTEPS -> stab(now, b -> b.dSteps = on ? MANY_D_STEPS : 1);
            case LABEL_SMOOTHING -> stab(now, b -> b.labelSmoothing = on);
            case INSTANCE_NOISE -> stab(now, b -> b.instanceNoise = on);
            case GRADIENT_PENALTY -> stab(now, b -> b.gradientPenalty = on);
            case R1 -> stab(now, b -> b.r1 = on);
            case SPECTRAL_NORM -> stab(now, b -> b.spectralNorm = on);
            case WASSERSTEIN -> on
                    ? stab(now.withObjective(WASSERSTEIN_OBJECTIVE), b -> b.weightClipping = true)
                    : leaveCritic(wasCritic ? now.withObjective(NONSATURATING_OBJECTIVE) : now, true);
            case TTUR -> stab(now, b -> b.twoTimeScale = on);
            case MINIBATCH_STD -> stab(now, b -> b.minibatchStd = on);
            case EMA -> stab(now, b -> b.generatorEma = on);
            case PACKING -> stab(now, b -> b.packing = on);
            case UNROLLED -> stab(now, b -> b.unrolled = on);
        };
    }

    public LiveSettings apply(LiveSettings settings, boolean on) {
        return apply(settings.training(), settings.stabilisers(), on);
    }

    /** Flips the chip. */
    public LiveSettings toggle(LiveSettings settings) {
        return apply(settings, !isOn(settings));
    }

    /** The chips that are on in these settings, in enum order. */
    public static List<Chip> onIn(LiveSettings settings) {
        Predicate<Chip> on = c -> c.isOn(settings);
        return Arrays.stream(values()).filter(on).toList();
    }

    private static LiveSettings stab(LiveSettings now, Consumer<Stabilisers.Builder> change) {
        Stabilisers.Builder b = now.stabilisers().toBuilder();
        change.accept(b);
        return now.withStabilisers(b.build());
    }

    /** Leaving a Wasserstein critic: its weight clipping goes with it. */
    private static LiveSettings leaveCritic(LiveSettings now, boolean wasCritic) {
        return wasCritic ? stab(now, b -> b.weightClipping = false) : now;
    }
}
