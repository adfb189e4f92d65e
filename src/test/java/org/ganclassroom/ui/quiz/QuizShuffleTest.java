package org.ganclassroom.ui.quiz;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ganclassroom.lesson.Course;
import org.ganclassroom.lesson.LessonBlock;
import org.ganclassroom.lesson.LessonLoader;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pressing "1" for every question of the shipped course scores no better than chance; a review keeps the order. */
@ExtendWith(ApplicationExtension.class)
class QuizShuffleTest {
    private static final Course COURSE = LessonLoader.load(Path.of("lessons"));
    @TempDir
    static Path configDir;
    private final AtomicLong nextSeed = new AtomicLong(1);
    private QuizView view;

    @Start
    void start(Stage stage) {
        ProgressStore store = new ProgressStore(configDir.resolve("p" + System.nanoTime()),
                new PrintStream(new ByteArrayOutputStream()));
        view = QuizView.create(new QuizViewModel(() -> COURSE, store, nextSeed::getAndIncrement),
                TextRenderers.plainLabel(), new ResetProgressAction(store, node -> true));
        PracticeStage.show(stage, view.getView());
    }

    /** What "press 1 every time" scores on average when each question's order is a uniform shuffle. */
    private static double chanceOfFirst() {
        double expected = 0;
        for (LessonBlock.Quiz q : COURSE.blocks(LessonBlock.Quiz.class)) {
            long right = q.choices().stream().filter(LessonBlock.QuizChoice::correct).count();
            expected += q.shuffle() ? (double) right / q.choices().size() : (q.choices().get(0).correct() ? 1 : 0);
        }
        return expected;
    }

    private static List<String> shownChoices(FxRobot robot) {
        List<String> texts = new ArrayList<>();
        for (Node card : robot.lookup(".quiz-choice").queryAll()) {
            texts.add(card.getAccessibleText());
        }
        return texts;
    }

    @Test
    void pressingOneForEveryQuestionScoresAboutChance(FxRobot robot) {
        int questions = COURSE.blocks(LessonBlock.Quiz.class).size();
        int attempts = 4;
        int total = 0;
        for (int a = 0; a < attempts; a++) {
            for (int i = 0; i < questions; i++) {
                robot.type(KeyCode.DIGIT1);
                robot.type(KeyCode.ENTER);
            }
            WaitForAsyncUtils.waitForFxEvents();
            total += view.viewModel().correctProperty().get();
            robot.clickOn("#quiz-restart");
        }
        double mean = (double) total / attempts;
        double chance = chanceOfFirst();
        // one attempt's score has a standard deviation of at most sqrt(questions)/2; the mean of four, less
        double sd = Math.sqrt(questions) / 2 / Math.sqrt(attempts);
        assertTrue(mean < chance + 3 * sd, "pressing 1 scored " + mean + " of " + questions
                + " on average; chance is " + chance);
        assertTrue(mean < questions / 2.0, "pressing 1 scored " + mean + " of " + questions);
    }

    @Test
    void aReviewOfTheSameAttemptShowsTheSameOrder(FxRobot robot) {
        List<String> first = shownChoices(robot);
        robot.interact(() -> {
            view.onHide();
            view.onShow();
        });
        assertEquals(first, shownChoices(robot), "leaving the page and coming back keeps the order");

        // answer the first question wrong (whichever card is wrong), the rest with "1", then review the missed
        LessonBlock.Quiz q1 = view.viewModel().currentProperty().get();
        int wrong = 0;
        while (q1.choices().get(wrong).correct()) {
            wrong++;
        }
        robot.type(KeyCode.valueOf("DIGIT" + (wrong + 1)));
        robot.type(KeyCode.ENTER);
        int questions = COURSE.blocks(LessonBlock.Quiz.class).size();
        for (int i = 1; i < questions; i++) {
            robot.type(KeyCode.DIGIT1);
            robot.type(KeyCode.ENTER);
        }
        robot.clickOn("#quiz-retry-missed");
        assertEquals(first, shownChoices(robot), "the review of the attempt shows the order the student saw");

        // a new attempt (the next seed) shuffles afresh
        robot.clickOn("#quiz-restart-top");
        assertEquals(2, view.viewModel().attemptSeed());
        assertNotEquals(first, shownChoices(robot), "a new attempt has a new order");
    }
}
