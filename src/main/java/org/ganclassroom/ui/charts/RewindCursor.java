package org.ganclassroom.ui.charts;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * The history chart's mark of a rewound run: a solid rule at the step on show, its number in a tag, and the
 * steps after it (the run's future until it moves on, when they are forgotten) veiled.
 */
final class RewindCursor {
    private RewindCursor() {
    }

    static void draw(GraphicsContext gc, ChartPalette p, double x, double right, double top, double height,
                     String label, double labelWidth) {
        double rx = Math.round(x) + 0.5;
        gc.setGlobalAlpha(0.55);
        gc.setFill(p.plotBackground());
        gc.fillRect(rx + 1, top, Math.max(0, right - rx - 1), height);
        gc.setGlobalAlpha(1);
        gc.setStroke(p.text());
        gc.setLineWidth(2);
        gc.strokeLine(rx, top, rx, top + height);
        double tx = rx + labelWidth + 10 > right ? rx - labelWidth - 8 : rx + 4;
        double size = gc.getFont().getSize();
        gc.setFill(p.text());
        gc.fillRect(tx - 2, top + height - size - 8, labelWidth + 6, size + 6);
        gc.setFill(p.plotBackground());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(label, tx + 1, top + height - size - 6);
        gc.setTextBaseline(VPos.CENTER);
        gc.setLineWidth(1);
    }
}
