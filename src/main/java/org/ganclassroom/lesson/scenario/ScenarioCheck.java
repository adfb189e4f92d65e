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
        int runs = blocks.stream().mapToInt(b -> b.block().expect().seeds().size()).sum();
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

    private List<LessonProblem> runAll(List<Block> blocks) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "scenario-check");
            t.setDaemon(true);
            return t;
        });
        try {
            List<List<Future<Trace>>> futures = new ArrayList<>();
            // blocks that start the same experiment (e.g. a preset and the chip it already has on) share runs
            java.util.Map<List<Object>, Future<Trace>> started = new java.util.HashMap<>();
            // a shared run measures precision and recall if any block that shares it has a claim on them
            java.util.Set<List<Object>> needPr = new java.util.HashSet<>();
            for (Block b : blocks) {
                Expectation x = b.block().expect();
                if (x.claims().stream().anyMatch(c -> c.readout().needsPrecisionRecall())) {
                    List<Object> run = List.of(ScenarioRunner.config(b.block().preset(), b.block().chips()),
                            b.block().freezeGenerator(), x.steps(), x.every());
                    needPr.add(run);
                }
            }
            for (Block b : blocks) {
                Expectation x = b.block().expect();
                ExperimentConfig config = ScenarioRunner.config(b.block().preset(), b.block().chips());
                boolean pr = needPr.contains(List.of(config, b.block().freezeGenerator(), x.steps(), x.every()));
                List<Future<Trace>> perSeed = new ArrayList<>();
                for (long seed : x.seeds()) {
                    List<Object> key = List.of(config, b.block().freezeGenerator(), seed, x.steps(), x.every());
                    perSeed.add(started.computeIfAbsent(key, k -> pool.submit(() -> ScenarioRunner.run(config,
                            b.block().freezeGenerator(), seed, x.steps(), x.every(), pr))));
                }
                futures.add(perSeed);
            }
            List<LessonProblem> out = new ArrayList<>();
            for (int i = 0; i < blocks.size(); i++) {
                List<Trace> traces = new ArrayList<>();
                for (Future<Trace> f : futures.get(i)) {
                    traces.add(f.get());
                }
                out.addAll(judge(blocks.get(i), traces));
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
