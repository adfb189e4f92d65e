package org.ganclassroom.ui.charts;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * One sample dot (a filled disc with an outline), rasterised once and then stamped with {@code drawImage} at
 * whole-pixel positions. The software renderer rasterises every circle of a path through its general,
 * antialiasing path filler over the path's whole bounding box; copying a ready 11- or 13-pixel picture is far less
 * (docs/PERFORMANCE.md). Remakes its picture when the colours, radius
 * or screen scale change.
 */
final class DotStamp {
    private WritableImage image;
    private Color fill;
    private Color outline;
    private double radius;
    private double scale;
    private int half;

    /** Stamps the dot centred on the pixel that holds (x, y). FX thread. */
    void draw(GraphicsContext gc, double x, double y) {
        gc.drawImage(image, Math.floor(x) - half, Math.floor(y) - half, 2 * half + 1, 2 * half + 1);
    }

    /**
     * Makes sure the picture is of this dot, with {@code scale} device pixels per layout pixel (2 on a HiDPI
     * screen, so the dot stays sharp); returns this. FX thread.
     */
    DotStamp of(Color fill, Color outline, double radius, double scale) {
        if (image == null || !fill.equals(this.fill) || !outline.equals(this.outline) || radius != this.radius
                || scale != this.scale) {
            half = (int) Math.ceil(radius + 1);
            int size = 2 * half + 1;
            Canvas c = new Canvas(size * scale, size * scale);
            GraphicsContext g = c.getGraphicsContext2D();
            g.scale(scale, scale);
            double centre = half + 0.5;
            g.setFill(fill);
            g.fillOval(centre - radius, centre - radius, 2 * radius, 2 * radius);
            g.setStroke(outline);
            g.setLineWidth(1);
            g.strokeOval(centre - radius, centre - radius, 2 * radius, 2 * radius);
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.TRANSPARENT);
            image = c.snapshot(p, null);
            this.fill = fill;
            this.outline = outline;
            this.radius = radius;
            this.scale = scale;
        }
        return this;
    }
}
