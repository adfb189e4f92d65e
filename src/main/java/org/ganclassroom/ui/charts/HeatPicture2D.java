package org.ganclassroom.ui.charts;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.ganclassroom.sim.train.Snapshot;

import java.nio.IntBuffer;

/**
 * The 2-D chart's heat map of D(x) (or the critic's T(x) on [lo, hi]): the grid's values mapped through the
 * palette's heat colours into a picture of one image pixel per screen pixel, copied onto the plot square.
 */
final class HeatPicture2D {
    /** Colours in the heat map's table: finer than a screen can show between two neighbouring grey levels. */
    private static final int HEAT_COLOURS = 1024;
    /** Largest heat-map picture side in pixels (beyond it JavaFX scales it up, smoothly). */
    private static final int MAX_HEAT_PIXELS = 2048;

    private final Heatmap2D chart;
    @SuppressWarnings("unchecked")
    private final PixelBuffer<IntBuffer>[] heatBuffers = new PixelBuffer[2];
    private final int[][] heatArrays = new int[2][];
    private final WritableImage[] heatImages = new WritableImage[2];
    private int heatSize;
    private int heatFrame;
    private double[] normalised = new double[0];
    private HeatRaster heatRaster;
    private ChartPalette heatPalette;

    HeatPicture2D(Heatmap2D chart) {
        this.chart = chart;
    }

    void paint(GraphicsContext gc, Snapshot s, double lo, double hi) {
        ChartPalette p = chart.palette();
        int n = s.gridSize();
        if (normalised.length != n * n) {
            normalised = new double[n * n];
        }
        double[] d = s.d();
        for (int j = 0; j < n; j++) {
            int row = (n - 1 - j) * n;
            for (int i = 0; i < n; i++) {
                int idx = j * n + i;
                double v = d != null && idx < d.length ? d[idx] : Double.NaN;
                if (!ChartBase.finite(v)) {
                    chart.skip();
                    normalised[row + i] = 0.5;
                } else {
                    normalised[row + i] = (v - lo) / (hi - lo);
                }
            }
        }
        if (heatRaster == null || heatPalette != p) {
            int[] colours = new int[HEAT_COLOURS];
            for (int k = 0; k < HEAT_COLOURS; k++) {
                colours[k] = p.heatArgb(k / (HEAT_COLOURS - 1.0));
            }
            heatRaster = new HeatRaster(colours);
            heatPalette = p;
        }
        double side = chart.side();
        double renderScale = chart.renderScale();
        // one image pixel per screen pixel (capped for huge windows), drawn without scaling; see HeatRaster
        int size = (int) Math.max(1, Math.min(MAX_HEAT_PIXELS, Math.round(side * renderScale)));
        if (heatImages[0] == null || heatSize != size) {
            for (int k = 0; k < 2; k++) {
                heatArrays[k] = new int[size * size];
                heatBuffers[k] = new PixelBuffer<>(size, size, IntBuffer.wrap(heatArrays[k]),
                        PixelFormat.getIntArgbPreInstance());
                heatImages[k] = new WritableImage(heatBuffers[k]);
            }
            heatSize = size;
        }
        // Two pictures used in turn: the render thread may still be reading the one drawn last frame while this
        // one is written. The colours are opaque, so ARGB and premultiplied ARGB are the same numbers, and the
        // software renderer takes them as they are (setPixels into a plain WritableImage converted every pixel).
        int k = heatFrame++ & 1;
        heatRaster.paint(normalised, n, size, heatArrays[k]);
        heatBuffers[k].updateBuffer(b -> null);
        boolean zoomOut = chart.isZoomedOut();
        gc.setImageSmoothing(size < side * renderScale || zoomOut);
        if (zoomOut) {
            gc.setFill(chart.palette().plotBackground());
            gc.fillRect(chart.plotX(), chart.plotY(), side, side);
        }
        double gridLower = chart.gridLower();
        double gridUpper = chart.gridUpper();
        gc.drawImage(heatImages[k], chart.sx(gridLower), chart.sy(gridUpper),
                chart.sx(gridUpper) - chart.sx(gridLower), chart.sy(gridLower) - chart.sy(gridUpper));
        gc.setImageSmoothing(true);
    }
}
