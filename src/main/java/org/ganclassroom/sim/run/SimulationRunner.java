package org.ganclassroom.sim.run;

import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.parallel.PartRunner;
import org.ganclassroom.sim.train.Player;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Runs one or more simulations (two in A/B mode, stepping in lockstep) on a thread of their own.
 * Callers on any thread send commands; they run on the simulation thread between steps, so nothing else
 * ever touches a trainer. After each batch of steps the runner publishes an immutable {@link Frame}; a view
 * reads {@link #latest()} once per frame and never waits. No JavaFX here.
 * <p>{@link #manual} makes a runner without a thread, for deterministic tests: commands run at once on the
 * caller's thread, and playing advances only when the caller asks for frames ({@link #runFrames},
 * {@link #runFramesUntil}), each frame taking exactly its steps (no time budget).
 */
public final class SimulationRunner implements AutoCloseable {
    private static final long FRAME_NANOS = 16_666_667L;
    /** Stepping time per frame before a frame is published anyway. */
    private static final long WORK_BUDGET_NANOS = 14_000_000L;

    private final List<Simulation> sims = new ArrayList<>();
    private final BlockingQueue<Consumer<SimulationRunner>> commands = new LinkedBlockingQueue<>();
    private final AtomicReference<Frame> latest = new AtomicReference<>();
    private final Object published = new Object();
    /** Null in manual mode. */
    private final Thread thread;
    private volatile boolean closed;
    private boolean playing;
    private Speed speed = Speed.stepsPerFrame(5);
    private long serial;
    private static final long NO_JUMP = Long.MIN_VALUE;
    private final java.util.concurrent.atomic.AtomicLong jumpTarget = new java.util.concurrent.atomic.AtomicLong(NO_JUMP);
    /** Step at which playing stops by itself, or 0 for none. */
    private long pauseAtStep;
    /** Runs the parts of every simulation's measurements. */
    private final PartRunner measureParts;

    /** One simulation per config; all step together. */
    public SimulationRunner(List<ExperimentConfig> configs) {
        this(configs, PartRunner.currentThread());
    }

    /** As {@link #SimulationRunner(List)}, the measurements' parts run by {@code measureParts}. */
    public SimulationRunner(List<ExperimentConfig> configs, PartRunner measureParts) {
        this(configs, false, measureParts);
    }

    public SimulationRunner(ExperimentConfig config) {
        this(List.of(config));
    }

    private SimulationRunner(List<ExperimentConfig> configs, boolean manual, PartRunner measureParts) {
        this.measureParts = java.util.Objects.requireNonNull(measureParts, "measureParts");
        for (ExperimentConfig c : configs) {
            sims.add(new Simulation(c, measureParts));
        }
        publish();
        if (manual) {
            thread = null;
        } else {
            thread = new Thread(this::loop, "gan-simulation");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** A runner without a thread: commands run on the caller's thread, frames only when asked for. */
    public static SimulationRunner manual(List<ExperimentConfig> configs) {
        return new SimulationRunner(configs, true, PartRunner.currentThread());
    }

    public static SimulationRunner manual(ExperimentConfig config) {
        return manual(List.of(config));
    }

    /** Whether this runner has no thread of its own (see {@link #manual}). */
    public boolean isManual() {
        return thread == null;
    }

    /**
     * Manual mode only: runs {@code frames} frames on the caller's thread, each one batch of steps at the current
     * speed (one phase in slow motion) while playing; paused, nothing moves. Returns the newest frame.
     */
    public Frame runFrames(int frames) {
        requireManual();
        for (int i = 0; i < frames && playing; i++) {
            tick(speed.stepsPerFrame());
        }
        return latest();
    }

    /**
     * Manual mode only: runs frames until {@code condition} holds for the newest frame; fails with the last
     * frame's step when it does not within {@code maxFrames} frames (or when the run is paused).
     */
    public Frame runFramesUntil(Predicate<Frame> condition, int maxFrames) {
        requireManual();
        for (int i = 0; ; i++) {
            Frame f = latest();
            if (condition.test(f)) {
                return f;
            }
            if (i >= maxFrames || !playing) {
                throw new IllegalStateException("no matching frame within " + i + " frames; last: step "
                        + f.snapshot().metrics().step() + ", playing " + f.playing());
            }
            tick(speed.stepsPerFrame());
        }
    }

    private void requireManual() {
        if (thread != null) {
            throw new IllegalStateException("frames are run by the runner's own thread; use SimulationRunner.manual");
        }
    }

    /** The newest frame; never null, never blocks. */
    public Frame latest() {
        return latest.get();
    }

    /** Runs {@code command} on the simulation thread before the next step. */
    public void submit(Consumer<SimulationRunner> command) {
        if (thread == null) {
            if (!closed) {
                command.accept(this);
            }
        } else {
            commands.add(command);
        }
    }

    public void play() {
        submit(r -> r.playing = true);
    }

    public void pause() {
        submit(r -> {
            r.playing = false;
            r.publish();
        });
    }

    public void togglePlay() {
        submit(r -> {
            r.playing = !r.playing;
            r.publish();
        });
    }

    /** Pauses and takes exactly one step (in slow motion: one line of the algorithm). */
    public void stepOnce() {
        submit(r -> {
            r.playing = false;
            r.tick(1);
        });
    }

    /** Pauses and moves one player only (see {@link Simulation#stepOnly}), every simulation alike. */
    public void stepOnly(Player player) {
        submit(r -> {
            r.playing = false;
            for (Simulation s : r.sims) {
                s.stepOnly(player);
            }
            r.publish();
        });
    }

    /**
     * Pauses and puts every simulation at {@code step} of its run ({@link Simulation#jumpTo}; a step past the last
     * one made goes to the last one). While the simulation thread is busy, a newer jump replaces one not yet
     * started, so dragging across the history chart never queues up stale jumps.
     */
    public void jumpTo(long step) {
        if (jumpTarget.getAndSet(step) == NO_JUMP) {
            submit(r -> {
                long target = r.jumpTarget.getAndSet(NO_JUMP);
                r.playing = false;
                for (Simulation s : r.sims) {
                    s.jumpTo(target);
                }
                r.publish();
            });
        }
    }

    /** Moves every simulation on by {@code steps} steps without publishing the frames between ({@link Simulation#fastForward}). */
    public void fastForward(long steps) {
        submit(r -> {
            for (Simulation s : r.sims) {
                s.fastForward(steps);
                if (s.trainer().failure() != null) {
                    r.playing = false;
                }
            }
            r.publish();
        });
    }

    public void setSpeed(Speed s) {
        submit(r -> {
            r.speed = s;
            r.publish();
        });
    }

    /**
     * Playing stops by itself, exactly, once the first simulation has taken {@code step} steps (a step to show, e.g.
     * for a screenshot); once only, and a reset forgets it. A step already reached stops it at the next step.
     */
    public void pauseAt(long step) {
        if (step < 1) {
            throw new IllegalArgumentException("pauseAt needs a step ≥ 1, got " + step);
        }
        submit(r -> r.pauseAtStep = step);
    }

    /** Replaces every simulation with fresh ones from these configs (paused). */
    public void reset(List<ExperimentConfig> configs) {
        submit(r -> {
            r.playing = false;
            r.pauseAtStep = 0;
            while (r.sims.size() > configs.size()) {
                r.sims.remove(r.sims.size() - 1);
            }
            for (int i = 0; i < configs.size(); i++) {
                if (i < r.sims.size()) {
                    r.sims.get(i).reset(configs.get(i), null);
                } else {
                    r.sims.add(new Simulation(configs.get(i), r.measureParts));
                }
            }
            r.publish();
        });
    }

    /** Runs {@code action} on each simulation on the simulation thread, then publishes. */
    public void forEachSimulation(Consumer<Simulation> action) {
        submit(r -> {
            r.sims.forEach(action);
            r.publish();
        });
    }

    /**
     * Runs {@code action} on the first simulation on the simulation thread without publishing a frame: for
     * views that derive something extra from the networks (e.g. the generator manifold) now and then.
     */
    public void inspect(Consumer<Simulation> action) {
        submit(r -> action.accept(r.sims.get(0)));
    }

    /**
     * Blocks until a frame satisfies the condition (for the CLI; never call on the FX thread). A manual runner
     * has nothing to wait for: it answers at once or fails.
     */
    public Frame awaitFrame(Predicate<Frame> condition, Duration timeout) throws InterruptedException {
        if (thread == null) {
            return runFramesUntil(condition, 0);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (published) {
            while (true) {
                Frame f = latest.get();
                if (condition.test(f)) {
                    return f;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("no matching frame within " + timeout + "; last: step "
                            + f.snapshot().metrics().step() + ", playing " + f.playing());
                }
                TimeUnit.NANOSECONDS.timedWait(published, left);
            }
        }
    }

    private void loop() {
        long nextFrame = System.nanoTime();
        while (!closed) {
            try {
                long wait = playing ? Math.max(0, nextFrame - System.nanoTime()) : Long.MAX_VALUE;
                Consumer<SimulationRunner> c = wait == Long.MAX_VALUE
                        ? commands.take() : commands.poll(wait, TimeUnit.NANOSECONDS);
                if (c != null) {
                    do {
                        c.accept(this);
                        c = commands.poll();
                    } while (c != null);
                    continue;
                }
                if (playing) {
                    long frameStart = System.nanoTime();
                    tick(speed.stepsPerFrame());
                    nextFrame = speed.isSlowMotion()
                            ? System.nanoTime() + (long) (speed.slowMotionSeconds() * 1e9 / 4)
                            : frameStart + FRAME_NANOS;
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // A bug must not kill the thread silently: stop playing and keep serving commands.
                playing = false;
                e.printStackTrace();
            }
        }
    }

    /** One frame's work: a batch of steps, or one slow-motion phase; then publish. */
    private void tick(int steps) {
        boolean failed = false;
        if (speed.isSlowMotion()) {
            for (Simulation s : sims) {
                s.advancePhase();
            }
        } else {
            // Up to `steps` steps, but never much more than a frame's worth of time: a frame is published
            // at ~60 Hz even when the machine manages fewer steps than asked (2-D measurements are costly).
            long start = System.nanoTime();
            for (int done = 0; done < steps && !failed; done++) {
                for (Simulation s : sims) {
                    s.advance(1);
                    failed |= s.trainer().failure() != null;
                }
                if (pauseAtStep > 0 && sims.get(0).trainer().stepCount() >= pauseAtStep) {
                    pauseAtStep = 0;
                    playing = false;
                    break;
                }
                if (thread == null) {
                    continue; // manual frames are exact, whatever the clock says
                }
                if (System.nanoTime() - start > WORK_BUDGET_NANOS) {
                    break;
                }
                // The view's pulse and render threads wait behind the simulation for a core less often when it
                // yields between steps (docs/PERFORMANCE.md).
                Thread.yield();
            }
        }
        for (Simulation s : sims) {
            failed |= s.trainer().failure() != null;
        }
        if (failed) {
            playing = false;
        }
        publish();
    }

    private void publish() {
        List<org.ganclassroom.sim.train.Snapshot> snaps = new ArrayList<>();
        List<HistoryView> hist = new ArrayList<>();
        for (Simulation s : sims) {
            snaps.add(s.snapshot());
            hist.add(s.history());
        }
        Phase phase = sims.get(0).phase();
        latest.set(new Frame(++serial, snaps, hist, playing, phase, speed));
        synchronized (published) {
            published.notifyAll();
        }
    }

    /** Whether the simulation thread is still running (false soon after {@link #close()}). */
    public boolean isAlive() {
        return thread == null ? !closed : thread.isAlive();
    }

    @Override
    public void close() {
        closed = true;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
