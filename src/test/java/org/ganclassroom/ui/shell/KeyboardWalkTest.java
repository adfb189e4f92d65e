package org.ganclassroom.ui.shell;

import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.ganclassroom.ui.AppArguments;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.common.Page;
import org.ganclassroom.ui.lessons.LessonsView;
import org.ganclassroom.ui.quiz.QuizView;
import org.ganclassroom.ui.quiz.QuizViewModel;
import org.ganclassroom.ui.settings.SettingsStore;
import org.ganclassroom.ui.simulator.SimulatorView;
import org.ganclassroom.ui.timeline.TimelineView;
import org.ganclassroom.ui.truefalse.TrueFalseView;
import org.ganclassroom.ui.truefalse.TrueFalseViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keyboard only, as a user without a mouse: in each view Tab reaches every control the page shows (buttons, toggles,
 * sliders, fields, lists, answer cards, the timeline's axis), and Space or an arrow key operates the one the test
 * walked to.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardWalkTest {
    @TempDir
    static Path configDir;
    private ShellWindow shell;

    @Start
    void start(Stage stage) throws Exception {
        SettingsStore store = new SettingsStore(configDir.resolve("s" + System.nanoTime()), System.err);
        shell = ShellWindow.open(stage, AppArguments.parse("--open", "timeline", "--theme", "light"), store,
                PageRegistry.standard());
    }

    @AfterEach
    void pause(FxRobot robot) {
        robot.interact(() -> shell.view().shownPage().onHide()); // stops a playing simulation
    }

    private Page open(FxRobot robot, AppView view) {
        robot.interact(() -> shell.viewModel().select(view));
        WaitForAsyncUtils.waitForFxEvents();
        return shell.view().shownPage();
    }

    private Node focusOwner() {
        return shell.stage().getScene().getFocusOwner();
    }

    /** The page's nodes a keyboard user must be able to reach: shown, enabled and taking the focus. */
    private static Set<Node> reachable(Parent page) {
        Set<Node> out = new LinkedHashSet<>();
        for (Node n : page.lookupAll("*")) {
            if (n.isFocusTraversable() && shown(n, page) && !n.isDisabled()
                    && !(n instanceof ScrollPane) && !(n instanceof ScrollBar)) {
                out.add(n);
            }
        }
        return out;
    }

    /** Shown, and not a part of another control (a spinner's field: the spinner has the focus). */
    private static boolean shown(Node n, Parent page) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || p != n && (p instanceof Spinner || p instanceof ComboBoxBase)) {
                return false;
            }
            if (p == page) {
                return true;
            }
        }
        return false;
    }

    private static String name(Node n) {
        return n == null ? "nothing" : n.getId() != null ? "#" + n.getId() : n.getClass().getSimpleName()
                + (n instanceof javafx.scene.control.Labeled l ? " '" + l.getText() + "'" : "");
    }

    /**
     * Tab, delivered where the window's input delivers a key (to the focus owner, whose scene's traversal then moves
     * the focus), followed by the CSS and layout pass a pulse would make; returns the new focus owner. The walks press
     * Tab hundreds of times, and the robot's own key press waits out fixed sleeps each time; the keys that operate a
     * control still go through the robot.
     */
    private Node tab() {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            Scene scene = shell.stage().getScene();
            for (EventType<KeyEvent> type : List.of(KeyEvent.KEY_PRESSED, KeyEvent.KEY_RELEASED)) {
                EventTarget target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene;
                Event.fireEvent(target, new KeyEvent(type, KeyEvent.CHAR_UNDEFINED, "", KeyCode.TAB,
                        false, false, false, false));
            }
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return scene.getFocusOwner();
        }));
    }

    /** Presses Tab until every node in {@code wanted} has had the focus; fails naming those that never did. */
    private void tabThroughAll(FxRobot robot, Set<Node> wanted, String view) {
        Set<Node> missing = new LinkedHashSet<>(wanted);
        int limit = wanted.size() * 2 + 30;
        for (int i = 0; i < limit && !missing.isEmpty(); i++) {
            missing.remove(tab());
        }
        List<String> names = new ArrayList<>();
        missing.forEach(n -> names.add(name(n)));
        assertEquals(List.of(), names, view + ": controls Tab never reached (of " + wanted.size() + ")");
    }

    /** Presses Tab until the node matching {@code selector} has the focus. */
    private Node tabTo(FxRobot robot, String selector) {
        Node target = robot.lookup(selector).query();
        List<String> seen = new ArrayList<>();
        Node owner = focusOwner();
        for (int i = 0; i < 200 && owner != target; i++) {
            owner = tab();
            seen.add(name(owner));
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(target, focusOwner(), "Tab never reached " + selector + "; went through " + seen);
        return target;
    }

    @Test
    void theViewTheWindowOpensOnHasTheFocusSoItsKeysWorkAtOnce(FxRobot robot) {
        Node page = shell.view().shownPage().getView();
        Node n = focusOwner();
        while (n != null && n != page) {
            n = n.getParent();
        }
        assertEquals(page, n, "the focus after opening is on " + name(focusOwner()));
        TimelineView timeline = (TimelineView) shell.view().shownPage();
        robot.type(KeyCode.RIGHT);
        assertEquals(0, timeline.viewModel().selectedIndexProperty().get(), "→ works without a click first");
    }

    @Test
    void simulatorTabToPlayAndSpacePlaysThenEveryControlOfTheConfigurationIsReachable(FxRobot robot) {
        SimulatorView sim = (SimulatorView) open(robot, AppView.SIMULATOR);
        tabThroughAll(robot, reachable(sim.getView()), "simulator");
        tabTo(robot, "#sim-play");
        robot.type(KeyCode.SPACE);
        assertTrue(sim.viewModel().playingProperty().get(), "Space on the focused Play button plays");
        robot.type(KeyCode.SPACE);
        assertTrue(!sim.viewModel().playingProperty().get(), "and pauses");

        ToggleButton configure = (ToggleButton) tabTo(robot, "#sim-config-toggle");
        robot.type(KeyCode.SPACE);
        assertTrue(configure.isSelected(), "Space opens the configuration panel");
        WaitForAsyncUtils.waitForFxEvents();
        Set<Node> withConfig = reachable(sim.getView());
        assertTrue(withConfig.size() > 20, "the configuration's fields count: " + withConfig.size());
        tabThroughAll(robot, withConfig, "simulator with its configuration");
    }

    @Test
    void labTabToAChipAndSpaceSwitchesIt(FxRobot robot) {
        Page lab = open(robot, AppView.LAB);
        tabThroughAll(robot, reachable(lab.getView()), "lab");
        ToggleButton r1 = (ToggleButton) tabTo(robot, "#chip-a-r1");
        boolean was = r1.isSelected();
        robot.type(KeyCode.SPACE);
        assertNotEquals(was, r1.isSelected(), "Space switches the focused chip");
        assertTrue(robot.lookup("#lab-card").query().isVisible(), "and opens its card");
        tabThroughAll(robot, reachable(lab.getView()), "lab with a card open");
    }

    @Test
    void quizTabToAnAnswerAndSpaceAnswersItThenNextByKeyboard(FxRobot robot) {
        QuizView quiz = (QuizView) open(robot, AppView.QUIZ);
        tabThroughAll(robot, reachable(quiz.getView()), "quiz");
        tabTo(robot, "#quiz-choice-2");
        robot.type(KeyCode.SPACE);
        assertEquals(QuizViewModel.Phase.FEEDBACK, quiz.viewModel().getPhase());
        tabTo(robot, "#quiz-next");
        robot.type(KeyCode.SPACE);
        assertEquals(QuizViewModel.Phase.QUESTION, quiz.viewModel().getPhase(), "on to the next question");
    }

    @Test
    void timelineTabToTheAxisAndArrowsSelectAndNextIsAButton(FxRobot robot) {
        TimelineView timeline = (TimelineView) open(robot, AppView.TIMELINE);
        tabThroughAll(robot, reachable(timeline.getView()), "timeline");
        tabTo(robot, "#timeline-axis");
        robot.type(KeyCode.RIGHT);
        assertEquals(0, timeline.viewModel().selectedIndexProperty().get());
        tabTo(robot, "#timeline-next");
        robot.type(KeyCode.SPACE);
        assertEquals(1, timeline.viewModel().selectedIndexProperty().get(), "Space on Next");
        tabThroughAll(robot, reachable(timeline.getView()), "timeline with a milestone open");
    }

    @Test
    void trueFalseTabToStartSpaceStartsAndTAnswers(FxRobot robot) {
        TrueFalseView tf = (TrueFalseView) open(robot, AppView.TRUE_FALSE);
        tabThroughAll(robot, reachable(tf.getView()), "true/false");
        tabTo(robot, "#tf-start");
        robot.type(KeyCode.SPACE);
        assertEquals(TrueFalseViewModel.Phase.RUNNING, tf.viewModel().getPhase());
        robot.type(KeyCode.T);
        assertEquals(1, tf.viewModel().answeredProperty().get(), "T answers the statement");
    }

    @Test
    void lessonsTabToTheListAndArrowsChooseALesson(FxRobot robot) {
        LessonsView lessons = (LessonsView) open(robot, AppView.LESSONS);
        tabThroughAll(robot, reachable(lessons.getView()), "lessons");
        @SuppressWarnings("unchecked")
        ListView<Object> list = (ListView<Object>) tabTo(robot, "#lesson-list");
        Object before = list.getSelectionModel().getSelectedItem();
        robot.type(KeyCode.DOWN);
        assertNotEquals(before, list.getSelectionModel().getSelectedItem(), "↓ opens the next lesson");
        assertEquals(list.getSelectionModel().getSelectedItem(), lessons.viewModel().selectedProperty().get());
    }

    @Test
    void spaceOnAFocusedSimulatorButtonPressesIt(FxRobot robot) throws Exception {
        // a page-wide key must never take Space from the focused button (the Simulator's Space once played instead)
        SimulatorView sim = (SimulatorView) open(robot, AppView.SIMULATOR);
        ButtonBase d = (ButtonBase) tabTo(robot, "#step-d");
        long before = sim.viewModel().run().frame().snapshot().updates().discriminator();
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!sim.viewModel().playingProperty().get(), "Space pressed D-step, it did not play");
        assertTrue(d.isFocused());
        // the page's runner has a thread of its own: wait for the frame that shows the D-step
        sim.viewModel().runner().awaitFrame(f -> f.snapshot().updates().discriminator() == before + 1,
                java.time.Duration.ofSeconds(60));
    }
}
