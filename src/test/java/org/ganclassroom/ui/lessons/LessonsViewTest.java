package org.ganclassroom.ui.lessons;

import org.ganclassroom.ui.progress.LessonProgress;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.ganclassroom.lesson.Course;
import org.ganclassroom.lesson.Lesson;
import org.ganclassroom.ui.AppArguments;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.settings.SettingsStore;
import org.ganclassroom.ui.shell.PageRegistry;
import org.ganclassroom.ui.shell.ShellWindow;
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
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Lessons page inside the real main window, headless. */
@ExtendWith(ApplicationExtension.class)
class LessonsViewTest {
    @TempDir
    static Path configDir;

    private ShellWindow shell;
    private InMemoryCourseSource source;
    private InMemoryLessonProgress progress;

    @Start
    void start(Stage stage) throws Exception {
        source = new InMemoryCourseSource(SampleCourse.course());
        progress = new InMemoryLessonProgress();
        PageRegistry pages = PageRegistry.standard().register(AppView.LESSONS, LessonsPage.factory(source, progress));
        shell = ShellWindow.open(stage, AppArguments.parse("--open", "lessons", "--theme", "light"),
                new SettingsStore(configDir, System.err), pages);
    }

    @AfterEach
    void leavePresenterMode(FxRobot robot) {
        robot.interact(() -> shell.viewModel().setPresenterMode(false));
    }

    private LessonsView page() {
        return (LessonsView) shell.view().shownPage();
    }

    private void open(FxRobot robot, String title) {
        ListView<?> list = robot.lookup("#lesson-list").queryAs(ListView.class);
        robot.clickOn(robot.from(list).lookup(".lesson-list-title")
                .match((Label l) -> l.getText().equals(title)).queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void reveal(FxRobot robot, Node node) {
        robot.interact(() -> page().scrollToNode(node));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<Node> all(Node root, String styleClass) {
        return new ArrayList<>(root.lookupAll("." + styleClass));
    }

    private static String texts(Node root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return String.join("", out);
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof Text t) {
            out.add(t.getText());
        } else if (n instanceof Label l && l.getText() != null) {
            out.add(l.getText());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    @Test
    void opensOnTheFirstLessonWithTitleObjectivesAndSections(FxRobot robot) {
        assertEquals("What is a GAN?", robot.lookup("#lesson-title").queryAs(Label.class).getText());
        assertNotNull(robot.lookup("#lesson-objectives").query());
        assertEquals(4, robot.lookup(".lesson-section").queryAll().size());
        assertTrue(progress.isVisited("gan-intro"));
        assertEquals("Lessons", robot.lookup("#page-title").queryAs(Label.class).getText());
    }

    @Test
    void stepsThroughAProof(FxRobot robot) {
        open(robot, "The optimal discriminator");
        Node card = robot.lookup(".proof-card").query();
        reveal(robot, card);
        long visible = all(card, "proof-step").stream().filter(Node::isVisible).count();
        assertEquals(0, visible);
        robot.clickOn(robot.from(card).lookup(".proof-next").queryAs(Button.class));
        robot.clickOn(robot.from(card).lookup(".proof-next").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, all(card, "proof-step").stream().filter(Node::isVisible).count());
        assertTrue(texts(card).contains("Step 2 of 3"), texts(card));
        // keyboard: N reveals the last step, R hides them again
        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, all(card, "proof-step").stream().filter(Node::isVisible).count());
        assertTrue(robot.from(card).lookup(".proof-next").queryAs(Button.class).isDisabled());
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, all(card, "proof-step").stream().filter(Node::isVisible).count());
        robot.clickOn(robot.from(card).lookup(".proof-all").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, all(card, "proof-step").stream().filter(Node::isVisible).count());
    }

    @Test
    void answersAnInlineQuizAndSeesTheExplanation(FxRobot robot) {
        Node card = robot.lookup(".quiz-card").query();
        reveal(robot, card);
        Node feedback = robot.from(card).lookup(".quiz-feedback").query();
        assertFalse(feedback.isVisible());
        List<Node> choices = all(card, "quiz-choice");
        assertEquals(3, choices.size());
        robot.clickOn(choices.get(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(feedback.isVisible());
        assertTrue(texts(feedback).contains("Not quite."), texts(feedback));
        assertTrue(texts(feedback).contains("generator's job"), texts(feedback));
        robot.clickOn(choices.get(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(texts(feedback).contains("Correct."), texts(feedback));
        assertTrue(texts(feedback).contains("estimated probability"), texts(feedback));
        assertTrue(choices.get(1).getPseudoClassStates().contains(LessonBlockViews.CORRECT));
    }

    @Test
    void answersATrueFalseStatement(FxRobot robot) {
        Node card = robot.lookup(".truefalse-card").query();
        reveal(robot, card);
        robot.clickOn(robot.from(card).lookup(".tf-false").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        Node result = robot.from(card).lookup(".tf-result").query();
        assertTrue(result.isVisible());
        assertTrue(texts(result).contains("Wrong: the statement is true."), texts(result));
    }

    @Test
    void presenterModeHidesTheSidebarStepsSectionsAndZooms(FxRobot robot) {
        Node sidebar = robot.lookup("#sidebar").query();
        assertTrue(sidebar.isVisible());
        robot.clickOn("#lesson-title");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shell.viewModel().isPresenterMode());
        assertFalse(sidebar.isVisible(), "the app sidebar is hidden");
        assertFalse(robot.lookup("#lessons-sidebar").query().isVisible(), "the lesson list is hidden");
        assertEquals(0, page().viewModel().getCurrentSection());
        assertEquals(0, page().highlightedSection());

        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, page().viewModel().getCurrentSection());
        assertEquals(1, page().highlightedSection());
        Node section1 = robot.lookup("#lesson-section-1").query();
        robot.interact(() -> {
            double top = page().scrollPane().lookup(".viewport").localToScene(0, 0).getY();
            double sectionTop = section1.localToScene(0, 0).getY();
            assertEquals(top, sectionTop, 2, "section 1's heading is at the top of the viewport");
        });
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.LEFT);
        robot.type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, page().highlightedSection());

        double before = shell.zoom().fontSizeProperty().get();
        Text someText = (Text) robot.lookup(".md-text").queryAll().iterator().next();
        double textBefore = someText.getFont().getSize();
        robot.press(KeyCode.CONTROL).type(KeyCode.PLUS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        double after = shell.zoom().fontSizeProperty().get();
        assertTrue(after > before, before + " -> " + after);
        assertTrue(shell.stage().getScene().getRoot().getStyle().contains("-fx-font-size: " + after), 
                shell.stage().getScene().getRoot().getStyle());
        assertTrue(someText.getFont().getSize() > textBefore, "lesson text follows the zoom");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, shell.zoom().fontSizeProperty().get(), 1e-9);

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shell.viewModel().isPresenterMode());
        assertTrue(sidebar.isVisible());
        assertEquals(-1, page().highlightedSection(), "no highlight outside presenter mode");
    }

    @Test
    void aBrokenLessonShowsItsErrorCardWithFileAndLine(FxRobot robot) {
        ListView<?> list = robot.lookup("#lesson-list").queryAs(ListView.class);
        assertEquals(1, robot.from(list).lookup(".mark-broken").queryAll().size(), "the broken lesson has an error icon");
        open(robot, "Wasserstein GAN");
        Node card = robot.lookup("#lesson-error-card").query();
        assertTrue(card.isVisible());
        String all = robot.from(card).lookup(".error-problem").queryAll().stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.joining("\n"));
        assertTrue(all.contains(SampleCourse.BROKEN_FILE + ":1: front matter: missing required key 'id'"), all);
        assertTrue(all.contains(SampleCourse.BROKEN_FILE + ":27: unknown fence language 'quizz'"), all);
        assertTrue(robot.lookup("#lesson-title").tryQuery().isEmpty());
    }

    @Test
    void aReloadReRendersAndKeepsTheScrollPosition(FxRobot robot) {
        robot.interact(() -> page().scrollPane().setVvalue(0.5));
        WaitForAsyncUtils.waitForFxEvents();
        double before = page().scrollPane().getVvalue();
        Lesson edited = SampleCourse.intro(SampleCourse.intro().sections().get(0).blocks().get(0) instanceof
                org.ganclassroom.lesson.LessonBlock.Markdown m ? m.text().replace("pits two networks", "EDITED pits two networks") : "");
        source.publish(new Course(List.of(edited, SampleCourse.optimalD()), List.of(SampleCourse.broken())));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(texts(robot.lookup("#lesson-content").query()).contains("EDITED"));
        assertEquals(before, page().scrollPane().getVvalue(), 0.02);
        assertTrue(before > 0.3);
    }

    @Test
    void scrollingToTheEndIsNotEnoughEveryQuizMustBeAnsweredThenNextLesson(FxRobot robot) {
        assertFalse(progress.isCompleted("gan-intro"));
        robot.interact(() -> page().scrollPane().setVvalue(1.0));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(progress.isCompleted("gan-intro"), "reaching the end without answering the quiz");
        Label rule = robot.lookup("#completion-rule").queryAs(Label.class);
        assertTrue(rule.isVisible() && rule.getText().contains("answered its 1 quiz question (0 of 1 answered)"),
                rule.getText());
        assertFalse(robot.lookup("#completed-status").query().isVisible());

        Node choice = robot.lookup(".quiz-card .quiz-choice").query();
        reveal(robot, choice);
        robot.clickOn(choice);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(progress.isCompleted("gan-intro"), "end reached and the quiz answered");
        Node status = robot.lookup("#completed-status").query();
        reveal(robot, status);
        assertTrue(status.isVisible());

        Button next = robot.lookup("#next-lesson").queryButton();
        assertEquals("Next lesson: The optimal discriminator", next.getText());
        robot.clickOn(next);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("optimal-discriminator", page().viewModel().getLesson().id());
        assertEquals(0, page().scrollPane().getVvalue(), 1e-9, "the next lesson opens at its top");
        // the last good lesson (only a broken one follows) has no "Next lesson"
        assertFalse(robot.lookup("#next-lesson").query().isVisible());

        ListView<?> list = robot.lookup("#lesson-list").queryAs(ListView.class);
        assertEquals(1, robot.from(list).lookup(".mark-current").queryAll().size(),
                "the eye marks the open lesson only, though two were visited");
        assertEquals(1, robot.from(list).lookup(".mark-completed").queryAll().size(), "the first shows its tick");
    }

    /** A lesson whose proof is longer than the screen once revealed. */
    private static Lesson longProof() {
        List<org.ganclassroom.lesson.LessonBlock.ProofStep> steps = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            steps.add(new org.ganclassroom.lesson.LessonBlock.ProofStep("Step " + i + " of the argument, written out"
                    + " at some length so that the revealed proof grows well beyond one screen of a projector.",
                    "V_" + i + "(D,G) = \\int_x p_{data}(x)\\log D(x) + p_g(x)\\log(1-D(x))\\,dx"));
        }
        return new Lesson("long-proof", "A long proof", 4, List.of(), SampleCourse.DIR.resolve("04-long-proof.md"),
                List.of(new org.ganclassroom.lesson.LessonSection("", 6, List.of(
                                new org.ganclassroom.lesson.LessonBlock.Markdown(6, "Before the proof."))),
                        new org.ganclassroom.lesson.LessonSection("The proof", 10, List.of(
                                new org.ganclassroom.lesson.LessonBlock.Proof(12, "Proposition", "A statement.", steps))),
                        new org.ganclassroom.lesson.LessonSection("After", 40, List.of(
                                new org.ganclassroom.lesson.LessonBlock.Markdown(42, "After the proof.")))));
    }

    private double screenY(FxRobot robot, Node node) {
        double[] y = new double[1];
        robot.interact(() -> y[0] = node.localToScene(0, 0).getY());
        return y[0];
    }

    @Test
    void theClickerRevealsProofStepsWithTheButtonInViewThenMovesOn(FxRobot robot) {
        source.publish(new Course(List.of(SampleCourse.intro(), SampleCourse.optimalD(), longProof()), List.of()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            shell.stage().setWidth(1024);
            shell.stage().setHeight(768);
        });
        open(robot, "A long proof");
        robot.interact(() -> shell.viewModel().setPresenterMode(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.PAGE_DOWN); // to the proof's section
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, page().viewModel().getCurrentSection());
        Node button = robot.lookup("#proof-next-12").query();
        ProofStepper stepper = page().viewModel().proof((org.ganclassroom.lesson.LessonBlock.Proof)
                page().viewModel().getLesson().sections().get(1).blocks().get(0));
        Node viewport = page().scrollPane().lookup(".viewport");
        double viewTop = screenY(robot, viewport);
        double viewBottom = viewTop + page().scrollPane().getViewportBounds().getHeight();
        double place = -1;
        for (int k = 1; k <= 8; k++) {
            robot.type(KeyCode.PAGE_DOWN);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(k, stepper.getRevealed(), "PageDown " + k + " reveals a step");
            assertEquals(1, page().viewModel().getCurrentSection(), "still in the proof's section");
            double y = screenY(robot, button);
            assertTrue(y >= viewTop && y + 20 <= viewBottom, "the Next step button is in view after step " + k);
            if (k >= 2) {
                assertEquals(place, y, 3, "the button stays where it was (a clicker or the mouse hits it again)");
            }
            place = y;
            Node revealed = robot.lookup(".proof-step").match(Node::isVisible).queryAll().stream()
                    .reduce((a, b) -> b).orElseThrow();
            assertTrue(screenY(robot, revealed) >= viewTop - 1, "the step just revealed is in view");
        }
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, page().viewModel().getCurrentSection(), "once every step is shown, the next section");

        // Ctrl+plus keeps the presenter's place: the section at the top stays at the top
        robot.type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        Node section1 = robot.lookup("#lesson-section-1").query();
        double before = screenY(robot, section1) - screenY(robot, viewport);
        robot.press(KeyCode.CONTROL).type(KeyCode.PLUS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        double after = screenY(robot, section1) - screenY(robot, viewport);
        assertEquals(before, after, 4, "the section at the top stays there after Ctrl+plus");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
    }

    @Test
    void thePagingHintIsGivenOnlyWherePagingWorks(FxRobot robot) {
        assertTrue(org.ganclassroom.ui.shell.PresenterMode.exitHint(shell.view().shownPage()).contains("PageDown"));
        robot.interact(() -> shell.viewModel().select(AppView.SIMULATOR));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> shell.viewModel().setPresenterMode(true));
        WaitForAsyncUtils.waitForFxEvents();
        String hint = shell.stage().getFullScreenExitHint();
        assertTrue(hint == null || !hint.contains("PageDown"), "the Simulator's hint: " + hint);
        assertFalse(org.ganclassroom.ui.shell.PresenterMode.exitHint(shell.view().shownPage()).contains("PageDown"));
    }

    @Test
    void longLessonTitlesWrapInTheListAt1024(FxRobot robot) {
        Lesson longTitle = new Lesson("long", "The optimal discriminator and the Jensen–Shannon divergence, step by step",
                4, List.of(), SampleCourse.DIR.resolve("04-long.md"), SampleCourse.optimalD().sections());
        source.publish(new Course(List.of(SampleCourse.intro(), SampleCourse.optimalD(), longTitle),
                List.of(SampleCourse.broken())));
        for (double[] size : new double[][]{{1024, 768}, {1280, 820}}) {
            robot.interact(() -> {
                shell.stage().setWidth(size[0]);
                shell.stage().setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            ListView<?> list = robot.lookup("#lesson-list").queryAs(ListView.class);
            List<String> cut = new ArrayList<>();
            for (Label title : robot.from(list).lookup(".lesson-list-title").queryAllAs(Label.class)) {
                Text shown = (Text) title.lookup(".text");
                if (shown == null || !shown.getText().replace("\n", " ").replaceAll("\\s+", " ").trim()
                        .equals(title.getText())) {
                    cut.add(title.getText() + " shown as " + (shown == null ? "nothing" : shown.getText()));
                }
            }
            assertEquals(List.of(), cut, "titles cut at " + size[0] + "×" + size[1]);
        }
    }

    @Test
    void simulatorCardOpensTheSimulator(FxRobot robot) {
        Node button = robot.lookup("#open-simulator").query();
        reveal(robot, button);
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(AppView.SIMULATOR, shell.viewModel().getSelectedView());
    }

    @Test
    void everyControlOnThePageHasATooltip(FxRobot robot) {
        List<String> missing = new ArrayList<>();
        for (Node n : robot.from(page().getView()).lookup((java.util.function.Predicate<Node>) node -> node instanceof Button
                || node instanceof ListView).queryAll()) {
            if (((Control) n).getTooltip() == null) {
                missing.add(n.toString());
            }
        }
        for (Node n : robot.lookup(".quiz-choice").queryAll()) {
            if (!(n.getProperties().get("javafx.scene.control.Tooltip") instanceof javafx.scene.control.Tooltip)) {
                missing.add(n.toString());
            }
        }
        assertTrue(missing.isEmpty(), "controls without a tooltip: " + missing);
    }
}
