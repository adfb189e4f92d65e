package org.ganclassroom.ui.charts;

import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.run.HistoryView;
import org.ganclassroom.sim.run.Simulation;
import org.ganclassroom.sim.train.Metrics;
import org.ganclassroom.sim.train.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Charts draw real snapshots, and snapshots full of NaN/∞, without exceptions, skipping what is not finite. */
@ExtendWith(ApplicationExtension.class)
class ChartsTest {
    private DensityChart1D density;
    private Heatmap2D heat;
    private HistoryChart history;

    @Start
    void start(Stage stage) {
        density = new DensityChart1D();
        heat = new Heatmap2D();
        history = new HistoryChart();
        // within the headless screen (a larger stage trips Monocle's painter)
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(new VBox(density, history), new VBox(heat));
        density.setPrefSize(480, 300);
        heat.setPrefSize(480, 360);
        history.setPrefSize(480, 200);
        stage.setScene(new Scene(box, 980, 700));
        stage.show();
    }

    private static Snapshot snapshot(String preset, int steps) {
        Simulation s = new Simulation(ExperimentPresets.get(preset));
        s.advance(steps);
        return s.snapshot();
    }

    private static double[] poison(double[] v) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i += 3) {
            out[i] = i % 2 == 0 ? Double.NaN : Double.POSITIVE_INFINITY;
        }
        return out;
    }

    private static double[][] poison(double[][] v) {
        double[][] out = new double[v.length][];
        for (int i = 0; i < v.length; i++) {
            out[i] = poison(v[i]);
        }
        return out;
    }

    private static Snapshot poisoned(Snapshot s) {
        Metrics m = s.metrics();
        return new Snapshot(m, s.dimension(), s.lower(), s.upper(), s.gridSize(), poison(s.pData()), poison(s.pG()),
                poison(s.d()), s.dStar() == null ? null : poison(s.dStar()), poison(s.realBatch()),
                poison(s.fakeBatch()), poison(s.fakePush()), poison(s.generated()), s.training(), s.stabilisers(),
                s.failure(), s.updates());
    }

    @Test
    void drawRealSnapshotsWithoutSkippingAnything(FxRobot robot) {
        Snapshot one = snapshot("mixture2", 20);
        Snapshot two = snapshot("ring8", 20);
        robot.interact(() -> {
            density.setSnapshot(one);
            heat.setSnapshot(two);
        });
        assertEquals(0, density.skippedLastDraw());
        assertEquals(0, heat.skippedLastDraw());
        assertTrue(density.redrawCount() > 0 && heat.redrawCount() > 0);
    }

    @Test
    void nonFiniteValuesAreSkippedNotDrawn(FxRobot robot) {
        Snapshot one = poisoned(snapshot("mixture2", 5));
        Snapshot two = poisoned(snapshot("ring8", 5));
        Snapshot critic = poisoned(snapshot("wgan", 5));
        double[][][] manifold = {{{0, Double.NaN, 1}, {0, 1, Double.POSITIVE_INFINITY}}};
        long[] steps = {0, 1, 2, 3, 4};
        double[] bad = {0.5, Double.NaN, Double.POSITIVE_INFINITY, 0.4, Double.NEGATIVE_INFINITY};
        robot.interact(() -> {
            density.setDrawnPoints(new double[]{0, Double.NaN});
            density.setSnapshot(one);
            heat.setManifold(manifold);
            heat.setShowGenerated(true);
            heat.setSnapshot(two);
            history.setHistory(new HistoryView(steps, bad, bad, bad, 0));
        });
        assertTrue(density.skippedLastDraw() > 0, "1-D skipped " + density.skippedLastDraw());
        assertTrue(heat.skippedLastDraw() > 0, "2-D skipped " + heat.skippedLastDraw());
        assertEquals(9, history.skippedLastDraw());
        robot.interact(() -> density.setSnapshot(critic));
        assertTrue(density.skippedLastDraw() > 0);
        // all-NaN history and an empty one
        double[] nan = new double[5];
        Arrays.fill(nan, Double.NaN);
        robot.interact(() -> history.setHistory(new HistoryView(steps, nan, nan, nan, 0)));
        assertEquals(15, history.skippedLastDraw());
        robot.interact(() -> history.setHistory(HistoryView.EMPTY));
        assertEquals(0, history.skippedLastDraw());
    }

    @Test
    void aDenseHistoryCoversEveryValueOfEachColumn(FxRobot robot) {
        // D loss alternating 1 and 2 every step: each pixel column of a 4 000-step history holds both, so the
        // column must be painted in the D-loss colour all the way between them (the band the chart fills)
        int n = 4000;
        long[] steps = new long[n];
        double[] dLoss = new double[n];
        double[] flat = new double[n];
        for (int i = 0; i < n; i++) {
            steps[i] = i;
            dLoss[i] = i % 2 == 0 ? 1.0 : 2.0;
            flat[i] = 1.5;
        }
        HistoryView hv = new HistoryView(steps, new double[n], dLoss, flat, 0);
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> {
            history.setHistory(hv);
            shot[0] = history.canvas().snapshot(null, null);
        });
        javafx.scene.image.PixelReader px = shot[0].getPixelReader();
        // the chart's layout: plot from y = 36 to height − 40, loss axis fitted to [1, 2] padded by 5 % each side
        double ph = history.canvas().getHeight() - 36 - 40;
        java.util.function.DoubleUnaryOperator y = v -> 36 + ph - (v - 0.95) / 1.1 * ph;
        int x = (int) (history.canvas().getWidth() / 2);
        javafx.scene.paint.Color green = history.palette().discriminator();
        for (int row = (int) Math.ceil(y.applyAsDouble(2.0)) + 1; row < y.applyAsDouble(1.0) - 1; row++) {
            if (Math.abs(row - y.applyAsDouble(1.5)) < 4) {
                continue; // the G-loss line crosses here
            }
            javafx.scene.paint.Color c = px.getColor(x, row);
            assertTrue(Math.abs(c.getRed() - green.getRed()) < 0.05 && Math.abs(c.getGreen() - green.getGreen()) < 0.05
                    && Math.abs(c.getBlue() - green.getBlue()) < 0.05, "pixel (" + x + ", " + row + ") is " + c);
        }
    }

    @Test
    void theOneDPlotsFrameIsACrispOnePixelRuleInTheAxisColour(FxRobot robot) {
        // the plot rectangle starts at (58, 36) and ends 62 px from the right and 46 px from the bottom
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> {
            density.setSnapshot(null);
            shot[0] = density.canvas().snapshot(null, null);
        });
        javafx.scene.image.PixelReader px = shot[0].getPixelReader();
        int right = (int) density.canvas().getWidth() - 62 - 1;
        int bottom = (int) density.canvas().getHeight() - 46 - 1;
        javafx.scene.paint.Color axis = density.palette().axis();
        int midY = (36 + bottom) / 2 + 7; // off the grid lines
        int midX = (58 + right) / 2 + 7;
        for (int[] p : new int[][]{{58, midY}, {right, midY}, {midX, 36}, {midX, bottom}}) {
            assertClose(axis, px.getColor(p[0], p[1]), "frame pixel (" + p[0] + ", " + p[1] + ")");
        }
        // one pixel wide: the neighbours inside are the plot's background, not a blurred half-tone of the axis
        javafx.scene.paint.Color inside = density.palette().plotBackground();
        assertClose(inside, px.getColor(59, midY), "pixel inside the left edge");
        assertClose(inside, px.getColor(midX, 37), "pixel inside the top edge");
    }

    @Test
    void every2dSampleIsADotOfItsColourWhereItLies(FxRobot robot) {
        Snapshot trained = snapshot("ring8", 300);
        // a row of real samples above a row of generated ones, each clear of the others
        double[][] realRow = new double[2][12];
        double[][] fakeRow = new double[2][12];
        double lo = trained.lower();
        double span = trained.upper() - lo;
        for (int i = 0; i < 12; i++) {
            realRow[0][i] = lo + span * (i + 1.13) / 14;
            realRow[1][i] = lo + span * 0.7;
            fakeRow[0][i] = lo + span * (i + 1.41) / 14;
            fakeRow[1][i] = lo + span * (0.3 - 0.002 * i);
        }
        Metrics m = trained.metrics();
        Snapshot s = new Snapshot(m, 2, trained.lower(), trained.upper(), trained.gridSize(), trained.pData(),
                trained.pG(), trained.d(), trained.dStar(), realRow, fakeRow, trained.fakePush(), trained.generated(),
                trained.training(), trained.stabilisers(), trained.failure(), trained.updates());
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> {
            heat.setShowGradientPush(false);
            heat.setShowContours(false);
            heat.setSnapshot(s);
            shot[0] = heat.snapshot(null, null);
        });
        javafx.scene.image.PixelReader px = shot[0].getPixelReader();
        double[][] real = s.realBatch();
        double[][] fake = s.fakeBatch();
        int[] checked = new int[2];
        for (double[][][] pair : new double[][][][]{{real, fake}, {fake, real}}) {
            javafx.scene.paint.Color colour = pair[0] == real ? heat.palette().real() : heat.palette().fake();
            for (int i = 0; i < pair[0][0].length; i++) {
                double cx = heat.canvasX(pair[0][0][i]);
                double cy = heat.canvasY(pair[0][1][i]);
                if (Double.isNaN(heat.dataX(cx)) || Double.isNaN(heat.dataY(cy)) || covered(pair, i, cx, cy, heat)) {
                    continue;
                }
                assertClose(colour, px.getColor((int) Math.floor(cx), (int) Math.floor(cy)), "dot of sample " + i);
                checked[pair[0] == real ? 0 : 1]++;
            }
        }
        assertEquals(12, checked[0], "real dots checked");
        assertEquals(12, checked[1], "generated dots checked");
        robot.interact(() -> {
            heat.setShowGradientPush(true);
            heat.setShowContours(true);
        });
    }

    /** Whether another dot drawn later (or any dot of the other batch) overlaps sample i's centre pixel. */
    private static boolean covered(double[][][] pair, int i, double cx, double cy, Heatmap2D heat) {
        for (int b = 0; b < 2; b++) {
            double[][] pts = pair[b];
            for (int k = 0; k < pts[0].length; k++) {
                if (b == 0 && k == i) {
                    continue;
                }
                if (Math.hypot(heat.canvasX(pts[0][k]) - cx, heat.canvasY(pts[1][k]) - cy) < 8) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void assertClose(javafx.scene.paint.Color want, javafx.scene.paint.Color got, String what) {
        assertTrue(Math.abs(want.getRed() - got.getRed()) < 0.02 && Math.abs(want.getGreen() - got.getGreen()) < 0.02
                && Math.abs(want.getBlue() - got.getBlue()) < 0.02, what + " is " + got + ", expected " + want);
    }
}
