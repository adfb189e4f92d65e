package org.ganclassroom.sim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Parsed flags of {@code gan-classroom.jar sim bench}; a bad flag is a {@link SimArguments.UsageException}. */
record BenchArguments(String suite, Integer trials, Long steps, Integer threads, long seed, Path out,
                      List<String> methods, List<String> overrides, boolean samples, boolean help) {

    static final String USAGE = """
            Usage: java -jar gan-classroom.jar sim bench [options]
              --suite NAME       papers (default; every method on PacGAN's ring and grid, 10 trials), ring, grid,
                                 or smoke (2 trials of 40 steps, to check the machinery)
              --trials N         trials per row instead of the suite's
              --steps N          training steps of every row instead of the suite's
              --methods A,B      only these methods (gan, pacgan4, unrolled, cured)
              --threads N        worker threads (default: every core)
              --seed S           seed of the first trial; trial t uses S + t (default 1)
              --set KEY=VALUE    override one setting of every row, as for sim (repeatable)
              --out DIR          folder for bench.md, bench.csv and trials.csv (default bench-out)
              --samples          also write each trial's 2 500 scored samples to samples/DATA-METHOD-TRIAL.csv
              --help             show this help and exit
            Exit codes: 0 done, 1 could not write output, 2 bad arguments.""";

    static BenchArguments parse(String[] args) throws SimArguments.UsageException {
        String suite = "papers";
        Integer trials = null;
        Long steps = null;
        Integer threads = null;
        long seed = 1;
        Path out = Path.of("bench-out");
        List<String> methods = null;
        List<String> overrides = new ArrayList<>();
        boolean samples = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--suite" -> suite = value(args, ++i, a);
                case "--trials" -> trials = (int) SimArguments.number(value(args, ++i, a), a, 1, 1000);
                case "--steps" -> steps = SimArguments.number(value(args, ++i, a), a, 1, 1_000_000_000L);
                case "--threads" -> threads = (int) SimArguments.number(value(args, ++i, a), a, 1, 256);
                case "--seed" -> seed = SimArguments.number(value(args, ++i, a), a, Long.MIN_VALUE / 2,
                        Long.MAX_VALUE / 2);
                case "--methods" -> methods = Arrays.stream(value(args, ++i, a).split(",")).map(String::trim)
                        .filter(s -> !s.isEmpty()).toList();
                case "--set" -> overrides.add(value(args, ++i, a));
                case "--out" -> out = SimArguments.path(value(args, ++i, a), a);
                case "--samples" -> samples = true;
                case "--help", "-h" -> help = true;
                default -> throw new SimArguments.UsageException("bench: unknown option \""
                        + org.ganclassroom.sim.config.ExperimentJson.shown(a) + "\"; run sim bench --help");
            }
        }
        return new BenchArguments(suite, trials, steps, threads, seed, out, methods, List.copyOf(overrides), samples, help);
    }

    private static String value(String[] args, int i, String flag) throws SimArguments.UsageException {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new SimArguments.UsageException(flag + " needs a value");
        }
        return args[i];
    }
}
