package org.ganclassroom.ui.charts;

import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.run.Simulation;
import org.ganclassroom.sim.train.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each chart draws its text at the scale it was built with, and follows that scale when it changes. */
@ExtendWith(ApplicationExtension.class)
class ChartTextScaleTest {
    private final SimpleDoubleProperty normal = new SimpleDoubleProperty(1);
    private final SimpleDoubleProperty large = new SimpleDoubleProperty(1.5);
    private DensityChart1D a;
    private DensityChart1D b;

    @Start
    void start(Stage stage) {
        a = new DensityChart1D(normal);
        b = new DensityChart1D(large);
        a.setPrefSize(420, 280);
        b.setPrefSize(420, 280);
        stage.setScene(new Scene(new HBox(a, b), 860, 300));
        stage.show();
    }

    private static boolean samePixels(WritableImage x, WritableImage y) {
        if (x.getWidth() != y.getWidth() || x.getHeight() != y.getHeight()) {
            return false;
        }
        PixelReader px = x.getPixelReader();
        PixelReader py = y.getPixelReader();
        for (int j = 0; j < (int) x.getHeight(); j++) {
            for (int i = 0; i < (int) x.getWidth(); i++) {
                if (px.getArgb(i, j) != py.getArgb(i, j)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void twoChartsWithDifferentScalesDrawDifferentlyUntilTheScalesAgree(FxRobot robot) {
        Simulation sim = new Simulation(ExperimentPresets.get("mixture2"));
        sim.advance(20);
        Snapshot s = sim.snapshot();
        WritableImage[] shots = new WritableImage[2];
        robot.interact(() -> {
            // twice: a chart's first paint starts from the canvas's default line caps, later ones do not
            for (int k = 0; k < 2; k++) {
                a.setSnapshot(s);
                b.setSnapshot(s);
            }
            shots[0] = a.canvas().snapshot(null, null);
            shots[1] = b.canvas().snapshot(null, null);
        });
        assertEquals(12, a.small().getSize(), 1e-9, "scale 1: tick labels at 12 px");
        assertEquals(18, b.small().getSize(), 1e-9, "scale 1.5: tick labels at 18 px");
        assertFalse(samePixels(shots[0], shots[1]), "the larger text shows in the picture");

        long before = a.redrawCount();
        robot.interact(() -> {
            normal.set(1.5);
            shots[0] = a.canvas().snapshot(null, null);
        });
        assertTrue(a.redrawCount() > before, "a change of the scale redraws the chart");
        assertEquals(18, a.small().getSize(), 1e-9, "and its labels take the new size");
        assertTrue(samePixels(shots[0], shots[1]), "drawn as the chart built with that scale draws");
    }
}
