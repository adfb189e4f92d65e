package org.ganclassroom.ui.simulator;

import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Polyline;
import org.ganclassroom.ui.charts.DensityChart1D;
import org.ganclassroom.ui.live.LivePlot;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import static org.ganclassroom.ui.simulator.Tips.tip;

/**
 * The Simulator's pen: with Draw pressed, a drag across the 1-D plot draws the shape of p_data (the curve's
 * height is the density's), and releasing restarts the run on a "drawn" target of that shape
 * ({@link PenStroke1D}). Each new stroke replaces the last shape. While the pen is on, the plot's clicks belong
 * to it (the Configure panel's point-by-point drawing waits).
 */
final class PenTool {
    /** Points a stroke becomes: enough for the kernel estimate to follow a hand-drawn shape. */
    static final int POINTS = 400;
    private final SimulatorViewModel vm;
    private final LivePlot plot;
    private final ToggleButton button = new ToggleButton("Draw", new FontIcon(MaterialDesignP.PENCIL));
    private final PenStroke1D stroke = new PenStroke1D();
    private final Polyline line = new Polyline();
    private final Label hint = new Label();

    PenTool(SimulatorViewModel vm, LivePlot plot) {
        this.vm = vm;
        this.plot = plot;
        button.setId("sim-draw");
        button.setTooltip(tip("Draw your own p_data: drag across the plot to draw its shape, release to train on it"));
        button.selectedProperty().addListener((o, a, on) -> toggled(on));
        // a preset or another data set chosen while drawing ends the drawing
        vm.form().datasetProperty().addListener((o, a, id) -> {
            if (!ConfigChoices.DRAW_1D.equals(id)) {
                button.setSelected(false);
            }
        });
        line.setId("sim-pen-line");
        line.getStyleClass().add("sim-pen-line");
        line.setMouseTransparent(true);
        Pane overlay = new Pane(line);
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        hint.setId("sim-pen-hint");
        hint.getStyleClass().add("sim-pen-hint");
        hint.setMouseTransparent(true);
        hint.setVisible(false);
        StackPane.setAlignment(hint, Pos.TOP_CENTER);
        plot.plotArea().getChildren().addAll(overlay, hint);
        plot.plotArea().addEventFilter(MouseEvent.MOUSE_PRESSED, e -> pen(e, true));
        plot.plotArea().addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> pen(e, false));
        plot.plotArea().addEventFilter(MouseEvent.MOUSE_RELEASED, this::release);
    }

    ToggleButton button() {
        return button;
    }

    private void toggled(boolean on) {
        if (on) {
            vm.pause();
            vm.form().clearDrawnPoints();
            vm.form().datasetProperty().set(ConfigChoices.DRAW_1D);
            say("Drag across the plot to draw p_data's shape; release to train on it.");
        } else {
            stroke.clear();
            line.getPoints().clear();
        }
        hint.setVisible(on);
    }

    private void say(String text) {
        hint.setText(text);
    }

    private void pen(MouseEvent e, boolean pressed) {
        if (!button.isSelected()) {
            return;
        }
        e.consume();
        if (pressed) {
            stroke.clear();
            line.getPoints().clear();
        }
        DensityChart1D chart = plot.densityChart();
        Point2D p = chart.parentToLocal(e.getX(), e.getY());
        double x = chart.dataX(p.getX());
        if (Double.isFinite(x)) {
            stroke.add(x, Math.min(1, chart.heightFraction(p.getY())));
            line.getPoints().addAll(e.getX(), e.getY());
        }
    }

    private void release(MouseEvent e) {
        if (!button.isSelected()) {
            return;
        }
        e.consume();
        double[] points = stroke.toPoints(POINTS);
        if (points == null) {
            say("Draw across the plot, above the x axis: the curve's height is p_data's.");
            return;
        }
        ConfigForm form = vm.form();
        form.clearDrawnPoints();
        for (double x : points) {
            form.addDrawnPoint(x, 0);
        }
        if (vm.applyRestart()) {
            say("Training on your shape: press Play. Draw again to replace it.");
        }
        line.getPoints().clear();
    }
}
