package org.ganclassroom.clip;

import org.ganclassroom.sim.cli.SimCommand;
import org.ganclassroom.sim.config.ConfigException;
import org.ganclassroom.sim.config.Experiment;
import org.ganclassroom.sim.config.IoReason;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code java -jar gan-classroom.jar clip …}: trains a run headless and writes part of it as an animated GIF
 * ({@link ClipMaker}); progress on stderr, one line per tenth. Never prints a stack trace for a user error: one
 * line naming what is wrong. Never replaces an existing file without {@code --force}.
 */
public final class ClipCommand {
    private ClipCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        ClipArguments a;
        try {
            a = ClipArguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("clip: " + e.getMessage());
            return 2;
        }
        if (a.help()) {
            out.println(ClipArguments.USAGE);
            return 0;
        }
        ClipSpec spec = a.spec();
        String problem = spec.problem();
        if (problem != null) {
            err.println("clip: " + problem);
            return 2;
        }
        Experiment experiment;
        try {
            experiment = SimCommand.resolve(a.preset(), a.config(), a.overrides(), a.seed());
        } catch (ConfigException e) {
            err.println("clip: " + e.getMessage());
            return 2;
        }
        Path file = a.out().toAbsolutePath();
        if (Files.exists(file) && !a.force()) {
            err.println("clip: " + file + " already exists; add --force to replace it, or choose another --out");
            return 2;
        }
        if (Files.isDirectory(file)) {
            err.println("clip: " + file + " is a folder; --out takes a file name ending in .gif");
            return 2;
        }
        int[] shownTenth = {-1};
        ClipMaker.Progress progress = (step, done, frames, fraction) -> {
            int tenth = (int) Math.floor(fraction * 10 + 1e-9);
            if (tenth > shownTenth[0]) {
                shownTenth[0] = tenth;
                err.printf(Locale.ROOT, "clip: %3d%%  step %,d of %,d, frame %d of %d%n", tenth * 10, step, spec.to(),
                        done, frames);
            }
        };
        ClipMaker.Result result;
        try {
            Files.createDirectories(file.getParent());
            result = ClipMaker.make(experiment.config(), experiment.hasState() ? experiment.state() : null, spec, file,
                    progress, () -> false);
        } catch (IllegalArgumentException e) {
            err.println("clip: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            String reason = IoReason.of(e);
            err.println("clip: cannot write " + file + (reason.startsWith(file.toString()) ? reason.substring(
                    file.toString().length()) : ": " + reason));
            return 1;
        }
        if (result.failure() != null) {
            err.println("clip: " + result.failure().message());
            err.println("clip: the clip stops at step " + result.lastStep() + "; wrote " + result.frames()
                    + " frames to " + file);
            return 3;
        }
        out.printf(Locale.ROOT, "clip: wrote %s (%d frames, steps %d to %d every %d, %d×%d, %.1f s at %d fps)%n", file,
                result.frames(), spec.from(), spec.to(), spec.every(), spec.width(), spec.height(), spec.seconds(),
                spec.fps());
        return 0;
    }
}
