package org.ganclassroom.clip;

import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.run.Simulation;
import org.ganclassroom.sim.train.Snapshot;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A frame shows the plot: the curves and dots in the app's colours, on the theme's background. */
class FrameRendererTest {
    static int count(BufferedImage img, Color c) {
        int want = c.getRGB() & 0xffffff;
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xffffff) == want) {
                    n++;
                }
            }
        }
        return n;
    }

    private static Snapshot snapshotOf(String preset, int steps) {
        Simulation s = new Simulation(ExperimentPresets.get(preset));
        s.advance(steps);
        return s.snapshot();
    }

    @Test
    void aOneDimensionalFrameShowsPDataFilledAndTheCurvesAfterTheIndexing() {
        ClipPalette p = ClipPalette.light();
        FrameRenderer r = new FrameRenderer(480, 300, p);
        FixedColours colours = new FixedColours(p);
        BufferedImage indexed = colours.newIndexed(480, 300);
        colours.index(r.render(snapshotOf("mixture2", 20)), indexed);
        assertEquals(p.background().getRGB(), indexed.getRGB(2, 2), "the light theme's background");
        assertTrue(count(indexed, p.overBackground(p.real(), 0.22)) > 2000, "p_data's fill: a large area");
        assertTrue(count(indexed, p.fake()) > 100, "p_g's line");
        assertTrue(count(indexed, p.discriminator()) > 100, "D's line");
        assertTrue(count(indexed, p.text()) > 50, "the step label and legend");
    }

    @Test
    void aTwoDimensionalFrameShowsTheHeatMapAndBothKindsOfDotsInTheDarkTheme() {
        ClipPalette p = ClipPalette.dark();
        FrameRenderer r = new FrameRenderer(400, 300, p);
        BufferedImage img = r.render(snapshotOf("ring8", 4));
        assertEquals(p.background().getRGB(), img.getRGB(2, 2));
        assertTrue(count(img, p.real()) > 30, "real dots");
        assertTrue(count(img, p.fake()) > 30, "generated dots");
        int heat = 0;
        for (int k = 0; k <= 20; k++) {
            heat += count(img, new Color(p.heatRgb(k / 20.0)));
        }
        assertTrue(heat > 0, "heat-map colours");
    }

    @Test
    void everyColourOfAFrameIsInTheFixedTableSoFramesDoNotFlicker() {
        ClipPalette p = ClipPalette.light();
        FixedColours colours = new FixedColours(p);
        for (Color c : new Color[]{p.background(), p.real(), p.fake(), p.discriminator(), p.optimum(), p.text(),
            p.overBackground(p.real(), 0.22)}) {
            BufferedImage one = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
            one.setRGB(0, 0, c.getRGB());
            BufferedImage out = colours.newIndexed(1, 1);
            colours.index(one, out);
            assertEquals(Integer.toHexString(c.getRGB()), Integer.toHexString(out.getRGB(0, 0)), "kept exactly");
        }
        assertTrue(colours.colours().length <= 256);
    }
}
