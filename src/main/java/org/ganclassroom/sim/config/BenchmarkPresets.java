package org.ganclassroom.sim.config;

import org.ganclassroom.sim.nn.Activation;
import org.ganclassroom.sim.optim.OptimizerKind;

import java.util.ArrayList;
import java.util.List;

/**
 * The mode-collapse benchmark's runs (issue 16; docs/BENCHMARK.md): one preset per method and data set, named
 * {@code <data>-<method>}, e.g. {@code ring8-pacgan-gan}. The data are PacGAN's ring and grid; every method shares
 * one network and optimiser so that the rows differ only by their chips, except that the {@code cured} rows' G has
 * tanh units ({@link #CURED_G_ACTIVATION}).
 * <ul>
 *   <li>{@code gan}: the plain non-saturating GAN;</li>
 *   <li>{@code pacgan4}: PacGAN packing, m = 4 (Lin et al. 2018);</li>
 *   <li>{@code unrolled}: the unrolled discriminator, true gradient (Metz et al. 2017);</li>
 *   <li>{@code cured}: our best chip set, {@link #CURED_CHIPS}.</li>
 * </ul>
 */
public final class BenchmarkPresets {
    public static final List<String> DATA = List.of("ring8-pacgan", "grid25-pacgan");
    public static final List<String> METHODS = List.of("gan", "pacgan4", "unrolled", "cured");
    /** Training steps of the benchmark's runs on the ring and on the grid (the table states them). */
    public static final long RING_STEPS = 16000;
    public static final long GRID_STEPS = 24000;
    /** The {@code cured} rows' generator EMA decay: 0.999 still remembers the initial G after a few thousand steps. */
    public static final double CURED_EMA_DECAY = 0.99;
    /**
     * The {@code cured} rows' generator units, f(z) = tanh z, on the ring and on the grid (every other row's G uses
     * ReLU): G must map each mode's share of the noise plane onto one point, and tanh's flat tails give it those
     * plateaus where ReLU's pieces keep stretching outwards, leaving samples on the bridges between modes and
     * piling the grid's mass onto its outer modes.
     */
    public static final Activation CURED_G_ACTIVATION = Activation.TANH;
    /** The chips of the {@code cured} rows, as the table names them. */
    public static final String CURED_CHIPS = "PacGAN packing (m = 4) + minibatch std-dev + k = 5 D steps"
            + " + generator EMA (decay 0.99) + learning rates decayed tenfold over the second half"
            + " + tanh units in G";

    private BenchmarkPresets() {
    }

    /** Every benchmark preset name, data-major. */
    public static List<String> names() {
        List<String> out = new ArrayList<>();
        for (String d : DATA) {
            for (String m : METHODS) {
                out.add(d + "-" + m);
            }
        }
        return out;
    }

    public static boolean contains(String name) {
        return names().contains(name);
    }

    public static String description(String name) {
        String data = dataOf(name);
        String method = name.substring(data.length() + 1);
        String what = switch (method) {
            case "gan" -> "plain GAN";
            case "pacgan4" -> "PacGAN packing, m = 4";
            case "unrolled" -> "unrolled discriminator, 5 steps, true gradient";
            default -> "the benchmark's best chip set: " + CURED_CHIPS;
        };
        return (data.startsWith("ring") ? "PacGAN ring of 8" : "PacGAN 5×5 grid") + ", " + what;
    }

    /** The preset's config; throws IllegalArgumentException for a name not in {@link #names()}. */
    public static ExperimentConfig get(String name) {
        if (!contains(name)) {
            throw new IllegalArgumentException("not a benchmark preset: " + name);
        }
        String data = dataOf(name);
        String method = name.substring(data.length() + 1);
        ExperimentConfig base = base(data);
        Stabilisers.Builder s = Stabilisers.none().toBuilder();
        switch (method) {
            case "pacgan4" -> {
                s.packing = true;
                s.packSize = 4;
            }
            case "unrolled" -> {
                s.unrolled = true;
                s.unrollSteps = 5;
            }
            case "cured" -> {
                s.packing = true;
                s.packSize = 4;
                s.minibatchStd = true;
                s.dSteps = Chip.MANY_D_STEPS;
                s.generatorEma = true;
                s.emaDecay = CURED_EMA_DECAY;
            }
            default -> { }
        }
        ExperimentConfig out = base.withStabilisers(s.build());
        if (method.equals("cured")) {
            out = out.withGenerator(new NetworkSpec(out.generator().hidden(), CURED_G_ACTIVATION));
        }
        if (method.equals("cured")) {
            // the samples settle onto the modes once G's steps shrink: decay over the run's second half
            long steps = data.startsWith("ring") ? RING_STEPS : GRID_STEPS;
            out = out.withTraining(out.training().withLrDecay(new LrDecay(true, steps / 2, steps / 2, 0.1)));
        }
        return out;
    }

    private static String dataOf(String name) {
        return DATA.stream().filter(d -> name.startsWith(d + "-")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a benchmark preset: " + name));
    }

    /** The shared network and optimiser (Adam as in PacGAN's code, β1 = 0.8 there, 0.5 here). */
    private static ExperimentConfig base(String data) {
        NetworkSpec g = new NetworkSpec(List.of(64, 64, 64), Activation.RELU);
        NetworkSpec d = new NetworkSpec(List.of(64, 64), Activation.LEAKY_RELU);
        return new ExperimentConfig(1, DataSpec.preset(data), 2, g, d,
                new TrainingSpec("nonsaturating", OptimizerKind.ADAM, 1e-3, 1e-3, 0.5, 0.999, 100),
                Stabilisers.none(), MeasureSpec.defaults());
    }
}
