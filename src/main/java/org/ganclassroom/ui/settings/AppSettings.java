package org.ganclassroom.ui.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the app remembers between runs. {@code x}/{@code y} are null until the window was placed once;
 * width/height are the normal (not maximised) size. View and theme are stored by id so an old file with an
 * id that no longer exists just falls back to the default.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppSettings(Double x, Double y, double width, double height, boolean maximized,
                          String lastView, String theme) {
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 820;
    public static final double MIN_WIDTH = 1000;
    public static final double MIN_HEIGHT = 680;

    public static AppSettings defaults() {
        return new AppSettings(null, null, DEFAULT_WIDTH, DEFAULT_HEIGHT, false, null, null);
    }

    /** The same settings with impossible values (missing, NaN, too small) replaced by defaults. */
    public AppSettings sanitized() {
        double w = Double.isFinite(width) && width >= MIN_WIDTH ? width : DEFAULT_WIDTH;
        double h = Double.isFinite(height) && height >= MIN_HEIGHT ? height : DEFAULT_HEIGHT;
        boolean placed = x != null && y != null && Double.isFinite(x) && Double.isFinite(y);
        return new AppSettings(placed ? x : null, placed ? y : null, w, h, maximized, lastView, theme);
    }
}
