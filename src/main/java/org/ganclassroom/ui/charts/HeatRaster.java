package org.ganclassroom.ui.charts;

/**
 * Turns an n × n grid of values in [0, 1] into a smooth ARGB picture of any size: bilinear interpolation between
 * cell centres (clamped at the border), then a colour table. The 2-D plot used to hand the n × n picture to
 * {@code drawImage} with smoothing and let JavaFX scale it; the software renderer (Xvfb, machines without a
 * usable GPU) does that per pixel through a slow general texture-paint path. Interpolating here costs a few multiply-adds per pixel and leaves the renderer a 1:1 copy; it also
 * interpolates the values, not the colours, so in-between pixels get the colour map's own colours.
 * No JavaFX types, so it can be tested without a screen; not thread-safe (one per chart).
 */
public final class HeatRaster {
    private final int[] lut;
    private int size;
    /** Per output column (and row, the picture is square): lower cell index and weight of the upper one. */
    private int[] lowerCell = new int[0];
    private double[] weight = new double[0];
    private double[] rowValues = new double[0];
    private int cells;

    /** @param colours the colour table, index k for the value k/(length − 1) */
    public HeatRaster(int[] colours) {
        if (colours.length < 2) {
            throw new IllegalArgumentException("need at least two colours");
        }
        this.lut = colours.clone();
    }

    /**
     * Paints {@code values} (n × n, row 0 at the top, each in [0, 1]; anything else is clamped, NaN taken as ½)
     * into the first size × size entries of {@code target} (row-major, top row first) and returns it.
     */
    public int[] paint(double[] values, int n, int size, int[] target) {
        if (n < 1 || values.length < n * n || size < 1 || target.length < size * size) {
            throw new IllegalArgumentException("need an n × n grid, a positive size and room for size² pixels, got n = "
                    + n + ", " + values.length + " values, size " + size + ", " + target.length + " pixels");
        }
        prepare(n, size);
        int top = lut.length - 1;
        for (int py = 0; py < size; py++) {
            int r0 = lowerCell[py] * n;
            int r1 = Math.min(lowerCell[py] + 1, n - 1) * n;
            double fy = weight[py];
            for (int i = 0; i < n; i++) {
                double a = clampUnit(values[r0 + i]);
                rowValues[i] = a + fy * (clampUnit(values[r1 + i]) - a);
            }
            int out = py * size;
            for (int px = 0; px < size; px++) {
                int i0 = lowerCell[px];
                double a = rowValues[i0];
                double v = a + weight[px] * (rowValues[Math.min(i0 + 1, n - 1)] - a);
                target[out + px] = lut[(int) (v * top + 0.5)];
            }
        }
        return target;
    }

    private void prepare(int n, int newSize) {
        if (newSize == size && n == cells) {
            return;
        }
        size = newSize;
        cells = n;
        lowerCell = new int[newSize];
        weight = new double[newSize];
        rowValues = new double[n];
        for (int p = 0; p < newSize; p++) {
            // pixel centre in cell units, cell centres at k + ½
            double g = Math.max(0, Math.min(n - 1, (p + 0.5) * n / newSize - 0.5));
            int k = (int) Math.floor(g);
            lowerCell[p] = k;
            weight[p] = g - k;
        }
    }

    private static double clampUnit(double v) {
        return v >= 0 ? (v <= 1 ? v : 1) : (v < 0 ? 0 : 0.5);
    }
}
