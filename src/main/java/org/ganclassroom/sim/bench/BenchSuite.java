package org.ganclassroom.sim.bench;

import org.ganclassroom.sim.config.BenchmarkPresets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A named benchmark: rows of (method, data) trained for a fixed number of steps, each row repeated over trials
 * with seeds 1, 2, … (the same seeds for every row, so rows are compared trial by trial).
 *
 * @param name   the suite's id, e.g. "papers"
 * @param rows   what to train
 * @param trials trials per row
 */
public record BenchSuite(String name, List<Row> rows, int trials) {
    /** Steps of the full suite's runs (docs/BENCHMARK.md states them beside the table). */
    public static final long RING_STEPS = BenchmarkPresets.RING_STEPS;
    public static final long GRID_STEPS = BenchmarkPresets.GRID_STEPS;

    /**
     * One row of the table.
     *
     * @param method a {@link BenchmarkPresets#METHODS} id
     * @param data   a {@link BenchmarkPresets#DATA} id
     * @param steps  training steps of each trial
     */
    public record Row(String method, String data, long steps) {
        /** The experiment preset the row trains. */
        public String preset() {
            return data + "-" + method;
        }
    }

    public BenchSuite {
        rows = List.copyOf(rows);
        if (trials < 1) {
            throw new IllegalArgumentException("a suite needs at least one trial, had " + trials);
        }
    }

    /** The suites {@code sim bench --suite} knows. */
    public static List<String> names() {
        return List.of("papers", "ring", "grid", "smoke");
    }

    /**
     * "papers": every method on both data sets, 10 trials; "ring" and "grid": one data set; "smoke": the plain
     * GAN and the cured chip set on both data sets, 2 trials of 40 steps, to check the machinery in seconds.
     */
    public static BenchSuite named(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "papers" -> of(n, BenchmarkPresets.DATA, BenchmarkPresets.METHODS, 10, -1);
            case "ring" -> of(n, List.of("ring8-pacgan"), BenchmarkPresets.METHODS, 10, -1);
            case "grid" -> of(n, List.of("grid25-pacgan"), BenchmarkPresets.METHODS, 10, -1);
            case "smoke" -> of(n, BenchmarkPresets.DATA, List.of("gan", "cured"), 2, 40);
            default -> throw new IllegalArgumentException("unknown suite \"" + name + "\"; suites: "
                    + String.join(", ", names()));
        };
    }

    private static BenchSuite of(String name, List<String> data, List<String> methods, int trials, long steps) {
        List<Row> rows = new ArrayList<>();
        for (String d : data) {
            for (String m : methods) {
                rows.add(new Row(m, d, steps > 0 ? steps : d.startsWith("ring") ? RING_STEPS : GRID_STEPS));
            }
        }
        return new BenchSuite(name, rows, trials);
    }

    /** This suite with other trial counts, step counts (when positive) or only some methods (when not null). */
    public BenchSuite with(Integer newTrials, Long steps, List<String> methods) {
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            if (methods == null || methods.contains(r.method())) {
                out.add(new Row(r.method(), r.data(), steps != null && steps > 0 ? steps : r.steps()));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no row of suite " + name + " has method " + methods + "; methods: "
                    + String.join(", ", BenchmarkPresets.METHODS));
        }
        return new BenchSuite(name, out, newTrials != null ? newTrials : trials);
    }
}
