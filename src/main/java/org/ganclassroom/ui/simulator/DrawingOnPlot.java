package org.ganclassroom.ui.simulator;

import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;
import org.ganclassroom.ui.live.LivePlot;

/**
 * "Draw your own" data: while a drawing data set is chosen, clicks and drags on the plot add points (in data
 * coordinates of the 1-D or 2-D chart the chosen set needs), and the plot shows that chart with the points.
 */
final class DrawingOnPlot {
    /** Drag events closer than this to the last point (in pixels) add nothing. */
    private static final double MIN_GAP = 8;
    private final ConfigForm form;
    private final LivePlot plot;
    private double lastX = Double.NaN;
    private double lastY = Double.NaN;

    DrawingOnPlot(ConfigForm form, LivePlot plot) {
        this.form = form;
        this.plot = plot;
        form.datasetProperty().addListener((o, a, b) -> refresh());
        form.drawnCountProperty().addListener((o, a, b) -> refresh());
        plot.plotArea().addEventHandler(MouseEvent.MOUSE_PRESSED, e -> draw(e, true));
        plot.plotArea().addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> draw(e, false));
        refresh();
    }

    private boolean oneD() {
        return ConfigChoices.DRAW_1D.equals(form.datasetProperty().get());
    }

    private void draw(MouseEvent e, boolean pressed) {
        if (!form.drawing()) {
            return;
        }
        boolean one = oneD();
        double x = one ? plot.densityChart().dataX(e.getX()) : plot.heatmap().dataX(e.getX());
        double y = one ? 0 : plot.heatmap().dataY(e.getY());
        if (!pressed && Math.hypot(e.getX() - lastX, e.getY() - lastY) < MIN_GAP) {
            return;
        }
        if (Double.isFinite(x) && Double.isFinite(y)) {
            form.addDrawnPoint(x, y);
            lastX = e.getX();
            lastY = e.getY();
        }
    }

    private void refresh() {
        boolean drawing = form.drawing();
        boolean one = oneD();
        plot.densityChart().setDrawnPoints(drawing && one ? form.drawnXs() : null);
        plot.heatmap().setDrawnPoints(drawing && !one ? form.drawnXs() : null, drawing && !one ? form.drawnYs() : null);
        plot.setForcedDimension(drawing ? (one ? 1 : 2) : 0);
        plot.plotArea().setCursor(drawing ? Cursor.CROSSHAIR : Cursor.DEFAULT);
    }
}
