package org.ganclassroom.ui.markdown;

import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.ganclassroom.lesson.MathText;

import java.util.List;

/** Collects inline nodes into TextFlows; a display formula ends the current flow (in block mode). */
final class Inlines {
    private final VBox blockTarget;
    private final String flowClass;
    private TextFlow flow;

    /** Block mode: flows and centred display formulas go into {@code target}. */
    Inlines(VBox target, String flowClass) {
        this.blockTarget = target;
        this.flowClass = flowClass;
    }

    /** Inline mode: everything goes into one flow. */
    Inlines(TextFlow flow) {
        this.blockTarget = null;
        this.flowClass = null;
        this.flow = flow;
    }

    private TextFlow flow() {
        if (flow == null) {
            flow = new TextFlow();
            flow.getStyleClass().add("md-flow");
            blockTarget.getChildren().add(flow);
        }
        return flow;
    }

    int count() {
        return flow == null ? 0 : flow.getChildren().size();
    }

    void text(String s, List<String> style) {
        if (s.isEmpty()) {
            return;
        }
        Text t = new Text(s);
        t.getStyleClass().add("md-text");
        t.getStyleClass().addAll(style);
        flow().getChildren().add(t);
    }

    void node(Node n) {
        flow().getChildren().add(n);
    }

    void math(MathText.Formula f) {
        boolean display = f.kind() == MathText.Kind.DISPLAY;
        String latex = f.latex().strip();
        if (display && blockTarget != null) {
            finishFlow();
            blockTarget.getChildren().add(new DisplayMathBox(new MathView(latex, true)));
            return;
        }
        flow().getChildren().add(new MathView(latex, display));
    }

    void tooltip(int from, String text) {
        if (flow == null || text == null || text.isBlank()) {
            return;
        }
        for (int i = from; i < flow.getChildren().size(); i++) {
            Tooltip.install(flow.getChildren().get(i), new Tooltip(text));
        }
    }

    private void finishFlow() {
        if (flow != null && flow.getChildren().stream().allMatch(n -> n instanceof Text t && t.getText().isBlank())) {
            blockTarget.getChildren().remove(flow);
        }
        flow = null;
    }

    void finish() {
        if (blockTarget != null) {
            finishFlow();
        }
    }
}
