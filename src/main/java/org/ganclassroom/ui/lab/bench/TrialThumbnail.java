package org.ganclassroom.ui.lab.bench;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import org.ganclassroom.sim.bench.TrialResult;
import org.ganclassroom.sim.data.DataPresets;
import org.ganclassroom.sim.data.Distribution2D;
import org.ganclassroom.sim.data.Mode;
import org.ganclassroom.ui.charts.ChartPalette;

/**
 * One trial's final samples as a small multiple: the 2 500 scored generator samples as dots over the data's modes
 * (rings of 3σ, the papers' high-quality radius), on the data's plotting square. One Region owning one Canvas.
 */
final class TrialThumbnail extends Region {
    static final double SIZE = 112;
    private final Canvas canvas = new Canvas(SIZE, SIZE);
    private final TrialResult trial;
    private final Distribution2D data;
    private ChartPalette palette = ChartPalette.light();

    TrialThumbnail(TrialResult trial) {
        this.trial = trial;
        this.data = DataPresets.twoD(trial.row().data());
        getChildren().add(canvas);
        getStyleClass().add("bench-thumbnail");
        setMinSize(SIZE, SIZE);
        setPrefSize(SIZE, SIZE);
        setMaxSize(SIZE, SIZE);
        redraw();
    }

    /** The colours of the current theme: modes in the real-data colour, samples in the generated one. */
    void setPalette(ChartPalette palette) {
        this.palette = palette;
        redraw();
    }

    TrialResult trial() {
        return trial;
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double lo = data.lower();
        double scale = SIZE / (data.upper() - lo);
        g.setFill(palette.plotBackground());
        g.fillRect(0, 0, SIZE, SIZE);
        g.setStroke(palette.real());
        g.setLineWidth(1);
        for (Mode m : data.modes()) {
            // at least a few pixels, or the ring's 0.01-σ modes would not show at this size
            double r = Math.max(3, 3 * m.sigma() * scale);
            g.strokeOval((m.x() - lo) * scale - r, SIZE - (m.y() - lo) * scale - r, 2 * r, 2 * r);
        }
        g.setFill(palette.fake().deriveColor(0, 1, 1, 0.35));
        double[] xs = trial.xs();
        double[] ys = trial.ys();
        for (int i = 0; i < xs.length; i++) {
            double x = (xs[i] - lo) * scale;
            double y = SIZE - (ys[i] - lo) * scale;
            if (x >= 0 && x < SIZE && y >= 0 && y < SIZE) {
                g.fillRect(x - 0.75, y - 0.75, 1.5, 1.5);
            }
        }
    }

    @Override
    protected void layoutChildren() {
        canvas.relocate(0, 0);
    }
}
