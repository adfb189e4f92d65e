package org.ganclassroom.ui.shell;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ganclassroom.ui.AppArguments;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.quiz.QuizView;
import org.ganclassroom.ui.quiz.QuizViewModel;
import org.ganclassroom.ui.settings.SettingsStore;
import org.ganclassroom.ui.timeline.TimelineView;
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
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The keyboard right after switching views with Ctrl+number, and a visible focus ring on every kind of control. */
@ExtendWith(ApplicationExtension.class)
class KeyboardFocusTest {
    @TempDir
    static Path configDir;
    private ShellWindow shell;

    @Start
    void start(Stage stage) throws Exception {
        SettingsStore store = new SettingsStore(configDir.resolve("s" + System.nanoTime()), System.err);
        shell = ShellWindow.open(stage, AppArguments.parse("--open", "lessons", "--theme", "light"), store,
                PageRegistry.standard());
    }

    private static void ctrl(FxRobot robot, AppView view) {
        robot.press(KeyCode.CONTROL).type(KeyCode.valueOf("DIGIT" + view.number())).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void timelineAndQuizKeysWorkRightAfterCtrlNumber(FxRobot robot) {
        robot.clickOn("#nav-lessons"); // the focus is in the sidebar, as after a click there
        ctrl(robot, AppView.TIMELINE);
        robot.type(KeyCode.RIGHT);
        TimelineView timeline = (TimelineView) shell.view().shownPage();
        assertEquals(0, timeline.viewModel().selectedIndexProperty().get(), "→ selects the first milestone");

        ctrl(robot, AppView.QUIZ);
        robot.type(KeyCode.DIGIT1);
        QuizView quiz = (QuizView) shell.view().shownPage();
        assertEquals(QuizViewModel.Phase.FEEDBACK, quiz.viewModel().getPhase(), "1 answers the question");
    }

    @Test
    void enterOnAFreshlyShownPageNeverTogglesTheTheme(FxRobot robot) {
        robot.clickOn("#theme-toggle");
        robot.clickOn("#theme-toggle"); // the toggle has the focus, as when the app opens
        WaitForAsyncUtils.waitForFxEvents();
        for (AppView v : new AppView[]{AppView.TIMELINE, AppView.LAB, AppView.SIMULATOR, AppView.LESSONS,
                AppView.QUIZ, AppView.TRUE_FALSE}) {
            ctrl(robot, v);
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(Theme.LIGHT, shell.viewModel().getTheme(), "Enter right after opening " + v.id());
            assertTrue(robot.lookup("#content").query().lookupAll("*").contains(
                    shell.stage().getScene().getFocusOwner()), "the focus is in the page " + v.id());
        }
    }

    @Test
    void theFocusIsInThePageInTheSameEventThatShowsIt(FxRobot robot) {
        // checked before any pulse, which would otherwise give a dropped request's focus to the header
        List<String> outside = new ArrayList<>();
        for (AppView v : new AppView[]{AppView.TRUE_FALSE, AppView.QUIZ, AppView.TIMELINE, AppView.LAB,
                AppView.SIMULATOR, AppView.LESSONS}) {
            robot.interact(() -> {
                shell.viewModel().select(v);
                Node owner = shell.stage().getScene().getFocusOwner();
                Node page = shell.view().shownPage().getView();
                Node n = owner;
                while (n != null && n != page) {
                    n = n.getParent();
                }
                if (n == null) {
                    outside.add(v.id() + " (focus on " + owner + ")");
                }
            });
        }
        assertEquals(List.of(), outside, "views whose focus was not in the page when shown");
    }

    /** Pixels around {@code node} (with a margin for a ring drawn outside it) that change when it takes focus. */
    private static int changedPixelsOnFocus(FxRobot robot, Node node, Node part, Node elsewhere) {
        AtomicReference<WritableImage> before = new AtomicReference<>();
        AtomicReference<WritableImage> after = new AtomicReference<>();
        robot.interact(() -> elsewhere.requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> before.set(node.getScene().snapshot(null)));
        robot.interact(node::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> after.set(node.getScene().snapshot(null)));
        assertTrue(node.isFocused(), node.getId() + " takes the focus");
        Bounds b = part.localToScene(part.getBoundsInLocal());
        PixelReader p = before.get().getPixelReader();
        PixelReader q = after.get().getPixelReader();
        int changed = 0;
        int w = (int) before.get().getWidth();
        int h = (int) before.get().getHeight();
        for (int y = Math.max(0, (int) b.getMinY() - 6); y < Math.min(h, b.getMaxY() + 6); y++) {
            for (int x = Math.max(0, (int) b.getMinX() - 6); x < Math.min(w, b.getMaxX() + 6); x++) {
                if (colourDistance(p.getArgb(x, y), q.getArgb(x, y)) > 60) {
                    changed++;
                }
            }
        }
        return changed;
    }

    /** The Show check boxes sit at the bottom of a scrolled side panel. */
    private static void scrollIntoView(FxRobot robot, Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane sp) {
                robot.interact(() -> sp.setVvalue(sp.getVmax()));
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int colourDistance(int a, int b) {
        return Math.abs((a >> 16 & 255) - (b >> 16 & 255)) + Math.abs((a >> 8 & 255) - (b >> 8 & 255))
                + Math.abs((a & 255) - (b & 255));
    }

    @Test
    void everyKindOfControlShowsAFocusRingInBothThemes(FxRobot robot) {
        robot.moveTo("#product-name"); // no hover highlight on the controls
        List<String> missing = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            robot.interact(() -> shell.viewModel().setTheme(theme));
            for (AppView view : new AppView[]{AppView.SIMULATOR, AppView.LAB}) {
                robot.interact(() -> shell.viewModel().select(view));
                WaitForAsyncUtils.waitForFxEvents();
                Node page = shell.view().shownPage().getView();
                List<String> selectors = view == AppView.SIMULATOR
                        ? List.of("#theme-toggle", "#sim-speed", "#sim-step", "#sim-config-toggle", "#sim-show-batches")
                        : List.of("#lab-preset", "#lab-ab");
                for (String selector : selectors) {
                    Node node = robot.lookup(selector).match(Node::isVisible).query();
                    scrollIntoView(robot, node);
                    // a check box rings its box, a slider its thumb
                    Node part = node.lookup(".box") != null ? node.lookup(".box")
                            : node.lookup(".thumb") != null ? node.lookup(".thumb") : node;
                    Bounds b = part.getBoundsInLocal();
                    int ring = changedPixelsOnFocus(robot, node, part, page);
                    // a ring around the control: at least one pixel in two along its outline
                    if (ring < (b.getWidth() + b.getHeight())) {
                        missing.add(theme + " " + view.id() + " " + selector + " (" + ring + " px changed)");
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "controls whose focus cannot be seen");
    }
}
