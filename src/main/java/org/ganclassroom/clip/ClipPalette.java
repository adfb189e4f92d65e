package org.ganclassroom.clip;

import java.awt.Color;
import java.util.Locale;

/**
 * The chart colours of the app's light and dark themes ({@code ui.charts.ChartPalette}) as Java2D colours, so a clip
 * rendered headless looks like the Simulator's plots: real = blue, generated = vermillion, discriminator = green
 * (Okabe &amp; Ito), the heat map from pale vermillion (D = 0) through neutral (½) to pale blue (1).
 */
public record ClipPalette(String name, Color background, Color axis, Color grid, Color text, Color mutedText,
                          Color real, Color fake, Color discriminator, Color optimum,
                          Color heatLow, Color heatMid, Color heatHigh, Color sampleOutline) {

    public static ClipPalette light() {
        return new ClipPalette("light", rgb(0xffffff), rgb(0x57606a), rgb(0xd8dee4), rgb(0x1f2328), rgb(0x57606a),
                rgb(0x0072B2), rgb(0xD55E00), rgb(0x009E73), rgb(0x1f2328),
                rgb(0xf6c9a9), rgb(0xf7f7f7), rgb(0xb3d4ec), rgb(0xffffff));
    }

    public static ClipPalette dark() {
        return new ClipPalette("dark", rgb(0x0d1117), rgb(0x8d96a0), rgb(0x30363d), rgb(0xe6edf3), rgb(0x9198a1),
                rgb(0x56B4E9), rgb(0xE69F00), rgb(0x35c49a), rgb(0xe6edf3),
                rgb(0x8a3d0c), rgb(0x1b1f24), rgb(0x1d5f8f), rgb(0x0d1117));
    }

    /** "light" or "dark" (any case); null for another name. */
    public static ClipPalette named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "light" -> light();
            case "dark" -> dark();
            default -> null;
        };
    }

    /** D in [0, 1] → the heat-map colour (low → mid → high), as {@code ChartPalette.heatArgb}. */
    public int heatRgb(double d) {
        double t = Math.max(0, Math.min(1, d));
        Color a = t < 0.5 ? heatLow : heatMid;
        Color b = t < 0.5 ? heatMid : heatHigh;
        double u = t < 0.5 ? t * 2 : (t - 0.5) * 2;
        int r = (int) Math.round(a.getRed() + u * (b.getRed() - a.getRed()));
        int g = (int) Math.round(a.getGreen() + u * (b.getGreen() - a.getGreen()));
        int bl = (int) Math.round(a.getBlue() + u * (b.getBlue() - a.getBlue()));
        return (r << 16) | (g << 8) | bl;
    }

    /** {@code c} at opacity {@code alpha} over the background, as one opaque colour. */
    public Color overBackground(Color c, double alpha) {
        return blend(c, background, alpha);
    }

    static Color blend(Color top, Color under, double alpha) {
        return new Color(mix(top.getRed(), under.getRed(), alpha), mix(top.getGreen(), under.getGreen(), alpha),
                mix(top.getBlue(), under.getBlue(), alpha));
    }

    private static int mix(int a, int b, double alpha) {
        return (int) Math.round(alpha * a + (1 - alpha) * b);
    }

    private static Color rgb(int rgb) {
        return new Color(rgb);
    }
}
