package org.ganclassroom.sim.config;

import org.ganclassroom.sim.data.DataPresets;
import org.ganclassroom.sim.nn.Activation;
import org.ganclassroom.sim.optim.OptimizerKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named starting points for a run. Every data preset is also an experiment preset with defaults chosen
 * for a classroom demo (visible progress within seconds); a few extra presets show particular effects.
 */
public final class ExperimentPresets {
    /** The default data set and the base of the 1-D presets: the two-mode mixture. */
    public static final String DEFAULT = "mixture2";
    /**
     * The course's default 1-D run, which the lessons, the Mini Lab, the Simulator page and {@code sim} start on:
     * it learns and stays learned.
     */
    public static final String COURSE_DEFAULT = "settled";
    /** The default 2-D run. */
    public static final String DEFAULT_2D = "ring8";

    private static final Map<String, String> EXTRA = new LinkedHashMap<>();

    static {
        EXTRA.put("reference", "the benchmark's reference config (two-mode mixture, 1-16-16-1 tanh, Adam 1e-3)");
        EXTRA.put("saturating", "one bump far from G's start, the paper's minimax loss log(1 − D(G(z))), SGD: G stalls");
        EXTRA.put("disjoint", "one far bump, minimax loss, 5 D steps: disjoint supports, G's gradient vanishes");
        EXTRA.put("wgan", "two-mode mixture, Wasserstein critic with weight clipping");
        EXTRA.put("wgan-far", "one far bump, Wasserstein critic with clipping, a slow G: the critic's estimate falls as"
                + " the fakes approach");
        EXTRA.put("wgan-gp", "two-mode mixture, Wasserstein critic with gradient penalty");
        EXTRA.put("settled", "two-mode mixture that learns and stays learned: two noise inputs, slower G,"
                + " wider D, batch 1024, G's average shown");
        EXTRA.put("equal-rates", "two-mode mixture, G and D at the same learning rate: it gets close, then drifts away");
        EXTRA.put("ring8-collapse", "ring of 8 with a generator 20× faster than D: it keeps a few clusters and hops");
        EXTRA.put("fgan-kl", "two-mode mixture, f-GAN with the KL divergence: its bound against the true value");
        EXTRA.put("fgan-hellinger", "two-mode mixture, f-GAN with the squared Hellinger distance (finite, so its"
                + " bound can be seen closing on it)");
        EXTRA.put("lsgan", "the settled two-mode run with the least-squares loss (labels a = 0, b = 1, c = 1)");
        EXTRA.put("hinge", "the settled two-mode run with the hinge loss");
    }

    private ExperimentPresets() {
    }

    public static List<String> names() {
        List<String> out = new ArrayList<>(DataPresets.ids());
        out.addAll(EXTRA.keySet());
        out.addAll(BenchmarkPresets.names()); // issue 16
        return out;
    }

    public static String description(String name) {
        if (BenchmarkPresets.contains(name)) { // issue 16
            return BenchmarkPresets.description(name);
        }
        return EXTRA.containsKey(name) ? EXTRA.get(name) : DataPresets.description(name);
    }

    /** The preset's config; an unknown name is a ConfigException listing the valid ones. */
    public static ExperimentConfig get(String name) {
        if (BenchmarkPresets.contains(name)) { // issue 16
            return BenchmarkPresets.get(name);
        }
        if (EXTRA.containsKey(name)) {
            ExperimentConfig base = oneD(DataSpec.preset(DEFAULT));
            Stabilisers none = Stabilisers.none();
            TrainingSpec t = base.training();
            return switch (name) {
                case "settled" -> courseDefault(base);
                case "equal-rates" -> base.withTraining(new TrainingSpec(t.objective(), t.optimizer(), 1e-3, 1e-3,
                        t.beta1(), t.beta2(), LARGE_BATCH));
                case "ring8-collapse" -> {
                    ExperimentConfig ring = twoD(DataSpec.preset(DEFAULT_2D));
                    TrainingSpec r = ring.training();
                    yield ring.withTraining(new TrainingSpec(r.objective(), r.optimizer(), 1e-2, 5e-4, r.beta1(),
                            r.beta2(), r.batchSize()));
                }
                case "fgan-kl" -> settled(base).withTraining(new TrainingSpec("fgan-kl", t.optimizer(), SETTLED_LR_G,
                        t.lrD(), t.beta1(), t.beta2(), LARGE_BATCH)).withStabilisers(none);
                case "fgan-hellinger" -> settled(base).withTraining(new TrainingSpec("fgan-hellinger", t.optimizer(),
                        SETTLED_LR_G, t.lrD(), t.beta1(), t.beta2(), LARGE_BATCH)).withStabilisers(none);
                case "lsgan" -> settledWith(base, "leastsquares");
                case "hinge" -> settledWith(base, "hinge");
                case "saturating" -> far(base, 1);
                case "disjoint" -> far(base, DISJOINT_D_STEPS);
                case "wgan" -> base.withTraining(new TrainingSpec("wasserstein", OptimizerKind.ADAM, 5e-4, 5e-4,
                        0.5, 0.9, t.batchSize())).withStabilisers(critic(none, false));
                case "wgan-far" -> oneD(DataSpec.preset("far")).withTraining(new TrainingSpec("wasserstein",
                        OptimizerKind.ADAM, WGAN_FAR_LR_G, 5e-4, 0.5, 0.9, t.batchSize())).withStabilisers(critic(none, false));
                case "wgan-gp" -> base.withTraining(new TrainingSpec("wasserstein", OptimizerKind.ADAM, 1e-3, 1e-3,
                        0.5, 0.9, t.batchSize())).withStabilisers(critic(none, true));
                default -> base;
            };
        }
        if (!DataPresets.ids().contains(name)) {
            String shown = name.length() > 40 ? name.substring(0, 40) + "…" : name;
            throw new IllegalArgumentException("unknown preset \"" + shown + "\"; valid presets: "
                    + listed(names()));
        }
        return defaultsFor(DataSpec.preset(name));
    }

    /**
     * Names joined for a message, with three or more that differ only after their last hyphen written once,
     * e.g. {@code ring8-pacgan-{gan, pacgan4, unrolled, cured}}, so an error line stays readable.
     */
    public static String listed(List<String> names) {
        Map<String, List<String>> byPrefix = new LinkedHashMap<>();
        for (String n : names) {
            int cut = n.lastIndexOf('-');
            if (cut > 0) {
                byPrefix.computeIfAbsent(n.substring(0, cut), k -> new ArrayList<>()).add(n);
            }
        }
        List<String> parts = new ArrayList<>();
        java.util.Set<String> done = new java.util.HashSet<>();
        for (String n : names) {
            int cut = n.lastIndexOf('-');
            String prefix = cut > 0 ? n.substring(0, cut) : n;
            List<String> group = byPrefix.get(prefix);
            if (cut <= 0 || group.size() < 3) {
                parts.add(n);
            } else if (done.add(prefix)) {
                List<String> tails = group.stream().map(g -> g.substring(cut + 1)).toList();
                parts.add(prefix + "-{" + String.join(", ", tails) + "}");
            }
        }
        return String.join(", ", parts);
    }

    /** D steps of the disjoint-supports run: a D near its optimum, as in Arjovsky and Bottou's experiment. */
    static final int DISJOINT_D_STEPS = 5;
    /** Instance noise of the disjoint-supports run (off until its chip is on): wide enough to bridge the gap. */
    static final double DISJOINT_NOISE_SIGMA = 2.0;
    static final int DISJOINT_NOISE_ANNEAL = 4000;
    /** Learning rates of the far-bump runs: D learns 25 times faster, so it is confident before G has moved. */
    static final double FAR_LR_G = 0.002;
    static final double FAR_LR_D = 0.05;

    /**
     * The minimax loss on data far from where G starts, so that D rejects the fakes with confidence at once and
     * log(1 − D(G(z))) saturates; the instance-noise settings are the ones its chip switches on.
     */
    private static ExperimentConfig far(ExperimentConfig base, int dSteps) {
        TrainingSpec t = base.training();
        Stabilisers.Builder s = base.stabilisers().toBuilder();
        s.dSteps = dSteps;
        s.noiseSigma = DISJOINT_NOISE_SIGMA;
        s.noiseAnnealSteps = DISJOINT_NOISE_ANNEAL;
        // plain SGD: Adam would rescale the saturated gradient back to full-size steps and hide the stall
        return oneD(DataSpec.preset("far")).withTraining(new TrainingSpec("minimax", OptimizerKind.SGD, FAR_LR_G,
                FAR_LR_D, 0.0, t.beta2(), t.batchSize())).withStabilisers(s.build());
    }

    /** G's learning rate in the far-bump WGAN: slow, so the fakes take a few thousand steps to arrive. */
    static final double WGAN_FAR_LR_G = 1e-4;

    /** A Wasserstein critic's usual settings: 5 critic steps, then clipping or a gradient penalty. */
    private static Stabilisers critic(Stabilisers base, boolean penalty) {
        Stabilisers.Builder b = base.toBuilder();
        b.dSteps = 5;
        b.weightClipping = !penalty;
        b.gradientPenalty = penalty;
        return b.build();
    }

    /** Defaults for a data set: the 1-D or 2-D demo settings. */
    public static ExperimentConfig defaultsFor(DataSpec data) {
        return data.dimension() == 1 ? oneD(data) : twoD(data);
    }

    private static ExperimentConfig oneD(DataSpec data) {
        NetworkSpec net = new NetworkSpec(List.of(16, 16), Activation.TANH);
        return new ExperimentConfig(1, data, 1, net, net,
                new TrainingSpec("nonsaturating", OptimizerKind.ADAM, 1e-3, 1e-3, 0.5, 0.999, 64),
                Stabilisers.none(), MeasureSpec.defaults());
    }

    /** G's learning rate of the course's default run: slower than D's (two time-scales), so G does not overshoot. */
    static final double SETTLED_LR_G = 4e-4;
    /** Minibatch of the default run: large enough that G's steps are not kicked about by sampling noise. */
    static final int SETTLED_BATCH = 1024;
    /** Decay of G's shown average in the default run: it averages over about a thousand steps. */
    static final double SETTLED_EMA_DECAY = 0.999;
    /** Minibatch of the runs compared with the default (equal rates, f-GAN). */
    static final int LARGE_BATCH = 512;
    /** Decay of G's shown average in the other-objective runs (lsgan, hinge). */
    static final double OBJECTIVES_EMA_DECAY = 0.99;

    /**
     * The base of the course default and of the other-objective runs: a slower G, a large batch and G's weight
     * average shown, so that it learns and then stays learned instead of drifting back out.
     */
    private static ExperimentConfig settled(ExperimentConfig base) {
        TrainingSpec t = base.training();
        Stabilisers.Builder s = base.stabilisers().toBuilder();
        s.generatorEma = true;
        s.emaDecay = SETTLED_EMA_DECAY;
        return base.withTraining(new TrainingSpec(t.objective(), t.optimizer(), SETTLED_LR_G, t.lrD(), t.beta1(),
                t.beta2(), SETTLED_BATCH)).withStabilisers(s.build());
    }

    /** Noise inputs of the course default: G maps the plane onto the line, so p_g has no pole where G flattens. */
    static final int COURSE_DEFAULT_NOISE_DIM = 2;
    /** D of the course default: wide enough to see, and remove, a mode of p_g narrower than the data's. */
    static final List<Integer> COURSE_DEFAULT_D_HIDDEN = List.of(24, 24);
    /** D's learning rate of the course default: the wider D at 16-16's rate lets a narrow peak of p_g linger. */
    static final double COURSE_DEFAULT_LR_D = 1.5e-3;

    /**
     * The course's default run ({@link #COURSE_DEFAULT}): the settled run with two noise inputs, a wider D and a
     * faster D, so that after learning p_g also grows no spikes (docs/SCENARIOS.md has the numbers). The other
     * objectives keep {@link #settled}'s network, on which they were tuned.
     */
    private static ExperimentConfig courseDefault(ExperimentConfig base) {
        ExperimentConfig s = settled(base);
        TrainingSpec t = s.training();
        NetworkSpec d = new NetworkSpec(COURSE_DEFAULT_D_HIDDEN, s.discriminator().activation());
        TrainingSpec faster = new TrainingSpec(t.objective(), t.optimizer(), t.lrG(), COURSE_DEFAULT_LR_D, t.beta1(),
                t.beta2(), t.batchSize());
        return new ExperimentConfig(s.seed(), s.data(), COURSE_DEFAULT_NOISE_DIM, s.generator(), d, faster,
                s.stabilisers(), s.measure());
    }

    /** The settled run with another objective. */
    private static ExperimentConfig settledWith(ExperimentConfig base, String objective) {
        ExperimentConfig s = settled(base);
        TrainingSpec t = s.training();
        // these runs were tuned on the default run's earlier batch and average, which they keep
        Stabilisers.Builder b = s.stabilisers().toBuilder();
        b.emaDecay = OBJECTIVES_EMA_DECAY;
        return s.withTraining(new TrainingSpec(objective, t.optimizer(), t.lrG(), t.lrD(), t.beta1(), t.beta2(),
                LARGE_BATCH)).withStabilisers(b.build());
    }

    private static ExperimentConfig twoD(DataSpec data) {
        NetworkSpec net = new NetworkSpec(List.of(16, 16), Activation.TANH);
        return new ExperimentConfig(1, data, 2, net, net,
                new TrainingSpec("nonsaturating", OptimizerKind.ADAM, 1e-3, 1e-3, 0.5, 0.999, 64),
                Stabilisers.none(), MeasureSpec.defaults());
    }
}
