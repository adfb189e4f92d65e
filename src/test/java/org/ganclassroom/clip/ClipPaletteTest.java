package org.ganclassroom.clip;

import javafx.scene.paint.Color;
import org.ganclassroom.ui.charts.ChartPalette;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A clip uses the app's chart colours, theme for theme, so an exported clip looks like the Simulator. */
class ClipPaletteTest {
    private static int rgb(Color c) {
        return (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    private static void same(String what, Color app, java.awt.Color clip) {
        assertEquals(Integer.toHexString(rgb(app)), Integer.toHexString(clip.getRGB() & 0xffffff), what);
    }

    @Test
    void bothThemesMatchTheChartPalettes() {
        for (boolean dark : new boolean[]{false, true}) {
            ChartPalette app = dark ? ChartPalette.dark() : ChartPalette.light();
            ClipPalette clip = dark ? ClipPalette.dark() : ClipPalette.light();
            String theme = clip.name() + " ";
            same(theme + "background", app.background(), clip.background());
            same(theme + "plot background", app.plotBackground(), clip.background());
            same(theme + "axis", app.axis(), clip.axis());
            same(theme + "grid", app.grid(), clip.grid());
            same(theme + "text", app.text(), clip.text());
            same(theme + "muted text", app.mutedText(), clip.mutedText());
            same(theme + "real", app.real(), clip.real());
            same(theme + "fake", app.fake(), clip.fake());
            same(theme + "discriminator", app.discriminator(), clip.discriminator());
            same(theme + "optimum", app.optimum(), clip.optimum());
            same(theme + "sample outline", app.sampleOutline(), clip.sampleOutline());
            for (int k = 0; k <= 10; k++) {
                assertEquals(Integer.toHexString(app.heatArgb(k / 10.0) & 0xffffff),
                        Integer.toHexString(clip.heatRgb(k / 10.0)), theme + "heat at " + k / 10.0);
            }
        }
    }
}
