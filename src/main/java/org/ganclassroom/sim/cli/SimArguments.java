package org.ganclassroom.sim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parsed flags of {@code gan-classroom.jar sim}. A bad flag is a {@link UsageException} with one line
 * naming the flag and what it takes.
 */
record SimArguments(String preset, long steps, Long seed, Path out, Path config, List<String> overrides,
                    long evalEvery, boolean listPresets, boolean help) {

    static final String USAGE = """
            Usage: java -jar gan-classroom.jar sim [options]
                   java -jar gan-classroom.jar sim bench [options]   (the mode-collapse benchmark; sim bench --help)
              --preset NAME      experiment preset (default settled, the course's run; see --list-presets)
              --steps N          SGD steps to run (default 2000)
              --seed S           random seed (default: the preset's or config's seed)
              --out DIR          output folder for metrics.csv, final.json, experiment.json (default sim-out)
              --config FILE      experiment file (JSON) to start from; its fields override the preset
              --set KEY=VALUE    override one setting, e.g. --set training.lrG=0.0005 (repeatable)
              --eval-every K     measure every K steps (default 100; the last step is always measured)
              --list-presets     list the presets and exit
              --help             show this help and exit
            Exit codes: 0 done, 1 could not write output, 2 bad arguments or experiment file,
            3 training left the sane range (a loss, gradient or weight beyond 1e6 or not finite, or the
            samples off the plot for 500 steps); outputs hold the last sane state.""";

    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static SimArguments parse(String[] args) throws UsageException {
        String preset = null;
        long steps = 2000;
        Long seed = null;
        Path out = Path.of("sim-out");
        Path config = null;
        List<String> overrides = new ArrayList<>();
        long evalEvery = 100;
        boolean list = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--preset" -> preset = value(args, ++i, a);
                case "--steps" -> steps = number(value(args, ++i, a), a, 0, 1_000_000_000L);
                case "--seed" -> seed = number(value(args, ++i, a), a, Long.MIN_VALUE, Long.MAX_VALUE);
                case "--out" -> out = path(value(args, ++i, a), a);
                case "--config" -> config = path(value(args, ++i, a), a);
                case "--set" -> overrides.add(value(args, ++i, a));
                case "--eval-every" -> evalEvery = number(value(args, ++i, a), a, 1, 1_000_000_000L);
                case "--list-presets" -> list = true;
                case "--help", "-h" -> help = true;
                default -> throw new UsageException("unknown option \"" + shorten(a) + "\"; run with --help to see the options");
            }
        }
        return new SimArguments(preset, steps, seed, out, config, List.copyOf(overrides), evalEvery, list, help);
    }

    private static String value(String[] args, int i, String flag) throws UsageException {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(flag + " needs a value");
        }
        return args[i];
    }

    /** A non-empty path ({@link FlagValues#path}). */
    static Path path(String s, String flag) throws UsageException {
        try {
            return FlagValues.path(s, flag);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** A whole number in [min, max] ({@link FlagValues#number}). */
    static long number(String s, String flag, long min, long max) throws UsageException {
        try {
            return FlagValues.number(s, flag, min, max);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String shorten(String s) {
        return org.ganclassroom.sim.config.ExperimentJson.shown(s);
    }
}
