package org.ganclassroom.clip;

import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentState;
import org.ganclassroom.sim.train.GanTrainer;
import org.ganclassroom.sim.train.Measurement;
import org.ganclassroom.sim.train.TrainingFailure;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Makes a clip: trains a fresh run of the config from step 0 (runs are deterministic, so it is the run the
 * Simulator showed with these settings and seed), and at each of the clip's steps measures it, draws the frame and
 * appends it to the GIF. Frames are written as they are made, never kept. The GIF goes to a hidden file beside the
 * target and takes the target's name only when complete, so a cancelled or failed export leaves no partial file and
 * an existing file is never lost to one. Runs on the caller's thread (a background one in the app).
 */
public final class ClipMaker {
    /** Where a clip stands, for a progress bar: every few hundred steps and after every frame. */
    @FunctionalInterface
    public interface Progress {
        /** @param fraction estimated share of the work done, 0..1 */
        void update(long step, long framesDone, long frames, double fraction);
    }

    /** A finished clip; {@code failure} is non-null when training left the sane range and the clip stops there. */
    public record Result(Path file, long frames, long lastStep, TrainingFailure failure) {
    }

    private static final int REPORT_EVERY_STEPS = 256;

    private ClipMaker() {
    }

    /**
     * Writes the clip of {@code config} to {@code target} (replacing it if it exists: callers ask first).
     *
     * @param start saved weights to start from instead of step 0, or null
     *
     * @throws CancellationException when {@code cancelled} turned true; nothing is left behind
     * @throws IOException           when the file cannot be written; nothing is left behind
     */
    public static Result make(ExperimentConfig config, ExperimentState start, ClipSpec spec, Path target,
                              Progress progress, BooleanSupplier cancelled) throws IOException {
        String problem = spec.problem();
        if (problem == null && start != null && spec.from() < start.step()) {
            problem = "the run starts at step " + start.step() + " (saved weights), so a clip can start there or later, "
                    + "not at step " + spec.from();
        }
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        Path part = partFile(dir, file.getFileName().toString());
        boolean done = false;
        try {
            Result r = write(config, start, spec, part, progress, cancelled);
            move(part, file);
            done = true;
            return new Result(file, r.frames(), r.lastStep(), r.failure());
        } finally {
            if (!done) {
                Files.deleteIfExists(part);
            }
        }
    }

    private static Result write(ExperimentConfig config, ExperimentState start, ClipSpec spec, Path part,
                                Progress progress, BooleanSupplier cancelled) throws IOException {
        GanTrainer trainer = new GanTrainer(config);
        if (start != null) {
            trainer.restore(start);
        }
        Measurement measurement = new Measurement(trainer);
        FrameRenderer renderer = new FrameRenderer(spec.width(), spec.height(), spec.palette());
        FixedColours colours = new FixedColours(spec.palette());
        BufferedImage indexed = colours.newIndexed(spec.width(), spec.height());
        long frames = spec.frameCount();
        Estimate estimate = new Estimate(spec.to() - trainer.stepCount(), frames);
        long written = 0;
        try (AnimatedGif gif = new AnimatedGif(part, spec.delayCentiseconds())) {
            progress.update(0, 0, frames, 0);
            while (written < frames) {
                long next = spec.frameStep(written);
                while (trainer.stepCount() < next && trainer.failure() == null) {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("cancelled at step " + trainer.stepCount());
                    }
                    trainer.step();
                    estimate.stepDone();
                    if (trainer.stepCount() % REPORT_EVERY_STEPS == 0) {
                        progress.update(trainer.stepCount(), written, frames, estimate.fraction());
                    }
                }
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("cancelled at step " + trainer.stepCount());
                }
                colours.index(renderer.render(measurement.snapshot()), indexed);
                gif.add(indexed);
                written++;
                estimate.frameDone();
                progress.update(trainer.stepCount(), written, frames, estimate.fraction());
                if (trainer.failure() != null) {
                    break;
                }
            }
        }
        return new Result(part, written, trainer.stepCount(), trainer.failure());
    }

    /** A new hidden file beside the target, made with the folder's usual permissions (a temp file's are owner-only). */
    private static Path partFile(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path part = dir.resolve("." + name + "." + Long.toHexString(System.nanoTime() + attempt) + ".part");
            try {
                Files.createFile(part);
                // the app's export thread dies with the app and Ctrl+C ends the command: neither leaves it behind
                part.toFile().deleteOnExit();
                return part;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path part, Path file) throws IOException {
        try {
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The share of the work done, from the time steps and frames have taken so far. */
    private static final class Estimate {
        private final long steps;
        private final long frames;
        private long stepsDone;
        private long framesDone;
        private long stepNanos;
        private long frameNanos;
        private long last = System.nanoTime();

        Estimate(long steps, long frames) {
            this.steps = steps;
            this.frames = frames;
        }

        void stepDone() {
            long now = System.nanoTime();
            stepNanos += now - last;
            last = now;
            stepsDone++;
        }

        void frameDone() {
            long now = System.nanoTime();
            frameNanos += now - last;
            last = now;
            framesDone++;
        }

        double fraction() {
            if (framesDone >= frames) {
                return 1;
            }
            double perStep = stepsDone == 0 ? 0 : (double) stepNanos / stepsDone;
            double perFrame = framesDone == 0 ? perStep : (double) frameNanos / framesDone;
            double done = stepNanos + frameNanos;
            double left = Math.max(0, steps - stepsDone) * perStep + (frames - framesDone) * perFrame;
            return done + left <= 0 ? 0 : done / (done + left);
        }
    }
}
