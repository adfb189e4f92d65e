package org.ganclassroom.ui.settings;

import java.util.List;
import java.util.Objects;

/**
 * What a reader could keep of a stored file: the value built from every valid field, and one line per field it
 * dropped (naming the field and why), so the user is told exactly what was lost.
 *
 * @param value   the value, with defaults where fields were dropped
 * @param dropped e.g. {@code speedRoundBest ("x" is not a whole number)}; empty if everything was kept
 */
public record Salvaged<T>(T value, List<String> dropped) {
    public Salvaged {
        Objects.requireNonNull(value, "value");
        dropped = List.copyOf(dropped);
    }
}
