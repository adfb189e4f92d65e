package org.ganclassroom.bench;

import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.config.Stabilisers;
import org.ganclassroom.sim.train.GanTrainer;
import org.ganclassroom.sim.train.Measurement;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Old code against new in one JVM, by the CPU time of this thread: two class loaders, one over another build's
 * classes (a directory given as argument, e.g. a copy of target/classes made before a change) and one over this
 * build's, each running a trainer of the same preset; rounds of steps alternate between the two, so both see the
 * same neighbours on a shared host. Each round also compares a checksum of the two runs (G's and D's weights, and
 * the measured JSD when measuring), which is equal when the change keeps every step bit for bit.
 * <p>Arguments: preset (a "+r1" suffix switches R1 on, γ = 1), "measure" or "train", warm-up steps, steps per round,
 * rounds, the old classes' directory. Run: see docs/PERFORMANCE.md.
 */
public final class InterleavedCpuTime {
    private static final ThreadMXBean BEAN = ManagementFactory.getThreadMXBean();

    private final GanTrainer trainer;
    private final Measurement measurement;

    /** One side's run; public so the other class loader's copy can be made by reflection. */
    public InterleavedCpuTime(String preset, boolean measure, int warm) {
        ExperimentConfig config;
        if (preset.endsWith("+r1")) {
            config = ExperimentPresets.get(preset.substring(0, preset.length() - 3));
            Stabilisers.Builder b = config.stabilisers().toBuilder();
            b.r1 = true;
            b.r1Gamma = 1.0;
            config = config.withStabilisers(b.build());
        } else {
            config = ExperimentPresets.get(preset);
        }
        trainer = new GanTrainer(config);
        measurement = measure ? new Measurement(trainer) : null;
        for (int i = 0; i < warm; i++) {
            trainer.step();
            if (measurement != null) {
                measurement.measure();
            }
        }
    }

    /** {CPU ns per step, checksum} over the next {@code steps} steps. */
    public double[] run(int steps) {
        long c0 = BEAN.getCurrentThreadCpuTime();
        double sum = 0;
        for (int i = 0; i < steps; i++) {
            trainer.step();
            if (measurement != null) {
                sum += measurement.measure().jsd();
            }
        }
        long c1 = BEAN.getCurrentThreadCpuTime();
        sum += Arrays.hashCode(trainer.generator().params()) + 7.0 * Arrays.hashCode(trainer.discriminator().params());
        return new double[] {(c1 - c0) / (double) steps, sum};
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: InterleavedCpuTime PRESET measure|train WARM STEPS ROUNDS OLD_CLASSES_DIR");
            System.exit(2);
        }
        String preset = args[0];
        boolean measure = args[1].equals("measure");
        int warm = Integer.parseInt(args[2]);
        int steps = Integer.parseInt(args[3]);
        int rounds = Integer.parseInt(args[4]);
        Path self = Path.of(InterleavedCpuTime.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path mainClasses = Path.of(GanTrainer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<URL> shared = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath();
            if (!p.equals(self.toAbsolutePath()) && !p.equals(mainClasses.toAbsolutePath())) {
                shared.add(p.toUri().toURL());
            }
        }
        Object[] side = new Object[2];
        Method[] run = new Method[2];
        Path[] classes = {Path.of(args[5]), mainClasses};
        for (int k = 0; k < 2; k++) {
            List<URL> urls = new ArrayList<>();
            urls.add(self.toUri().toURL());
            urls.add(classes[k].toUri().toURL());
            urls.addAll(shared);
            ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            Class<?> c = loader.loadClass(InterleavedCpuTime.class.getName());
            side[k] = c.getConstructor(String.class, boolean.class, int.class).newInstance(preset, measure, warm);
            run[k] = c.getMethod("run", int.class);
        }
        double[] total = new double[2];
        for (int round = 0; round < rounds; round++) {
            double[] old = (double[]) run[0].invoke(side[0], steps);
            double[] now = (double[]) run[1].invoke(side[1], steps);
            if (round > 0) {
                total[0] += old[0];
                total[1] += now[0];
            }
            System.out.printf("round %d: old %.1f µs, new %.1f µs per step, %s%n", round, old[0] / 1e3, now[0] / 1e3,
                    old[1] == now[1] ? "same checksum" : "checksums differ");
        }
        System.out.printf("rounds 1..%d: old %.1f µs, new %.1f µs per step, new/old %.3f%n", rounds - 1,
                total[0] / 1e3 / (rounds - 1), total[1] / 1e3 / (rounds - 1), total[1] / total[0]);
    }
}
