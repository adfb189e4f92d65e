package org.ganclassroom.ui.shell;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.ganclassroom.ui.AppArguments;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.lab.FileDialogs;
import org.ganclassroom.ui.lab.LabController;
import org.ganclassroom.ui.live.LiveRun;
import org.ganclassroom.ui.practice.PracticeStage;
import org.ganclassroom.ui.settings.SettingsStore;
import org.ganclassroom.ui.simulator.SimulatorView;
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

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Mini Lab and the Simulator in the real window at a projector's 1024×768, the default size and 1920×1080:
 * every toolbar control and readout lies wholly inside the window and inside the scroll pane that holds it, and
 * no label is cut short with "…"; at 1920×1080 the plots use the room. Screenshots: target/screenshots/layout-*.png.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorLayoutTest {
    @TempDir
    static Path configDir;
    private ShellWindow shell;
    private LabController lab;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        lab = new LabController(FileDialogs.system(), LiveRun.Runners.MANUAL);
        PageRegistry pages = PageRegistry.standard()
                .register(AppView.LAB, lab::createPage)
                .register(AppView.SIMULATOR, ctx -> SimulatorView.create(ctx, LiveRun.Runners.MANUAL,
                        org.ganclassroom.ui.live.StartRun.defaults()));
        shell = ShellWindow.open(stage, AppArguments.parse("--open", "lab", "--theme", "light"),
                new SettingsStore(configDir, System.err), pages);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> shell.viewModel().select(AppView.QUIZ));
        lab.viewModel().close();
    }

    private void open(FxRobot robot, AppView view, double w, double h) {
        robot.interact(() -> {
            stage.setMinWidth(0);
            stage.setMinHeight(0);
            stage.setWidth(w);
            stage.setHeight(h);
            shell.viewModel().select(view);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void labToolbarsChipsAndCardFitAProjector(FxRobot robot) throws Exception {
        for (double[] size : new double[][]{{1280, 800}, {1024, 768}}) {
            open(robot, AppView.LAB, size[0], size[1]);
            robot.clickOn(robot.lookup("#lab-chips-a").queryAs(FlowPane.class).getChildren().get(0));
            WaitForAsyncUtils.waitForFxEvents();
            List<String> ids = List.of("#lab-open", "#lab-save", "#lab-export-png", "#lab-export-csv", "#lab-preset",
                    "#lab-play", "#lab-step", "#lab-restart", "#sim-speed", "#sim-speed-text", "#lab-ab",
                    "#lab-theorem", "#lab-card");
            List<Node> nodes = new ArrayList<>();
            for (String id : ids) {
                nodes.add(robot.lookup(id).query());
            }
            nodes.addAll(robot.lookup("#lab-chips-a").queryAs(FlowPane.class).getChildren());
            assertAllShown(nodes, (int) size[0] + "x" + (int) size[1]);
            double stepX = robot.lookup("#lab-step").query().localToScene(0, 0).getX();
            robot.clickOn("#sim-speed").type(javafx.scene.input.KeyCode.HOME);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(((Labeled) robot.lookup("#sim-speed-text").query()).getText().startsWith("slow motion"));
            assertAllShown(List.of(robot.lookup("#sim-speed-text").query()), "slowest speed");
            assertTrue(stepX == robot.lookup("#lab-step").query().localToScene(0, 0).getX(), "the toolbar stays");
            robot.clickOn("#sim-speed").type(javafx.scene.input.KeyCode.END);
            PracticeStage.shot(robot, stage, "layout-lab-" + (int) size[0]);
        }
    }

    @Test
    void atAProjectorTheLabPlotGetsTheHeightAndEveryChipStaysInReach(FxRobot robot) {
        open(robot, AppView.LAB, 1024, 768);
        robot.interact(() -> stage.getScene().getRoot().layout());
        double plot = robot.lookup("#lab-plot-a").query().getLayoutBounds().getHeight();
        assertTrue(plot >= 0.4 * stage.getScene().getHeight(), "the 1-D plot is " + plot + " px tall in a "
                + stage.getScene().getHeight() + " px window");
        robot.clickOn("#lab-ab");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().layout());
        List<Node> chips = new ArrayList<>(robot.lookup("#lab-chips-a").queryAs(FlowPane.class).getChildren());
        chips.addAll(robot.lookup("#lab-chips-b").queryAs(FlowPane.class).getChildren());
        assertAllShown(chips, "1024x768 in A/B mode");
        // the last chip of B lies below the chips' fold: focusing it scrolls it into view
        Node last = chips.get(chips.size() - 1);
        robot.interact(last::requestFocus);
        robot.interact(() -> stage.getScene().getRoot().layout());
        ScrollPane scroll = robot.lookup("#lab-chip-scroll").queryAs(ScrollPane.class);
        Bounds v = scroll.localToScene(scroll.getLayoutBounds());
        Bounds b = last.localToScene(last.getLayoutBounds());
        assertTrue(b.getMinY() >= v.getMinY() - 0.5 && b.getMaxY() <= v.getMaxY() + 0.5,
                "the focused chip " + b + " is inside the chips' viewport " + v);
        robot.clickOn("#lab-ab");
        PracticeStage.shot(robot, stage, "layout-lab-1024-plot");
    }

    @Test
    void simulatorToolbarAndReadoutsFitAProjector(FxRobot robot) throws Exception {
        for (double[] size : new double[][]{{1280, 800}, {1024, 768}}) {
            open(robot, AppView.SIMULATOR, size[0], size[1]);
            List<Node> nodes = new ArrayList<>();
            for (String id : List.of("#sim-play", "#sim-step", "#sim-reset", "#sim-speed", "#sim-speed-text",
                    "#sim-seed", "#sim-seed-random", "#sim-quick-preset", "#sim-quick-lr-g", "#sim-quick-lr-d",
                    "#sim-config-toggle")) {
                nodes.add(robot.lookup(id).query());
            }
            for (Node n : robot.lookup("#sim-readouts").queryAs(GridPane.class).getChildren()) {
                if (n.isVisible()) {
                    nodes.add(n);
                }
            }
            assertAllShown(nodes, (int) size[0] + "x" + (int) size[1]);
            robot.clickOn("#sim-config-toggle");
            WaitForAsyncUtils.waitForFxEvents();
            assertAllShown(List.of(robot.lookup("#sim-config-toggle").query(), robot.lookup("#sim-jsd").query()),
                    (int) size[0] + "x" + (int) size[1] + " with Configure open");
            PracticeStage.shot(robot, stage, "layout-sim-" + (int) size[0] + "-configure");
            robot.clickOn("#sim-config-toggle");
            WaitForAsyncUtils.waitForFxEvents();
            PracticeStage.shot(robot, stage, "layout-sim-" + (int) size[0]);
            assertTrue(!robot.lookup("#sim-config-toggle").queryAs(ToggleButton.class).isSelected());
        }
    }

    @Test
    void simulatorToolbarTakesAtMostTwoRowsAtEverySize(FxRobot robot) {
        for (double[] size : new double[][]{{1024, 768}, {1280, 800}}) {
            open(robot, AppView.SIMULATOR, size[0], size[1]);
            FlowPane bar = robot.lookup("#sim-toolbar").queryAs(FlowPane.class);
            java.util.TreeSet<Double> rows = new java.util.TreeSet<>();
            StringBuilder seen = new StringBuilder();
            for (Node n : bar.getChildren()) {
                if (n.isManaged() && n.isVisible()) {
                    rows.add(Math.floor(n.getBoundsInParent().getMinY()));
                    seen.append(n.getId() != null ? "#" + n.getId() : n.getClass().getSimpleName()).append('@')
                            .append((int) n.getBoundsInParent().getMinX()).append(',')
                            .append((int) n.getBoundsInParent().getMinY()).append(' ');
                }
            }
            assertTrue(rows.size() <= 2, (int) size[0] + "x" + (int) size[1] + ": the toolbar takes " + rows.size()
                    + " rows: " + seen);
            List<Node> all = new ArrayList<>();
            for (String id : List.of("#sim-play", "#sim-step", "#step-d", "#step-g", "#sim-reset", "#sim-speed",
                    "#sim-seed", "#sim-seed-random", "#sim-quick-preset", "#sim-quick-lr-g", "#sim-quick-lr-d",
                    "#sim-config-toggle")) {
                all.add(robot.lookup(id).query());
            }
            // the rest are on the bar, or all under its "⋯" menu
            MenuButton more = robot.lookup("#sim-more").queryAs(MenuButton.class);
            List<String> rest = List.of("#sim-defaults", "#sim-draw", "#sim-export-png", "#sim-export-csv",
                    "#sim-export-clip");
            if (more.isVisible()) {
                all.add(more);
                for (String id : rest) {
                    assertTrue(!robot.lookup(id).query().isVisible(), id + " is both on the bar and in the menu");
                }
            } else {
                rest.forEach(id -> all.add(robot.lookup(id).query()));
            }
            assertAllShown(all, (int) size[0] + "x" + (int) size[1]);
        }
        // at a projector's size the menu holds them, and the keyboard opens it
        open(robot, AppView.SIMULATOR, 1024, 768);
        // the update counts grow with the run ("D 12 345 · G 12 345"): at this size they leave the bar, so
        // they cannot push Speed onto a third row later
        assertTrue(!robot.lookup("#player-updates").query().isManaged(), "the counts stay off a projector's bar");
        MenuButton more = robot.lookup("#sim-more").queryAs(MenuButton.class);
        assertTrue(more.isVisible(), "at 1024x768 the toolbar needs its menu");
        robot.interact(() -> robot.lookup("#page-simulator").query().requestFocus());
        robot.type(javafx.scene.input.KeyCode.M);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(more.isShowing(), "M opens the ⋯ menu");
        List<String> items = more.getItems().stream().map(javafx.scene.control.MenuItem::getId).toList();
        assertTrue(items.equals(List.of("sim-defaults-item", "sim-draw-item", "sim-export-png-item",
                "sim-export-csv-item", "sim-export-clip-item")), "the menu holds " + items);
        robot.interact(more::hide);
    }

    @Test
    void theReadoutsOfA2DRunAreNotCutAtAProjectorsSize(FxRobot robot) {
        open(robot, AppView.SIMULATOR, 1024, 768);
        robot.interact(() -> ((SimulatorView) shell.view().shownPage()).viewModel().loadPreset("ring8"));
        robot.interact(() -> ((SimulatorView) shell.view().shownPage()).viewModel().run().pull());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().layout());
        List<Node> nodes = new ArrayList<>();
        for (Node n : robot.lookup("#sim-readouts").queryAs(GridPane.class).getChildren()) {
            if (n.isVisible()) {
                nodes.add(n);
            }
        }
        assertTrue(nodes.size() > 20, "the 2-D readouts are shown");
        assertAllShown(nodes, "1024x768, ring8");
    }

    @Test
    void playBecomingPauseDoesNotShiftTheToolbar(FxRobot robot) {
        for (AppView view : List.of(AppView.SIMULATOR, AppView.LAB)) {
            open(robot, view, 1024, 768);
            String play = view == AppView.LAB ? "#lab-play" : "#sim-play";
            String next = view == AppView.LAB ? "#lab-step" : "#sim-step";
            String label = ((Labeled) robot.lookup(play).query()).getText();
            double before = robot.lookup(next).query().localToScene(0, 0).getX();
            robot.clickOn(play);
            WaitForAsyncUtils.waitForFxEvents();
            double after = robot.lookup(next).query().localToScene(0, 0).getX();
            robot.clickOn(play);
            WaitForAsyncUtils.waitForFxEvents();
            double back = robot.lookup(next).query().localToScene(0, 0).getX();
            assertTrue(before == after && after == back, view + ": " + next + " moved from " + before + " to "
                    + after + " and " + back + " as " + label + " changed");
        }
    }

    /**
     * Moves the window's content into an off-screen 1920×1080 scene (the headless screen is smaller than that)
     * and lays it out there; returns that scene.
     */
    private Scene fullHd(FxRobot robot) {
        Scene[] out = new Scene[1];
        robot.interact(() -> {
            Scene shown = stage.getScene();
            Parent root = shown.getRoot();
            shown.setRoot(new javafx.scene.layout.Pane());
            Scene big = new Scene(root, 1920, 1080);
            big.getStylesheets().setAll(shown.getStylesheets());
            root.applyCss();
            root.layout();
            out[0] = big;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> out[0].getRoot().layout());
        return out[0];
    }

    /** Puts the content back into the window. */
    private void back(FxRobot robot, Scene big) {
        robot.interact(() -> {
            Parent root = big.getRoot();
            big.setRoot(new javafx.scene.layout.Pane());
            stage.getScene().setRoot(root);
        });
    }

    private static void shot(FxRobot robot, Scene scene, String name) {
        robot.interact(() -> org.ganclassroom.ui.practice.Screenshots.ofScene(scene, name));
    }

    @Test
    void atFullHdThePlotsUseTheRoom(FxRobot robot) throws Exception {
        open(robot, AppView.SIMULATOR, 1280, 800);
        robot.interact(() -> ((SimulatorView) shell.view().shownPage()).viewModel().loadPreset("ring8"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> ((SimulatorView) shell.view().shownPage()).viewModel().run().pull());
        Scene big = fullHd(robot);
        Node heat = big.lookup("#sim-heatmap");
        Node center = big.lookup(".sim-center");
        shot(robot, big, "layout-sim-1920-ring8");
        double heatH = heat.getBoundsInParent().getHeight();
        double heatW = heat.getBoundsInParent().getWidth();
        double room = center.getLayoutBounds().getHeight();
        // the 2-D plot with its history chart (and the rewind bar under it) fills the centre: no empty band below
        Node history = big.lookup("#sim-rewind");
        Bounds h = history.localToScene(history.getBoundsInLocal());
        Bounds c = center.localToScene(center.getLayoutBounds());
        assertTrue(c.getMaxY() - h.getMaxY() < 40, "empty band of " + (c.getMaxY() - h.getMaxY())
                + " px below the history and its rewind bar (centre " + c + ", bar " + h + ")");
        assertTrue(heatH > 0.6 * room && heatW > 600, "the 2-D plot is " + heatW + "×" + heatH + " in a centre "
                + room + " px tall");

        back(robot, big);
        open(robot, AppView.LAB, 1280, 800);
        robot.clickOn("#lab-ab");
        Scene bigLab = fullHd(robot);
        shot(robot, bigLab, "layout-lab-1920-ab");
        for (String id : List.of("#lab-plot-a", "#lab-plot-b")) {
            Node plot = bigLab.lookup(id);
            double ph = plot.getLayoutBounds().getHeight();
            assertTrue(ph > 350, id + " is only " + ph + " px tall at 1920×1080");
        }
        back(robot, bigLab);
    }

    /** Wholly inside the scene and every enclosing scroll pane's viewport, visible, and no text cut with "…". */
    static void assertAllShown(List<Node> nodes, String where) {
        List<String> bad = new ArrayList<>();
        for (Node n : nodes) {
            String why = notShown(n);
            if (why != null) {
                bad.add((n.getId() != null ? "#" + n.getId() : n.toString()) + ": " + why);
            }
        }
        assertTrue(bad.isEmpty(), "at " + where + ": " + String.join("; ", bad));
    }

    private static String notShown(Node n) {
        Scene scene = n.getScene();
        if (scene == null) {
            return "not in the scene";
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return "hidden";
            }
        }
        Bounds b = n.localToScene(n.getBoundsInLocal());
        double eps = 0.5;
        if (b.getWidth() < 1 || b.getHeight() < 1) {
            return "has no size";
        }
        boolean scrolls = false;
        for (Parent p = n.getParent(); p != null; p = p.getParent()) {
            scrolls |= p instanceof ScrollPane;
        }
        // what sits in a scroll pane may run below the window (the pane scrolls), never off its right edge
        if (b.getMinX() < -eps || b.getMaxX() > scene.getWidth() + eps
                || !scrolls && (b.getMinY() < -eps || b.getMaxY() > scene.getHeight() + eps)) {
            return "outside the " + (int) scene.getWidth() + "×" + (int) scene.getHeight() + " window at " + b;
        }
        for (Parent p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                Bounds v = sp.localToScene(sp.getLayoutBounds());
                if (b.getMinX() < v.getMinX() - eps || b.getMaxX() > v.getMaxX() + eps) {
                    return "cut by its scroll pane " + v + " at " + b;
                }
            }
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()
                && l.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
            Text shown = (Text) l.lookup(".text");
            if (shown != null && !shown.getText().equals(l.getText())) {
                return "text cut to \"" + shown.getText() + "\"";
            }
        }
        return null;
    }
}
