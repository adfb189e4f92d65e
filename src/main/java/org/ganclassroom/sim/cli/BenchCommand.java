package org.ganclassroom.sim.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ganclassroom.sim.bench.BenchRunner;
import org.ganclassroom.sim.bench.BenchSuite;
import org.ganclassroom.sim.bench.BenchTable;
import org.ganclassroom.sim.bench.TrialResult;
import org.ganclassroom.sim.config.ConfigException;
import org.ganclassroom.sim.config.Experiment;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentJson;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.config.IoReason;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * {@code java -jar gan-classroom.jar sim bench …}: runs a benchmark suite on all cores, prints a progress line
 * per finished trial, and writes {@code bench.md} (the table beside the papers' rows), {@code bench.csv} (one
 * row per suite row) and {@code trials.csv} (one row per trial).
 */
final class BenchCommand {
    private BenchCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        BenchArguments a;
        BenchSuite suite;
        UnaryOperator<ExperimentConfig> adjust;
        try {
            a = BenchArguments.parse(args);
            if (a.help()) {
                out.println(BenchArguments.USAGE);
                return 0;
            }
            suite = BenchSuite.named(a.suite()).with(a.trials(), a.steps(), a.methods());
            adjust = overrides(a.overrides());
            adjust.apply(ExperimentPresets.get(suite.rows().get(0).preset()));
        } catch (SimArguments.UsageException e) {
            err.println("sim bench: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("sim bench: " + e.getMessage());
            return 2;
        }
        int threads = a.threads() != null ? a.threads() : Runtime.getRuntime().availableProcessors();
        int total = suite.rows().size() * suite.trials();
        out.printf(Locale.ROOT, "sim bench: suite %s, %d rows × %d trials on %d threads%n", suite.name(),
                suite.rows().size(), suite.trials(), threads);
        long start = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        List<TrialResult> results = new BenchRunner(threads, adjust).run(suite, a.seed(), r -> {
            out.println(progress(r, done.incrementAndGet(), total, (System.nanoTime() - start) / 1e9));
            out.flush();
        });
        double wall = (System.nanoTime() - start) / 1e9;
        BenchTable table = BenchTable.of(results);
        try {
            Files.createDirectories(a.out());
            Files.writeString(a.out().resolve("bench.md"), header(suite, a, threads, wall) + table.markdown());
            Files.writeString(a.out().resolve("bench.csv"), table.csv());
            Files.writeString(a.out().resolve("trials.csv"), trials(results));
            if (a.samples()) {
                writeSamples(a.out().resolve("samples"), results);
            }
        } catch (IOException e) {
            err.println("sim bench: cannot write to " + a.out() + ": " + IoReason.of(e));
            return 1;
        }
        out.print(table.markdown());
        out.printf(Locale.ROOT, "sim bench: %d trials in %.1f s wall time; wrote %s%n", total, wall, a.out());
        return 0;
    }

    private static String progress(TrialResult r, int done, int total, double elapsed) {
        return String.format(Locale.ROOT, "[%d/%d] %s %s trial %d (seed %d): %d modes, %.1f %% HQ, reverse KL %s,"
                        + " %.1f s%s; %.0f s elapsed", done, total, r.row().data(), r.row().method(), r.trial() + 1,
                r.seed(), r.score().modesCaptured(), 100 * r.score().highQualityShare(),
                Double.isNaN(r.score().reverseKl()) ? "undefined" : String.format(Locale.ROOT, "%.3f",
                        r.score().reverseKl()), r.seconds(), r.failure() == null ? "" : " (failed: " + r.failure()
                        + ")", elapsed);
    }

    private static String header(BenchSuite suite, BenchArguments a, int threads, double wall) {
        return String.format(Locale.ROOT, "<!-- sim bench --suite %s: %d trials per row, seeds %d.., %d threads, "
                        + "%.1f s wall time%s -->%n%n", suite.name(), suite.trials(), a.seed(), threads, wall,
                a.overrides().isEmpty() ? "" : ", overrides " + String.join(" ", a.overrides()));
    }

    private static String trials(List<TrialResult> results) {
        StringBuilder sb = new StringBuilder("data,method,steps,trial,seed,modes,hq_share,reverse_kl,seconds,failure\n");
        for (TrialResult r : results) {
            sb.append(String.format(Locale.ROOT, "%s,%s,%d,%d,%d,%d,%.6f,%s,%.2f,%s%n", r.row().data(),
                    r.row().method(), r.row().steps(), r.trial() + 1, r.seed(), r.score().modesCaptured(),
                    r.score().highQualityShare(), Double.isNaN(r.score().reverseKl()) ? ""
                            : String.format(Locale.ROOT, "%.6f", r.score().reverseKl()), r.seconds(),
                    r.failure() == null ? "" : "\"" + r.failure().replace("\"", "'") + "\""));
        }
        return sb.toString();
    }

    private static void writeSamples(java.nio.file.Path dir, List<TrialResult> results) throws IOException {
        Files.createDirectories(dir);
        for (TrialResult r : results) {
            StringBuilder sb = new StringBuilder("x,y\n");
            for (int i = 0; i < r.xs().length; i++) {
                sb.append(r.xs()[i]).append(',').append(r.ys()[i]).append('\n');
            }
            Files.writeString(dir.resolve(r.row().preset() + "-" + (r.trial() + 1) + ".csv"), sb.toString());
        }
    }

    /** The --set overrides as a config transformer; a bad one is an IllegalArgumentException naming it. */
    private static UnaryOperator<ExperimentConfig> overrides(List<String> sets) {
        if (sets.isEmpty()) {
            return UnaryOperator.identity();
        }
        return config -> {
            ObjectNode tree = ExperimentJson.toTree(new Experiment(config, null));
            for (String o : sets) {
                try {
                    ExperimentJson.applyOverride(tree, o);
                    ExperimentJson.fromTree(tree);
                } catch (ConfigException e) {
                    throw new IllegalArgumentException("--set " + ExperimentJson.shown(o) + ": " + e.getMessage());
                }
            }
            try {
                return ExperimentJson.fromTree(tree).config();
            } catch (ConfigException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
        };
    }
}
