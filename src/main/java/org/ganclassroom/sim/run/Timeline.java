package org.ganclassroom.sim.run;

import org.ganclassroom.sim.config.Stabilisers;
import org.ganclassroom.sim.config.TrainingSpec;
import org.ganclassroom.sim.train.GanTrainer;
import org.ganclassroom.sim.train.Player;
import org.ganclassroom.sim.train.TrainerCheckpoint;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A run's past, enough to rebuild any step of it: a {@link TrainerCheckpoint} every {@link #spacing()} steps and the
 * inputs each step took (the settings and G's freeze in force at each phase, and the phases themselves where a
 * lecturer moved one player at a time). A run is deterministic, so step N is the checkpoint at or before N replayed
 * with those inputs. Memory is bounded: past {@link #MAX_CHECKPOINTS} checkpoints the spacing doubles and every
 * other one goes, so a jump replays at most spacing − 1 steps. Single-threaded, like the {@link Simulation} it
 * belongs to.
 * <p>Step s is the phases from the end of step s − 1 to the generator phase that makes step s: normally a D-phase
 * then a G-phase; other sequences are stored per step.
 */
final class Timeline {
    /** Steps between two checkpoints at the start. */
    static final int INITIAL_SPACING = 500;
    /** Checkpoints kept at most; the spacing doubles when one more would be needed. */
    static final int MAX_CHECKPOINTS = 256;
    private static final int PHASE_BITS = 20;

    /** The settings a phase took: what {@link Simulation#updateSettings} and {@code setGeneratorFrozen} set. */
    record Inputs(TrainingSpec training, Stabilisers stabilisers, boolean frozen) {
    }

    /** The three ways the simulation moves the trainer on by one phase. */
    enum Kind {
        /** {@link GanTrainer#discriminatorPhase()}. */
        D,
        /** {@link GanTrainer#generatorPhase()}: a step's second half. */
        G,
        /** {@link GanTrainer#stepOnly} of G alone (adopts settings first). */
        G_ALONE
    }

    private static final Kind[] REGULAR = {Kind.D, Kind.G};

    private final NavigableMap<Long, TrainerCheckpoint> checkpoints = new TreeMap<>();
    /** Inputs by the position of the phase that first took them (see {@link #key}). */
    private final NavigableMap<Long, Inputs> inputs = new TreeMap<>();
    /** Steps whose phases were not D then G. */
    private final Map<Long, Kind[]> irregular = new HashMap<>();
    private Kind[] inProgress = new Kind[4];
    private int inProgressCount;
    private Inputs lastLogged;
    private int spacing;
    private final int maxCheckpoints;
    /** The last step this branch of the run reached. */
    private long head;

    /** Starts the timeline of a trainer that has not stepped since it was made (or restored from a file). */
    Timeline(GanTrainer trainer) {
        this(trainer, INITIAL_SPACING, MAX_CHECKPOINTS);
    }

    Timeline(GanTrainer trainer, int spacing, int maxCheckpoints) {
        this.spacing = spacing;
        this.maxCheckpoints = maxCheckpoints;
        head = trainer.stepCount();
        checkpoints.put(head, trainer.checkpoint());
    }

    /** The first step that can be rebuilt: where the run started. */
    long first() {
        return checkpoints.firstKey();
    }

    /** The last step this branch of the run reached. */
    long head() {
        return head;
    }

    int spacing() {
        return spacing;
    }

    int checkpointCount() {
        return checkpoints.size();
    }

    /** Bytes the checkpoints hold. */
    long checkpointBytes() {
        return checkpoints.values().stream().mapToLong(TrainerCheckpoint::bytes).sum();
    }

    /**
     * Before a phase runs live: a phase run from a past step starts a new branch there (the steps after it are
     * forgotten, returns true); the inputs are logged where they changed.
     */
    boolean beforeLivePhase(GanTrainer trainer, Inputs now) {
        long step = trainer.stepCount();
        boolean branched = false;
        if (step < head) {
            forgetAfter(step);
            branched = true;
        }
        long key = key(step + 1, inProgressCount);
        if (!now.equals(lastLogged)) {
            inputs.put(key, now);
            lastLogged = now;
        }
        return branched;
    }

    /** After a live phase: notes it, and at the end of a step keeps the step's shape and maybe a checkpoint. */
    void afterLivePhase(GanTrainer trainer, Kind kind, long stepBefore) {
        if (trainer.failure() != null) {
            return; // the failed phase put the trainer back; nothing of it is kept
        }
        if (inProgressCount == inProgress.length) {
            inProgress = Arrays.copyOf(inProgress, 2 * inProgressCount);
        }
        inProgress[inProgressCount++] = kind;
        long step = trainer.stepCount();
        if (step == stepBefore) {
            return;
        }
        Kind[] phases = Arrays.copyOf(inProgress, inProgressCount);
        if (!Arrays.equals(phases, REGULAR)) {
            irregular.put(step, phases);
        }
        inProgressCount = 0;
        head = step;
        if (step % spacing == 0) {
            checkpoints.put(step, trainer.checkpoint());
            if (checkpoints.size() > maxCheckpoints) {
                thin();
            }
        }
    }

    /**
     * Puts the trainer at {@code target} (clamped to what this branch holds) by restoring the checkpoint at or
     * before it and replaying the steps in between with the inputs they took, which stay in force: the caller
     * measures the step as it was, then sets the settings the next step takes ({@link #resume}). Returns the step
     * reached.
     */
    long rebuild(GanTrainer trainer, long target) {
        long to = Math.max(first(), Math.min(target, head));
        // a step left half done (a D-step alone) is dropped with what it logged
        inputs.tailMap(key(head + 1, 0), true).clear();
        Map.Entry<Long, TrainerCheckpoint> c = checkpoints.floorEntry(to);
        trainer.restore(c.getValue());
        long from = c.getKey();
        Map.Entry<Long, Inputs> in = inputs.floorEntry(key(from + 1, 0));
        if (in != null) {
            apply(trainer, in.getValue());
        }
        for (long s = from + 1; s <= to && trainer.failure() == null; s++) {
            Kind[] phases = irregular.getOrDefault(s, REGULAR);
            for (int i = 0; i < phases.length; i++) {
                Inputs logged = inputs.get(key(s, i));
                if (logged != null) {
                    apply(trainer, logged);
                }
                run(trainer, phases[i]);
            }
        }
        inProgressCount = 0;
        Map.Entry<Long, Inputs> inForce = inputs.floorEntry(key(trainer.stepCount() + 1, 0));
        lastLogged = inForce == null ? null : inForce.getValue();
        return trainer.stepCount();
    }

    /** Gives a rebuilt trainer the settings its next step takes. */
    static void resume(GanTrainer trainer, Inputs now) {
        apply(trainer, now);
    }

    /**
     * The last step up to {@code to} that rebuilding reaches exactly as playing on from {@code from} with the
     * settings {@code now} would: as far as this branch went with those settings and plain D-then-G steps.
     */
    long replayableUntil(long from, long to, Inputs now) {
        long end = Math.min(to, head);
        if (end <= from || inProgressCount > 0) {
            return from;
        }
        Map.Entry<Long, Inputs> inForce = inputs.floorEntry(key(from + 1, 0));
        if (inForce == null || !inForce.getValue().equals(now)) {
            return from;
        }
        for (Map.Entry<Long, Inputs> e : inputs.subMap(key(from + 1, 0), false, key(end + 1, 0), false).entrySet()) {
            if (!e.getValue().equals(now)) {
                end = Math.min(end, (e.getKey() >> PHASE_BITS) - 1);
                break;
            }
        }
        for (long s : irregular.keySet()) {
            if (s > from && s <= end) {
                end = s - 1;
            }
        }
        return end;
    }

    private static void apply(GanTrainer trainer, Inputs in) {
        trainer.updateSettings(in.training(), in.stabilisers());
        trainer.setGeneratorFrozen(in.frozen());
    }

    private static void run(GanTrainer trainer, Kind kind) {
        switch (kind) {
            case D -> trainer.discriminatorPhase();
            case G -> trainer.generatorPhase();
            case G_ALONE -> trainer.stepOnly(Player.GENERATOR);
        }
    }

    /** Forgets every step after {@code step}: a new branch starts there. */
    private void forgetAfter(long step) {
        checkpoints.tailMap(step, false).clear();
        inputs.tailMap(key(step + 1, 0), true).clear();
        irregular.keySet().removeIf(s -> s > step);
        Map.Entry<Long, Inputs> inForce = inputs.lastEntry();
        lastLogged = inForce == null ? null : inForce.getValue();
        head = step;
    }

    /** Doubles the spacing: keeps the first checkpoint and those on the new spacing. */
    private void thin() {
        spacing *= 2;
        long firstStep = first();
        checkpoints.keySet().removeIf(s -> s != firstStep && s % spacing != 0);
    }

    /** Orders phases: phase i of step s. */
    private static long key(long step, int phase) {
        if (phase >= 1 << PHASE_BITS) {
            throw new IllegalStateException("more than " + (1 << PHASE_BITS) + " phases in step " + step);
        }
        return (step << PHASE_BITS) | phase;
    }
}
