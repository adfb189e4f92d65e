package org.ganclassroom.ui.truefalse;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ganclassroom.lesson.Course;
import org.ganclassroom.lesson.LessonBlock.TrueFalseStatement;
import org.ganclassroom.ui.practice.FakeClock;
import org.ganclassroom.ui.practice.ManualTicker;
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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The speed round headless, driven by keys with a fake clock: start, answer, time runs out, review. */
@ExtendWith(ApplicationExtension.class)
class TrueFalseViewTest {
    @TempDir
    static Path configDir;
    private final FakeClock clock = new FakeClock(5_000);
    private final ManualTicker ticker = new ManualTicker();
    private final AtomicReference<Course> course = new AtomicReference<>(PracticeFixtures.sample());
    private ProgressStore store;
    private TrueFalseView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        store = new ProgressStore(configDir.resolve("p" + System.nanoTime()), new PrintStream(new ByteArrayOutputStream()));
        TrueFalseViewModel vm = new TrueFalseViewModel(course::get, store, clock, ticker, Duration.ofSeconds(60), () -> 7);
        view = TrueFalseView.create(vm, TextRenderers.plainLabel(), new ResetProgressAction(store, node -> true));
        PracticeStage.show(stage, view.getView());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static String allText(FxRobot robot, String id) {
        return robot.from(robot.lookup(id).<Node>query()).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.joining(" | "));
    }

    private static boolean shown(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private TrueFalseStatement current() {
        return view.viewModel().currentProperty().get();
    }

    private void tick(FxRobot robot, double seconds) {
        robot.interact(() -> {
            clock.advanceSeconds(seconds);
            ticker.fire();
        });
    }

    @Test
    void aRoundDrivenByKeysEndsWhenTimeRunsOutAndReviewsEveryAnswer(FxRobot robot) throws Exception {
        assertTrue(shown(robot, "#tf-ready"));
        assertTrue(text(robot, "#tf-ready-text").contains("60 seconds"));
        assertTrue(robot.lookup("#tf-true").queryButton().getText().contains("T / ←"));
        assertTrue(robot.lookup("#tf-false").queryButton().getText().contains("F / →"));
        robot.type(KeyCode.ENTER); // Start is the default button
        assertTrue(shown(robot, "#tf-running"));
        assertEquals("60 s", text(robot, "#tf-time-left"));

        List<TrueFalseStatement> answered = new ArrayList<>();
        // right with T or ←/F or →, then wrong, then right
        TrueFalseStatement s = current();
        answered.add(s);
        robot.type(s.answer() ? KeyCode.T : KeyCode.F);
        assertEquals("1", text(robot, "#tf-score"));
        assertEquals("1", text(robot, "#tf-streak"));
        assertTrue(text(robot, "#tf-flash").contains("Correct"));
        s = current();
        answered.add(s);
        robot.type(s.answer() ? KeyCode.RIGHT : KeyCode.LEFT); // wrong on purpose
        assertEquals("1", text(robot, "#tf-score"));
        assertEquals("0", text(robot, "#tf-streak"));
        assertEquals("1", text(robot, "#tf-best-streak"));
        assertTrue(text(robot, "#tf-flash").contains("Wrong"));
        s = current();
        answered.add(s);
        robot.type(s.answer() ? KeyCode.LEFT : KeyCode.RIGHT);
        assertEquals("2", text(robot, "#tf-score"));
        s = current();
        answered.add(s);
        robot.clickOn(s.answer() ? "#tf-true" : "#tf-false");
        assertEquals("3", text(robot, "#tf-score"));
        assertEquals("2", text(robot, "#tf-streak"));
        assertEquals("2", text(robot, "#tf-best-streak"));

        tick(robot, 42);
        assertEquals("18 s", text(robot, "#tf-time-left"));
        assertEquals(0.3, robot.lookup("#tf-time-bar").queryAs(javafx.scene.control.ProgressBar.class).getProgress(), 1e-9);
        PracticeStage.shot(robot, stage, "truefalse-running");
        PracticeStage.darkShot(robot, stage, "truefalse-running");

        tick(robot, 18);
        assertTrue(shown(robot, "#tf-review"));
        assertEquals("Time's up!", text(robot, "#tf-review-title"));
        assertEquals("3 of 4 right · best streak 2", text(robot, "#tf-review-summary"));
        assertEquals(4, robot.lookup(".tf-review-row").queryAll().size());
        for (int i = 0; i < answered.size(); i++) {
            String row = allText(robot, "#tf-review-" + (i + 1));
            TrueFalseStatement st = answered.get(i);
            assertTrue(row.contains(st.statement()), row);
            assertTrue(row.contains(st.explanation()), row);
            assertTrue(row.contains((st.answer() ? "True" : "False") + " · you said "), row);
        }
        assertTrue(allText(robot, "#tf-review-2").contains("you said " + (answered.get(1).answer() ? "False" : "True")));
        assertEquals(3, store.get().speedRoundBest());
        assertTrue(text(robot, "#tf-review-best").contains("3"));
        PracticeStage.shot(robot, stage, "truefalse-review");

        robot.type(KeyCode.T); // keys do nothing after the round
        assertEquals(4, robot.lookup(".tf-review-row").queryAll().size());
        robot.type(KeyCode.ENTER); // Play again
        assertTrue(shown(robot, "#tf-running"));
        assertEquals("0", text(robot, "#tf-score"));
    }

    @Test
    void answeringEveryStatementEndsTheRound(FxRobot robot) {
        robot.clickOn("#tf-start");
        int n = view.viewModel().statementCount();
        for (int i = 0; i < n; i++) {
            robot.type(current().answer() ? KeyCode.T : KeyCode.F);
        }
        assertTrue(shown(robot, "#tf-review"));
        assertEquals("You answered every statement!", text(robot, "#tf-review-title"));
        assertEquals(n, robot.lookup(".tf-review-row").queryAll().size());
        assertFalse(ticker.running());
    }

    @Test
    void startCardShowsBestAndResets(FxRobot robot) throws Exception {
        robot.interact(() -> store.recordSpeedRound(5));
        assertEquals("Your best so far: 5 right in one round", text(robot, "#tf-ready-best"));
        assertTrue(text(robot, "#tf-best-header").contains("5"));
        robot.clickOn(".reset-progress");
        assertEquals(0, store.get().speedRoundBest());
        assertTrue(text(robot, "#tf-ready-best").startsWith("No best score yet"));
        for (Button b : robot.lookup(".button").queryAllAs(Button.class)) {
            assertNotNull(b.getTooltip(), b.getId());
        }
        PracticeStage.shot(robot, stage, "truefalse-start");
    }

    @Test
    void leavingThePageAbandonsTheRound(FxRobot robot) {
        robot.clickOn("#tf-start");
        robot.interact(view::onHide);
        assertTrue(shown(robot, "#tf-ready"));
        assertFalse(ticker.running());
    }

    @Test
    void emptyCourseShowsAFriendlyMessage(FxRobot robot) {
        course.set(PracticeFixtures.course());
        robot.interact(view::onShow);
        assertTrue(shown(robot, "#tf-empty"));
        assertTrue(allText(robot, "#tf-empty").contains("No true/false statements found in the lessons folder"));
    }
}
