package org.ganclassroom.ui.practice;

import javafx.scene.Node;
import javafx.scene.control.Label;

import java.util.function.Function;

/** A text renderer for tests of the practice pages: the raw text in a wrapped label, no Markdown or LaTeX. */
public final class TextRenderers {
    private TextRenderers() {
    }

    /** A wrapped label with the raw text (style class {@code practice-text}). */
    public static Function<String, Node> plainLabel() {
        return text -> {
            Label label = new Label(text == null ? "" : text);
            label.setWrapText(true);
            label.setMinHeight(Label.USE_PREF_SIZE);
            label.setMaxWidth(Double.MAX_VALUE);
            label.getStyleClass().add("practice-text");
            return label;
        };
    }
}
