package org.ganclassroom.ui.charts;

import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.run.Simulation;
import org.ganclassroom.sim.train.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small things that looked broken in the charts: a clipped p_g spike, D on the frame line, ln 2 on 0.6, dark heat. */
@ExtendWith(ApplicationExtension.class)
class ChartReadabilityTest {
    private DensityChart1D density;
    private HistoryChart history;

    @Start
    void start(Stage stage) {
        density = new DensityChart1D();
        history = new HistoryChart();
        density.setPrefSize(480, 300);
        history.setPrefSize(480, 130);
        stage.setScene(new Scene(new VBox(density, history), 520, 460));
        stage.show();
    }

    private static Snapshot trained(String preset, int steps) {
        Simulation s = new Simulation(ExperimentPresets.get(preset));
        s.advance(steps);
        return s.snapshot();
    }

    private static Snapshot with(Snapshot t, double[] pG, double[] d, double[] dStar) {
        return new Snapshot(t.metrics(), t.dimension(), t.lower(), t.upper(), t.gridSize(), t.pData(), pG, d, dStar,
                t.realBatch(), t.fakeBatch(), t.fakePush(), t.generated(), t.training(), t.stabilisers(), t.failure(), t.updates());
    }

    /** The band of batch ticks and push arrows (40 px at full size) takes at most a fifth of a short plot. */
    @Test
    void theBatchBandLeavesAShortPlotMostlyToTheCurves() {
        assertEquals(1, SampleBand1D.bandScale(300), 0);
        for (double ph : new double[]{70, 100, 150, 240}) {
            assertTrue(40 * SampleBand1D.bandScale(ph) <= 0.2 * ph + 1e-9,
                    "band " + 40 * SampleBand1D.bandScale(ph) + " px on a " + ph + " px plot");
        }
    }

    @Test
    void aPgSpikeAboveTheScaleIsMarkedWithItsHeight(FxRobot robot) {
        Snapshot t = trained("mixture2", 20);
        double[] spike = new double[t.gridSize()];
        int at = t.gridSize() / 3;
        spike[at] = 40 * Arrays.stream(t.pData()).max().orElseThrow();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            density.setSnapshot(with(t, spike, t.d(), t.dStar()));
            shot[0] = density.canvas().snapshot(null, null);
        });
        String note = density.clippedPeakNote();
        assertTrue(note != null && note.startsWith("p_g peak "), "the clipped peak is labelled: " + note);
        assertEquals(spike[at], Double.parseDouble(note.substring("p_g peak ".length())), spike[at] * 0.01);
        // the arrow in the fake colour sits on the top edge above the spike
        PixelReader px = shot[0].getPixelReader();
        int x = (int) Math.round(density.sx(t.cellCentre(at)));
        boolean arrow = false;
        for (int y = 37; y < 45; y++) {
            arrow |= close(density.palette().fake(), px.getColor(x, y));
        }
        assertTrue(arrow, "an arrow marks the spike at the top edge");

        robot.interact(() -> density.setSnapshot(with(t, t.pData(), t.d(), t.dStar())));
        assertNull(density.clippedPeakNote(), "no note when p_g fits");
    }

    @Test
    void thePeakNoteAtStepZeroCrossesNoCurve(FxRobot robot) {
        for (String preset : List.of(ExperimentPresets.DEFAULT, ExperimentPresets.COURSE_DEFAULT, "mixture2")) {
            Snapshot t = new Simulation(ExperimentPresets.get(preset)).snapshot();
            robot.interact(() -> density.setSnapshot(t));
            javafx.geometry.Bounds note = density.peakNoteBounds();
            assertTrue(note != null, preset + ": at step 0 the narrow p_g peaks above the scale");
            double[] r = density.plotRect();
            assertTrue(note.getMinX() >= r[0] && note.getMaxX() <= r[0] + r[2] && note.getMinY() >= r[1],
                    preset + ": the note " + note + " lies in the plot");
            for (double[] curve : List.of(t.dStar(), t.d())) {
                for (int i = 0; i + 1 < t.gridSize(); i++) {
                    double xa = density.sx(t.cellCentre(i));
                    double xb = density.sx(t.cellCentre(i + 1));
                    double ya = density.dY(curve[i]);
                    double yb = density.dY(curve[i + 1]);
                    boolean overlaps = xb >= note.getMinX() && xa <= note.getMaxX()
                            && Math.max(ya, yb) >= note.getMinY() && Math.min(ya, yb) <= note.getMaxY();
                    assertTrue(!overlaps, preset + ": the note " + note + " lies over "
                            + (curve == t.dStar() ? "D*" : "D") + " at x = " + t.cellCentre(i));
                }
            }
        }
    }

    @Test
    void dEqualToOneIsDrawnInsideThePlotNotOnTheFrame(FxRobot robot) {
        Snapshot t = trained("mixture2", 20);
        double[] one = new double[t.gridSize()];
        Arrays.fill(one, 1.0);
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            density.setShowOptimalDiscriminator(false);
            density.setSnapshot(with(t, t.pData(), one, t.dStar()));
            shot[0] = density.canvas().snapshot(null, null);
        });
        PixelReader px = shot[0].getPixelReader();
        int x = (int) (density.canvas().getWidth() / 2) + 3;
        int rowsWithD = 0;
        for (int y = 38; y < 80; y++) { // below the top frame rule (y = 36) and its neighbour
            if (close(density.palette().discriminator(), px.getColor(x, y))) {
                rowsWithD++;
            }
        }
        StringBuilder seen = new StringBuilder();
        for (int y = 30; y < 60; y++) {
            seen.append(y).append(':').append(px.getColor(x, y)).append(' ');
        }
        assertTrue(rowsWithD >= 1, "D(x) = 1 is visible below the frame line " + seen);
    }

    @Test
    void theLn2LabelNeverOverlapsAJsdTick(FxRobot robot) {
        for (double height : new double[]{110, 130, 200, 320}) {
            robot.interact(() -> {
                history.setPrefHeight(height);
                history.setHistory(new Simulation(ExperimentPresets.get("mixture2")).history());
                history.resize(480, height);
                history.redraw();
            });
            List<double[]> labels = history.jsdAxisLabels();
            assertEquals(Math.log(2), labels.get(0)[1], 1e-12, "ln 2 is labelled at the top");
            for (int i = 1; i < labels.size(); i++) {
                assertTrue(labels.get(i)[0] - labels.get(i - 1)[0] >= 13,
                        "labels " + labels.get(i - 1)[1] + " and " + labels.get(i)[1] + " overlap at height " + height);
            }
            assertTrue(labels.size() >= 3, "0 and a middle tick stay at height " + height);
        }
    }

    @Test
    void theDarkHeatMapSeparatesRealFromFake() {
        ChartPalette dark = ChartPalette.dark();
        Color mid = argb(dark.heatArgb(0.5));
        for (double d : new double[]{0, 1}) {
            double ratio = contrast(argb(dark.heatArgb(d)), mid);
            assertTrue(ratio >= 2, "dark heat map: D = " + d + " against D = ½ has contrast " + ratio);
        }
    }

    private static Color argb(int v) {
        return Color.rgb(v >> 16 & 255, v >> 8 & 255, v & 255);
    }

    /** WCAG contrast ratio of two colours. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * lin(c.getRed()) + 0.7152 * lin(c.getGreen()) + 0.0722 * lin(c.getBlue());
    }

    private static double lin(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static boolean close(Color want, Color got) {
        return Math.abs(want.getRed() - got.getRed()) + Math.abs(want.getGreen() - got.getGreen())
                + Math.abs(want.getBlue() - got.getBlue()) < 0.25;
    }
}
