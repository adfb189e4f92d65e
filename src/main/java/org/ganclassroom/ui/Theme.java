package org.ganclassroom.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The two app themes (AtlantaFX Primer light/dark). Plain Java so arguments and settings can name it. */
public enum Theme {
    LIGHT("light"),
    DARK("dark");

    private final String id;

    Theme(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    public static Optional<Theme> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.id.equals(wanted)).findFirst();
    }
}
