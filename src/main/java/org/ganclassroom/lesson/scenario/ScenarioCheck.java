package org.ganclassroom.lesson.scenario;

import org.ganclassroom.lesson.LessonBlock;
import org.ganclassroom.lesson.LessonFile;
import org.ganclassroom.lesson.LessonProblem;
import org.ganclassroom.lesson.LessonSection;
import org.ganclassroom.sim.config.ExperimentConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * {@code check-lessons --run}: runs every simulator block's scenario headless on its seeds and reports each
 * claim that fewer seeds meet than the block asks for; also every simulator block without a claim and every
 * timeline "open in lab" link that no checked simulator block demonstrates.
 */
public final class ScenarioCheck {
    /** What was run and what failed. */
    public record Report(int scenarios, int runs, List<LessonProblem> problems) {
    }

    private record Block(Path file, LessonBlock.Simulator block) {
    }

    private final int threads;

    /** @param threads runs at a time (one run per seed and block) */
    public ScenarioCheck(int threads) {
        this.threads = Math.max(1, threads);
    }

    public Report check(List<LessonFile> files) {
        List<Block> blocks = new ArrayList<>();
        List<LessonProblem> problems = new ArrayList<>();
        List<LessonBlock.Timeline> timelines = new ArrayList<>();
        List<Path> timelineFiles = new ArrayList<>();
        for (LessonFile f : files) {
            if (!f.ok()) {
                continue;
            }
            for (LessonSection section : f.lesson().sections()) {
                for (LessonBlock b : section.blocks()) {
                    if (b instanceof LessonBlock.Simulator sim) {
                        if (sim.expect() == null) {
                            problems.add(new LessonProblem(f.file(), sim.line(), "simulator block on '" + sim.preset()
                                    + "' states no 'expect:' claim, so nothing checks that its caption happens"));
                        } else {
                            blocks.add(new Block(f.file(), sim));
                        }
                    } else if (b instanceof LessonBlock.Timeline t) {
                        timelines.add(t);
                        timelineFiles.add(f.file());
                    }
                }
            }
        }
        for (int i = 0; i < timelines.size(); i++) {
            for (LessonBlock.TimelineEntry e : timelines.get(i).entries()) {
                if ((e.labPreset() != null || e.labChip() != null) && !demonstrated(e, blocks)) {
                    problems.add(new LessonProblem(timelineFiles.get(i), timelines.get(i).line(), "timeline entry '"
                            + e.title() + "' opens the lab on " + describe(e) + ", but no simulator block with an"
                            + " 'expect:' claim runs that scenario (add one, or link to one that is checked)"));
                }
            }
        }
        int runs = (int) blocks.stream().flatMap(b -> b.block().expect().seeds().stream().map(seed -> key(b, seed)))
                .distinct().count();
        problems.addAll(runAll(blocks));
        problems.sort(java.util.Comparator.comparing((LessonProblem p) -> p.file().toString())
                .thenComparingInt(LessonProblem::line));
        return new Report(blocks.size(), runs, problems);
    }

    private static boolean demonstrated(LessonBlock.TimelineEntry e, List<Block> blocks) {
        return e.labPreset() != null && blocks.stream().anyMatch(b -> b.block().preset().equals(e.labPreset())
                && (e.labChip() == null ? b.block().chips().isEmpty() : b.block().chips().contains(e.labChip()))
                && !b.block().freezeGenerator());
    }

    private static String describe(LessonBlock.TimelineEntry e) {
        return (e.labPreset() == null ? "the current preset" : "preset '" + e.labPreset() + "'")
                + (e.labChip() == null ? "" : " with chip '" + e.labChip() + "'");
    }

    /** One headless run: an experiment on one seed, which every block that starts it shares. */
    private record RunKey(ExperimentConfig config, boolean freezeGenerator, int warmup, long seed) {
    }

    /** The evaluations a shared run makes: each sharing block's interval up to its last claimed step. */
    private static final class RunPlan {
        final java.util.TreeSet<Long> evalSteps = new java.util.TreeSet<>();
        boolean precisionRecall;

        long last() {
            return evalSteps.last();
        }
    }

    /** The last step any of the block's claims looks at: the run need not go further. */
    static long horizon(Expectation x) {
        return x.claims().stream().mapToLong(Claim::to).max().orElse(x.steps());
    }

    private static RunKey key(Block b, long seed) {
        return new RunKey(ScenarioRunner.config(b.block().preset(), b.block().chips()), b.block().freezeGenerator(),
                b.block().warmup(), seed);
    }

    private List<LessonProblem> runAll(List<Block> blocks) {
        // blocks that start the same experiment (the same preset, or a preset and the chip it already has on) share
        // one run per seed, measured at the union of their evaluation steps and stopped at their last claimed step
        java.util.Map<RunKey, RunPlan> plans = new java.util.LinkedHashMap<>();
        for (Block b : blocks) {
            Expectation x = b.block().expect();
            long last = horizon(x);
            boolean pr = x.claims().stream().anyMatch(c -> c.readout().needsPrecisionRecall());
            for (long seed : x.seeds()) {
                RunPlan plan = plans.computeIfAbsent(key(b, seed), k -> new RunPlan());
                for (long step = 0; step <= last; step += x.every()) {
                    plan.evalSteps.add(step);
                }
                plan.precisionRecall |= pr;
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "scenario-check");
            t.setDaemon(true);
            return t;
        });
        try {
            // the longest runs start first, so that no long run is left alone on one core at the end
            List<RunKey> order = new ArrayList<>(plans.keySet());
            order.sort(java.util.Comparator.comparingDouble((RunKey k) -> -cost(k, plans.get(k))));
            java.util.Map<RunKey, Future<Trace>> started = new java.util.HashMap<>();
            for (RunKey k : order) {
                RunPlan plan = plans.get(k);
                long[] at = plan.evalSteps.stream().mapToLong(Long::longValue).toArray();
                started.put(k, pool.submit(() -> ScenarioRunner.run(k.config(), k.freezeGenerator(), k.warmup(),
                        k.seed(), at, plan.precisionRecall)));
            }
            List<LessonProblem> out = new ArrayList<>();
            for (Block b : blocks) {
                Expectation x = b.block().expect();
                List<Trace> traces = new ArrayList<>();
                for (long seed : x.seeds()) {
                    traces.add(started.get(key(b, seed)).get().restrictedTo(x.every(), horizon(x)));
                }
                out.addAll(judge(b, traces));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("scenario check interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a scenario run failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A run's rough price for ordering: samples pushed through both networks per step, times steps. */
    private static double cost(RunKey k, RunPlan plan) {
        ExperimentConfig c = k.config();
        double perStep = c.training().batchSize() * (1.0 + c.stabilisers().dSteps())
                * (c.data().dimension() == 2 ? 2 : 1);
        return perStep * (plan.last() + k.warmup());
    }

    /** One problem per claim that too few seeds meet, naming each failing seed's value. */
    static List<LessonProblem> judge(Path file, Expectation x, List<Trace> traces) {
        List<LessonProblem> out = new ArrayList<>();
        for (Claim c : x.claims()) {
            int met = 0;
            List<String> misses = new ArrayList<>();
            for (Trace t : traces) {
                Claim.Outcome o = c.check(t);
                if (o.met()) {
                    met++;
                } else {
                    misses.add("seed " + t.seed() + ": " + o.got());
                }
            }
            if (met < x.atLeast()) {
                out.add(new LessonProblem(file, c.line(), "expected " + c.text() + " on " + x.atLeast() + " of "
                        + traces.size() + " seeds, got " + met + " of " + traces.size() + " ("
                        + misses.stream().collect(Collectors.joining("; ")) + ")"));
            }
        }
        return out;
    }

    private static List<LessonProblem> judge(Block b, List<Trace> traces) {
        return judge(b.file(), b.block().expect(), traces);
    }
}
