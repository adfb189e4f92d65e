package org.ganclassroom.ui.markdown;

import javafx.css.PseudoClass;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * A formula that sits in text. It is a {@link Label} so it takes part in CSS: its size follows the inherited font
 * size (Ctrl+/- zoom, presenter mode) and its colour follows {@code -fx-text-fill} (the theme's foreground), and it
 * re-renders itself when either changes. Its baseline is the formula's baseline, so it lines up in a TextFlow.
 * A formula that fails to parse shows as red error text (style class {@code md-math-error}), never throws.
 */
public final class MathView extends Label {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private final String latex;
    private final boolean display;
    private MathImage.Rendered rendered;

    public MathView(String latex, boolean display) {
        this.latex = latex;
        this.display = display;
        getStyleClass().add("md-math");
        if (display) {
            getStyleClass().add("md-math-display");
        }
        setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setAccessibleText(latex);
        fontProperty().addListener(o -> refresh());
        textFillProperty().addListener(o -> refresh());
        refresh();
    }

    public String latex() {
        return latex;
    }

    public boolean isDisplay() {
        return display;
    }

    /** True if the formula did not parse (the node then shows the error text). */
    public boolean isError() {
        return rendered != null && !rendered.ok();
    }

    /** The current image, or null for an error. */
    public MathImage.Rendered rendered() {
        return rendered;
    }

    private void refresh() {
        Paint fill = getTextFill();
        Color colour = fill instanceof Color c ? c : Color.BLACK;
        double size = getFont() == null ? 14 : getFont().getSize();
        MathImage.Rendered r = MathImage.render(latex, size, colour, display);
        if (r.equals(rendered)) {
            return;
        }
        rendered = r;
        pseudoClassStateChanged(ERROR, !r.ok());
        if (r.ok()) {
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setText(null);
            setTooltip(null);
            setGraphic(new ImageView(r.image()));
        } else {
            setContentDisplay(ContentDisplay.TEXT_ONLY);
            setGraphic(null);
            setText(MathImage.errorText(latex, r.error()));
            setTooltip(new Tooltip("This formula could not be read: " + r.error()));
            if (!getStyleClass().contains("md-math-error")) {
                getStyleClass().add("md-math-error");
            }
        }
    }

    @Override
    public double getBaselineOffset() {
        if (rendered != null && rendered.ok()) {
            return snappedTopInset() + rendered.ascent();
        }
        return super.getBaselineOffset();
    }
}
