package org.ganclassroom.ui.lessons;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ganclassroom.lesson.BrokenLesson;
import org.ganclassroom.ui.markdown.MarkdownView;
import org.ganclassroom.ui.markdown.RenderContext;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.util.List;

/** The fixed parts of a lesson page around its sections: the objectives box, the footer and the error card. */
final class LessonPageParts {
    private LessonPageParts() {
    }

    /** "After this lesson you can", with a tick before each objective. */
    static Node objectives(List<String> objectives, RenderContext ctx) {
        VBox box = new VBox();
        box.setId("lesson-objectives");
        box.getStyleClass().add("lesson-objectives");
        Label head = new Label("After this lesson you can", new FontIcon(MaterialDesignT.TARGET));
        head.getStyleClass().add("objectives-title");
        box.getChildren().add(head);
        for (String o : objectives) {
            FontIcon tick = new FontIcon(MaterialDesignC.CHECK);
            tick.getStyleClass().add("objective-tick");
            Node text = MarkdownView.renderInline(o, ctx);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(8, tick, text);
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().add("objective");
            box.getChildren().add(row);
        }
        return box;
    }

    /** The footer: the completion rule and progress, "Lesson completed", and "Next lesson". */
    static Node endBox(Runnable openNextLesson) {
        Label status = new Label("Lesson completed", new FontIcon(MaterialDesignC.CHECK_CIRCLE));
        status.setId("completed-status");
        status.getStyleClass().add("completed-status");
        Label rule = new Label();
        rule.setId("completion-rule");
        rule.getStyleClass().add("block-note");
        rule.setWrapText(true);
        rule.setMinHeight(Region.USE_PREF_SIZE);
        Button next = new Button("Next lesson", new FontIcon(MaterialDesignA.ARROW_RIGHT));
        next.setId("next-lesson");
        next.getStyleClass().add("accent");
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        next.setOnAction(e -> openNextLesson.run());
        HBox row = new HBox(12, status, next);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, rule, row);
        box.setId("lesson-end");
        box.getStyleClass().add("lesson-end");
        return box;
    }

    /** The card shown instead of a lesson that failed to load: its title and one line per problem. */
    static Node errorCard(BrokenLesson broken, List<String> problemLines) {
        VBox card = new VBox();
        card.setId("lesson-error-card");
        card.getStyleClass().add("lesson-error-card");
        FontIcon icon = new FontIcon(MaterialDesignA.ALERT_CIRCLE);
        icon.getStyleClass().add("error-icon");
        Label title = new Label("This lesson could not be loaded: " + broken.title(), icon);
        title.getStyleClass().add("error-title");
        title.setWrapText(true);
        Label hint = new Label("Fix these problems in the lesson file; the page updates when the file is saved.");
        hint.getStyleClass().add("block-note");
        hint.setWrapText(true);
        card.getChildren().addAll(title, hint);
        VBox problems = new VBox();
        problems.setId("lesson-problems");
        problems.getStyleClass().add("error-problems");
        for (String line : problemLines) {
            Label l = new Label(line);
            l.getStyleClass().add("error-problem");
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            problems.getChildren().add(l);
        }
        card.getChildren().add(problems);
        return card;
    }
}
