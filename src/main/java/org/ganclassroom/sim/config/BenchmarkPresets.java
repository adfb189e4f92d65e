package org.ganclassroom.sim.config;

import org.ganclassroom.sim.nn.Activation;
import org.ganclassroom.sim.optim.OptimizerKind;

import java.util.ArrayList;
import java.util.List;

/**
 * The mode-collapse benchmark's runs (issue 16; docs/BENCHMARK.md): one preset per method and data set, named
 * {@code <data>-<method>}, e.g. {@code ring8-pacgan-gan}. The data are PacGAN's ring and grid; every method shares
 * one network and optimiser so that the rows differ only by their chips.
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
    /** The chips of the {@code cured} rows, as the table names them. */
    public static final String CURED_CHIPS = "PacGAN packing (m = 4) + minibatch std-dev + k = 5 D steps"
            + " + generator EMA (decay 0.999)";

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
                s.emaDecay = 0.999;
            }
            default -> { }
        }
        return base.withStabilisers(s.build());
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
