package org.ganclassroom.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.Locale;

/**
 * Ctrl+Plus / Ctrl+Minus / Ctrl+0 scale all text: sets {@code -fx-font-size} on the scene root; everything sized
 * in em (and the Markdown/LaTeX renderer) follows. Presenter mode multiplies in a {@link #boostProperty boost}.
 */
public final class TextZoom {
    public static final double BASE_SIZE = 14;
    public static final double STEP = 0.1;
    public static final double MIN = 0.6;
    public static final double MAX = 2.5;

    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", 1.0);
    private final DoubleProperty boost = new SimpleDoubleProperty(this, "boost", 1.0);
    private final DoubleBinding fontSize = Bindings.createDoubleBinding(
            () -> Math.round(BASE_SIZE * scale.get() * boost.get() * 10) / 10.0, scale, boost);

    /** The user's zoom factor (1 = normal). */
    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public double getScale() {
        return scale.get();
    }

    /** Extra factor (presenter mode sets it above 1). */
    public DoubleProperty boostProperty() {
        return boost;
    }

    /** The root font size in px. */
    public DoubleBinding fontSizeProperty() {
        return fontSize;
    }

    public void zoomIn() {
        setScale(scale.get() + STEP);
    }

    public void zoomOut() {
        setScale(scale.get() - STEP);
    }

    public void reset() {
        setScale(1.0);
    }

    public void setScale(double s) {
        scale.set(Math.round(Math.max(MIN, Math.min(MAX, s)) * 100) / 100.0);
    }

    /** Applies the font size to the scene's root (now and whenever it changes) and adds the accelerators. */
    public void install(Scene scene) {
        Runnable apply = () -> {
            Parent root = scene.getRoot();
            if (root != null) {
                root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", fontSize.get()));
            }
        };
        fontSize.addListener(o -> apply.run());
        scene.rootProperty().addListener(o -> apply.run());
        apply.run();
        for (KeyCode k : new KeyCode[]{KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD}) {
            scene.getAccelerators().put(new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN), this::zoomIn);
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::zoomIn);
        for (KeyCode k : new KeyCode[]{KeyCode.MINUS, KeyCode.SUBTRACT}) {
            scene.getAccelerators().put(new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN), this::zoomOut);
        }
        for (KeyCode k : new KeyCode[]{KeyCode.DIGIT0, KeyCode.NUMPAD0}) {
            scene.getAccelerators().put(new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN), this::reset);
        }
    }
}
