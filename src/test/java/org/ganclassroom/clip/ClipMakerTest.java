package org.ganclassroom.clip;

import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.run.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClipMakerTest {
    @TempDir
    Path dir;
    private final ExperimentConfig config = ExperimentPresets.get("mixture2");

    @Test
    void framesAreTheChosenStepsEndingOnTheLastAndShowTheRunTheSimulatorShows() throws Exception {
        ClipSpec spec = new ClipSpec(10, 35, 10, 20, 240, 180, ClipPalette.light());
        List<Long> frameSteps = new ArrayList<>();
        long[] lastDone = {0};
        ClipMaker.Result r = ClipMaker.make(config, null, spec, dir.resolve("c.gif"), (step, done, frames, f) -> {
            if (done > lastDone[0]) {
                frameSteps.add(step);
                lastDone[0] = done;
            }
        }, () -> false);
        assertEquals(List.of(10L, 20L, 30L, 35L), frameSteps);
        assertEquals(4, r.frames());
        GifFile gif = GifFile.read(r.file());
        assertEquals(4, gif.frames().size());
        assertEquals(List.of(5, 5, 5, 5), gif.delays(), "20 fps: 5 hundredths of a second each");
        assertTrue(gif.loopsForever());

        // the same run, stepped by the live simulation, drawn the same way
        Simulation live = new Simulation(config);
        live.advance(35);
        FixedColours colours = new FixedColours(spec.palette());
        BufferedImage expected = colours.newIndexed(240, 180);
        colours.index(new FrameRenderer(240, 180, spec.palette()).render(live.snapshot()), expected);
        assertArrayEquals(pixels(expected), pixels(gif.frames().get(3)), "the last frame is the run at step 35");
        assertTrue(Files.list(dir).allMatch(p -> p.getFileName().toString().equals("c.gif")), "no part file left");
    }

    private static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    @Test
    void cancellingLeavesNoPartialFileAndTheOldFileAsItWas() throws Exception {
        Path target = dir.resolve("talk.gif");
        Files.writeString(target, "the instructor's earlier clip");
        ClipSpec spec = new ClipSpec(0, 40, 5, 10, 200, 160, ClipPalette.light());
        long[] frames = {0};
        assertThrows(CancellationException.class, () -> ClipMaker.make(config, null, spec, target,
                (step, done, all, f) -> frames[0] = done, () -> frames[0] >= 2));
        assertEquals("the instructor's earlier clip", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "only the old file");
        }
    }

    @Test
    void aClipThatCannotBeMadeSaysWhyBeforeTrainingAnything() {
        ClipSpec backwards = new ClipSpec(50, 10, 1, 10, 640, 400, ClipPalette.light());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClipMaker.make(config, null, backwards, dir.resolve("x.gif"), (a, b, c, d) -> { }, () -> false));
        assertEquals("from step 50 is after to step 10", e.getMessage());
        ClipSpec tooMany = new ClipSpec(0, 100_000, 1, 10, 640, 400, ClipPalette.light());
        assertEquals("100001 frames (steps 0 to 100000 every 1) is more than 2000; take a frame every 51 steps or more",
                tooMany.problem());
        assertEquals(null, new ClipSpec(0, 100_000, 51, 10, 640, 400, ClipPalette.light()).problem());
    }
}
