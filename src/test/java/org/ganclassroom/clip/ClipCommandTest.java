package org.ganclassroom.clip;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code clip} on the command line: a GIF a slide can use, progress on stderr, and one clear line per mistake. */
class ClipCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return ClipCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesAnAnimatedGifOfTheChosenStepsSizeAndRate() throws Exception {
        Path gif = dir.resolve("run.gif");
        assertEquals(0, run("--preset", "mixture2", "--seed", "3", "--from", "10", "--to", "40", "--every", "10",
                "--fps", "4", "--size", "240x160", "--out", gif.toString()), errText());
        GifFile file = GifFile.read(gif);
        assertEquals(4, file.frames().size(), "steps 10, 20, 30, 40");
        for (var frame : file.frames()) {
            assertEquals(240, frame.getWidth());
            assertEquals(160, frame.getHeight());
        }
        assertEquals(List.of(25, 25, 25, 25), file.delays(), "4 fps: a quarter second each");
        assertTrue(file.loopsForever());
        ClipPalette light = ClipPalette.light();
        assertTrue(file.count(2, light.overBackground(light.real(), 0.22)) > 500, "p_data's fill in frame 3");
        assertTrue(file.count(2, light.fake()) > 30, "p_g's curve in frame 3");
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("clip: wrote " + gif.toAbsolutePath()
                + " (4 frames, steps 10 to 40 every 10, 240×160, 1.0 s at 4 fps)"));
        String progress = errText();
        assertTrue(progress.contains("clip:   0%") && progress.contains("clip: 100%  step 40 of 40, frame 4 of 4"),
                progress);
    }

    @Test
    void neverReplacesAnExistingFileWithoutForce() throws Exception {
        Path gif = dir.resolve("slides.gif");
        Files.writeString(gif, "keep me");
        assertEquals(2, run("--preset", "mixture2", "--to", "5", "--size", "200x160", "--out", gif.toString()));
        assertEquals("clip: " + gif.toAbsolutePath() + " already exists; add --force to replace it, or choose another "
                + "--out", errText().strip());
        assertEquals("keep me", Files.readString(gif));
        assertEquals(0, run("--preset", "mixture2", "--to", "5", "--size", "200x160", "--out", gif.toString(),
                "--force"), errText());
        assertEquals(6, GifFile.read(gif).frames().size(), "steps 0..5, every step");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--fps 0|clip: --fps: 0 is out of range; allowed 1..50",
        "--fps ten|clip: --fps: \"ten\" is not a whole number; use the digits 0-9",
        "--size 640|clip: --size: \"640\" is not WIDTHxHEIGHT; use e.g. 960x600",
        "--size 64x400|clip: --size width: 64 is out of range; allowed 160..3840",
        "--theme blue|clip: --theme: \"blue\" is not a theme; use light or dark",
        "--out clip.png|clip: --out: \"clip.png\" does not end in .gif; a clip is an animated GIF",
        "--from 50 --to 10|clip: --from 50 is after --to 10",
        "--every 0|clip: --every: 0 is out of range; allowed 1..10000000",
        "--to 100000 --every 1|clip: 100001 frames (steps 0 to 100000 every 1) is more than 2000; take a frame every 51 steps or more",
        "--to|clip: --to needs a value",
        "--colour red|clip: unknown option \"--colour\"; run with --help to see the options",
        "--preset nope|clip: --preset: unknown preset",
    })
    void aBadFlagIsOneLineNamingItAndWritesNothing(String args, String message) throws Exception {
        String[] a = (args + " --out " + dir.resolve("x.gif")).split(" ");
        if (args.equals("--out clip.png")) {
            a = new String[]{"--out", "clip.png"};
        } else if (args.equals("--to")) {
            a = new String[]{"--to"};
        }
        assertEquals(2, run(a));
        assertTrue(errText().startsWith(message), errText());
        assertEquals(1, errText().lines().count(), errText());
        assertFalse(Files.exists(dir.resolve("x.gif")));
    }

    @Test
    void anUnwritablePlaceIsNamedWithExitCode1() throws Exception {
        Path file = dir.resolve("not-a-folder");
        Files.writeString(file, "x");
        Path gif = file.resolve("clip.gif");
        assertEquals(1, run("--preset", "mixture2", "--to", "3", "--size", "200x160", "--out", gif.toString()));
        assertTrue(errText().startsWith("clip: cannot write " + gif.toAbsolutePath()), errText());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void aSavedExperimentIsClippedFromItsOwnStep() throws Exception {
        Path run = dir.resolve("run");
        assertEquals(0, org.ganclassroom.sim.cli.SimCommand.run(new String[]{"--preset", "mixture2", "--steps", "20",
            "--out", run.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)), errText());
        String saved = run.resolve("experiment.json").toString();
        Path gif = dir.resolve("later.gif");
        assertEquals(2, run("--config", saved, "--from", "10", "--to", "24", "--size", "200x160", "--out",
                gif.toString()));
        assertEquals("clip: the run starts at step 20 (saved weights), so a clip can start there or later, not at "
                + "step 10", errText().strip());
        assertEquals(0, run("--config", saved, "--from", "20", "--to", "24", "--every", "2", "--size", "200x160",
                "--out", gif.toString()), errText());
        assertEquals(3, GifFile.read(gif).frames().size(), "steps 20, 22, 24");
    }

    @Test
    void helpListsEveryFlag() {
        assertEquals(0, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String flag : List.of("--preset", "--config", "--set", "--seed", "--from", "--to", "--every", "--fps",
                "--size", "--theme", "--out", "--force")) {
            assertTrue(help.contains(flag), flag);
        }
    }
}
