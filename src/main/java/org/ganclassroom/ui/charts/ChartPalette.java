package org.ganclassroom.ui.charts;

import javafx.beans.value.ObservableValue;
import javafx.scene.paint.Color;
import org.ganclassroom.ui.Theme;

import java.util.function.Consumer;

/**
 * Colours of the charts. Canvas drawing cannot use CSS variables, so each theme has a palette. Data colours
 * follow Okabe &amp; Ito (2008), which stay distinguishable for the common colour-vision deficiencies:
 * real = blue #0072B2, generated = vermillion #D55E00, discriminator = bluish green #009E73.
 *
 * @param heatLow  heat-map colour for D = 0 ("looks generated")
 * @param heatMid  heat-map colour for D = ½ ("cannot tell")
 * @param heatHigh heat-map colour for D = 1 ("looks real")
 */
public record ChartPalette(Color background, Color plotBackground, Color axis, Color grid, Color text,
                           Color mutedText, Color real, Color fake, Color discriminator, Color optimum,
                           Color heatLow, Color heatMid, Color heatHigh, Color manifold, Color sampleOutline) {

    public static final Color OKABE_BLUE = Color.web("#0072B2");
    public static final Color OKABE_VERMILLION = Color.web("#D55E00");
    public static final Color OKABE_GREEN = Color.web("#009E73");
    public static final Color OKABE_PURPLE = Color.web("#CC79A7");
    public static final Color OKABE_ORANGE = Color.web("#E69F00");
    public static final Color OKABE_SKY = Color.web("#56B4E9");

    public static ChartPalette light() {
        return new ChartPalette(Color.web("#ffffff"), Color.web("#ffffff"), Color.web("#57606a"),
                Color.web("#d8dee4"), Color.web("#1f2328"), Color.web("#57606a"),
                OKABE_BLUE, OKABE_VERMILLION, OKABE_GREEN, Color.web("#1f2328"),
                Color.web("#f6c9a9"), Color.web("#f7f7f7"), Color.web("#b3d4ec"),
                Color.web("#6e7781"), Color.WHITE);
    }

    public static ChartPalette dark() {
        return new ChartPalette(Color.web("#0d1117"), Color.web("#0d1117"), Color.web("#8d96a0"),
                Color.web("#30363d"), Color.web("#e6edf3"), Color.web("#9198a1"),
                OKABE_SKY, OKABE_ORANGE, Color.web("#35c49a"), Color.web("#e6edf3"),
                Color.web("#8a3d0c"), Color.web("#1b1f24"), Color.web("#1d5f8f"),
                Color.web("#b1bac4"), Color.web("#0d1117"));
    }

    /** The palette of an app theme: the one place a theme becomes chart colours. */
    public static ChartPalette of(Theme theme) {
        return theme == Theme.DARK ? dark() : light();
    }

    /** Applies the theme's palette now and on every theme switch. */
    public static void follow(ObservableValue<Theme> theme, Consumer<ChartPalette> apply) {
        apply.accept(of(theme.getValue()));
        theme.addListener((o, a, t) -> apply.accept(of(t)));
    }

    /** D in [0, 1] → the heat-map colour (low → mid → high). */
    public int heatArgb(double d) {
        double t = Math.max(0, Math.min(1, d));
        Color a = t < 0.5 ? heatLow : heatMid;
        Color b = t < 0.5 ? heatMid : heatHigh;
        double u = t < 0.5 ? t * 2 : (t - 0.5) * 2;
        int r = (int) Math.round(255 * (a.getRed() + u * (b.getRed() - a.getRed())));
        int g = (int) Math.round(255 * (a.getGreen() + u * (b.getGreen() - a.getGreen())));
        int bl = (int) Math.round(255 * (a.getBlue() + u * (b.getBlue() - a.getBlue())));
        return 0xff000000 | (r << 16) | (g << 8) | bl;
    }
}
