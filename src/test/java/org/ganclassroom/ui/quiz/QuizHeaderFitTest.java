package org.ganclassroom.ui.quiz;

import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.ganclassroom.lesson.LessonBlock;
import org.ganclassroom.ui.practice.PracticeFixtures;
import org.ganclassroom.ui.practice.PracticeStage;
import org.ganclassroom.ui.practice.TextRenderers;
import org.ganclassroom.ui.progress.ProgressStore;
import org.ganclassroom.ui.progress.ResetProgressAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The quiz header in a projector's content area (a 1024×768 window less the sidebar and the app bar), with a course
 * as long as the bundled one: "Question 1 of 42" and the score are shown whole, not cut with "…".
 */
@ExtendWith(ApplicationExtension.class)
class QuizHeaderFitTest {
    @TempDir
    static Path configDir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        LessonBlock[] questions = new LessonBlock[42];
        for (int i = 0; i < questions.length; i++) {
            questions[i] = PracticeFixtures.quiz("Question number " + i + "?", 0, "Yes", "No");
        }
        ProgressStore store = new ProgressStore(configDir, new PrintStream(new ByteArrayOutputStream()));
        QuizView view = QuizView.create(new QuizViewModel(() -> PracticeFixtures.course(questions), store),
                TextRenderers.plainLabel(), new ResetProgressAction(store, node -> true));
        PracticeStage.show(stage, view.getView());
    }

    @Test
    void progressAndScoreAreNotCutAtAProjectorsWidth(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1024 - 212);
            stage.setHeight(768 - 56);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().layout());
        for (String id : new String[]{"#quiz-progress-text", "#quiz-score"}) {
            Label l = robot.lookup(id).queryAs(Label.class);
            Text shown = (Text) l.lookup(".text");
            assertEquals(l.getText(), shown.getText(), id + " at " + stage.getScene().getWidth() + " px");
        }
        PracticeStage.shot(robot, stage, "quiz-header-812");
    }
}
