package org.ganclassroom.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

import java.util.List;

/** Fixes a button's width to fit the widest of its texts, so the controls beside it never move when it changes. */
public final class WidestText {
    private WidestText() {
    }

    /** Binds the min and pref width of {@code l} to its padding, graphic and the widest of {@code texts}. */
    public static void fit(Labeled l, String... texts) {
        List<String> all = List.of(texts);
        DoubleBinding width = Bindings.createDoubleBinding(() -> {
            Text probe = new Text();
            probe.setFont(l.getFont());
            double widest = 0;
            for (String t : all) {
                probe.setText(t);
                widest = Math.max(widest, probe.getLayoutBounds().getWidth());
            }
            Node g = l.getGraphic();
            double graphic = g == null || l.getContentDisplay() == ContentDisplay.TEXT_ONLY ? 0
                    : g.prefWidth(-1) + l.getGraphicTextGap();
            return Math.ceil(l.getInsets().getLeft() + graphic + widest + l.getInsets().getRight()) + 2;
        }, l.fontProperty(), l.insetsProperty(), l.graphicProperty(), l.graphicTextGapProperty());
        l.minWidthProperty().bind(width);
        l.prefWidthProperty().bind(width);
    }
}
