package org.ganclassroom.ui.settings;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Optional;

/**
 * Builds {@link AppSettings} from the object in {@code settings.json}, field by field: a field that is not valid
 * is dropped (and named), the others are kept. An unknown view or theme id is not an error: it falls back to
 * the default where it is used, so an old file keeps working.
 */
final class SettingsJson {
    private SettingsJson() {
    }

    static Salvaged<AppSettings> decode(ObjectNode object) {
        JsonFieldReader f = new JsonFieldReader(object);
        Optional<Double> x = f.number("x");
        Optional<Double> y = f.number("y");
        if (x.isPresent() != y.isPresent()) {
            f.drop(x.isPresent() ? "x" : "y", "a window position needs both x and y");
            x = Optional.empty();
            y = Optional.empty();
        }
        double width = size(f, "width", AppSettings.MIN_WIDTH, AppSettings.DEFAULT_WIDTH);
        double height = size(f, "height", AppSettings.MIN_HEIGHT, AppSettings.DEFAULT_HEIGHT);
        boolean maximized = f.bool("maximized").orElse(false);
        String lastView = f.text("lastView").orElse(null);
        String theme = f.text("theme").orElse(null);
        return new Salvaged<>(new AppSettings(x.orElse(null), y.orElse(null), width, height, maximized, lastView, theme),
                f.dropped());
    }

    private static double size(JsonFieldReader f, String name, double min, double fallback) {
        Optional<Double> v = f.number(name);
        if (v.isPresent() && v.get() < min) {
            f.drop(name, JsonFieldReader.show(f.node(name).orElseThrow()) + " is below the smallest window, "
                    + (int) min);
            return fallback;
        }
        return v.orElse(fallback);
    }
}
