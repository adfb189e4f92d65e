package org.ganclassroom.ui.lab;

import org.ganclassroom.ui.practice.Screenshots;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ganclassroom.sim.config.Chip;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.ui.live.LiveRun;
import org.ganclassroom.ui.AppArguments;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.lab.LabViewModel.Side;
import org.ganclassroom.ui.markdown.MathView;
import org.ganclassroom.ui.settings.SettingsStore;
import org.ganclassroom.ui.shell.PageRegistry;
import org.ganclassroom.ui.shell.ShellWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Mini Lab in the real shell, driven by the mouse, over a manual runner: the simulation moves only when a
 * test runs frames, so nothing here waits on a thread. PNGs under target/screenshots/lab-*.png.
 */
@ExtendWith(ApplicationExtension.class)
class LabViewTest {
    private static final Path OUT = Path.of("target", "screenshots");
    private static final int MAX_FRAMES = 400;
    @TempDir
    static Path configDir;
    private ShellWindow shell;
    private LabViewModel vm;
    private final Deque<Path> paths = new ArrayDeque<>();

    /** Hands out the queued paths instead of showing a native dialog. */
    private final FileDialogs dialogs = new FileDialogs() {
        @Override
        public Optional<Path> open(Window owner, String title, String description, String extension) {
            return Optional.ofNullable(paths.poll());
        }

        @Override
        public Optional<Path> save(Window owner, String title, String description, String extension,
                                   String suggestedName) {
            return Optional.ofNullable(paths.poll());
        }
    };

    @Start
    void start(Stage stage) throws Exception {
        vm = new LabViewModel(ExperimentPresets.DEFAULT, ChipCards.standard(), LiveRun.Runners.MANUAL);
        PageRegistry pages = PageRegistry.standard()
                .register(AppView.LAB, ctx -> LabPages.view(vm, dialogs, ctx.theme()));
        shell = ShellWindow.open(stage, AppArguments.parse("--open", "lab", "--theme", "light"),
                new SettingsStore(configDir, System.err), pages);
    }

    @BeforeEach
    void faster(FxRobot robot) {
        robot.interact(() -> vm.setSpeed(20));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : Window.getWindows().toArray(new Window[0])) {
                if (w != shell.stage()) {
                    w.hide();
                }
            }
        });
        vm.close();
    }

    private LabView page() {
        return (LabView) shell.view().shownPage();
    }

    /**
     * Runs the (manual) simulation frame by frame on the FX thread until the condition holds, redrawing the page
     * after each frame as its pulse would; fails after {@value #MAX_FRAMES} frames.
     */
    private Frame runUntil(FxRobot robot, String what, Predicate<Frame> condition) {
        AtomicReference<Frame> out = new AtomicReference<>();
        robot.interact(() -> {
            for (int i = 0; !condition.test(frame()); i++) {
                if (i == MAX_FRAMES) {
                    throw new AssertionError("never happened: " + what + " (step "
                            + frame().snapshot().metrics().step() + ", playing " + frame().playing() + ")");
                }
                vm.runner().runFrames(1);
                page().refresh();
            }
            out.set(frame());
        });
        return out.get();
    }

    private Frame frame() {
        return vm.runner().latest();
    }

    @Test
    void clickingAChipSwitchesItOnTheRunningGanAndOpensItsCard(FxRobot robot) throws Exception {
        play(robot);
        runUntil(robot, "it trains", f -> f.snapshot().metrics().step() > 100);
        assertFalse(robot.lookup("#lab-card").query().isVisible());

        robot.clickOn("#chip-a-r1");
        runUntil(robot, "the running simulation has R1", f -> f.snapshot().stabilisers().r1());
        assertTrue(frame().snapshot().metrics().step() > 100, "not restarted");
        assertTrue(robot.lookup("#lab-card").query().isVisible());
        assertEquals("R1 gradient penalty", robot.lookup("#lab-card-title").queryAs(Label.class).getText());
        Node formula = robot.lookup("#lab-card-formula").query();
        MathView math = assertInstanceOf(MathView.class, formula);
        assertFalse(math.isError());
        assertTrue(math.getGraphic() != null && math.getWidth() > 50, "formula rendered");
        assertTrue(robot.lookup("#lab-card-papers").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).anyMatch(t -> t.startsWith("Mescheder, Geiger, Nowozin (2018)")));
        assertTrue(robot.lookup("#lab-card-state").queryAs(Label.class).getText().startsWith("On"));
        assertTrue(page().chipButton(Side.A, Chip.R1).isSelected());
        ChipCard r1 = vm.cards().card(Chip.R1).orElseThrow();
        var button = page().chipButton(Side.A, Chip.R1);
        assertEquals(r1.icon(), ((org.kordamp.ikonli.javafx.FontIcon) button.getGraphic()).getIconLiteral());
        assertEquals(r1.name() + "\n" + r1.summary() + "\nClick to switch it on or off and open its card.",
                button.getTooltip().getText());

        robot.clickOn("#chip-a-gradientpenalty");
        runUntil(robot, "gradient penalty on", f -> f.snapshot().stabilisers().gradientPenalty());
        assertEquals("Gradient penalty (WGAN-GP)", robot.lookup("#lab-card-title").queryAs(Label.class).getText());
        robot.clickOn("#chip-a-nonsaturating");
        runUntil(robot, "minimax loss", f -> f.snapshot().training().objective().equals("minimax"));
        shoot(robot, "card-light");
        robot.interact(() -> shell.viewModel().setTheme(Theme.DARK));
        shoot(robot, "card-dark");
        robot.interact(() -> shell.viewModel().setTheme(Theme.LIGHT));

        robot.clickOn("#chip-a-r1");
        runUntil(robot, "R1 off again", f -> !f.snapshot().stabilisers().r1());
        robot.clickOn("#lab-card-close");
        assertFalse(robot.lookup("#lab-card").query().isVisible());
    }

    @Test
    void abModeOverlaysTwoJsdCurves(FxRobot robot) throws Exception {
        robot.clickOn("#chip-a-dsteps"); // k = 5 in A; the card is open
        robot.clickOn("#chip-a-dsteps"); // back to k = 1; card still open: B = A + k = 5
        robot.clickOn("#lab-ab");
        assertTrue(vm.isAbMode());
        assertTrue(robot.lookup("#lab-chips-b").query().isVisible());
        assertEquals("B = A + k D steps", vm.bLabelProperty().get());
        play(robot);
        runUntil(robot, "two runs in lockstep", f -> f.snapshots().size() == 2 && f.snapshot().metrics().step() > 300);
        Frame f = frame();
        assertEquals(f.snapshots().get(0).metrics().step(), f.snapshots().get(1).metrics().step());
        assertEquals(1, f.snapshots().get(0).stabilisers().dSteps());
        assertEquals(5, f.snapshots().get(1).stabilisers().dSteps());
        assertTrue(page().compareChart().getScene() != null, "the compare chart is shown");
        assertEquals(2, page().compareChart().series().size());
        assertTrue(page().compareChart().series().get(1).size() > 100);
        assertTrue(page().compareChart().series().get(0).label().startsWith("A"));
        assertTrue(page().compareChart().series().get(1).label().startsWith("B"));
        assertTrue(robot.lookup("#lab-plot-b").query().isVisible());
        shoot(robot, "ab-light");

        robot.clickOn("#lab-ab");
        assertEquals(1, frame().snapshots().size(), "one run again");
        robot.interact(() -> page().refresh());
        assertTrue(page().historyChart().getScene() != null, "the plain history chart is back");
    }

    @Test
    void theoremModeShowsTheGapShrinking(FxRobot robot) throws Exception {
        play(robot);
        runUntil(robot, "G learns a while", f -> f.snapshot().metrics().step() > 300);
        robot.clickOn("#lab-theorem");
        assertTrue(vm.isTheoremMode());
        assertTrue(robot.lookup("#lab-theorem-pane").query().isVisible());
        long s0 = frame().snapshot().metrics().step();
        runUntil(robot, "a first frame of D alone", f -> f.snapshot().metrics().step() > s0);
        double first = gapReadout(robot);
        assertTrue(first > 0, "a first readout");
        runUntil(robot, "D trains 600 steps and its gap falls", f -> f.snapshot().metrics().step() > s0 + 600
                && f.snapshot().metrics().dGap() < 0.6 * first);
        assertTrue(gapReadout(robot) < 0.6 * first, "the readout follows: " + first + " -> " + gapReadout(robot));
        assertTrue(page().theoremChart().series().get(0).size() > 10);
        assertTrue(frame().snapshot().metrics().step() > s0);
        shoot(robot, "theorem-light");
        robot.interact(() -> shell.viewModel().setTheme(Theme.DARK));
        shoot(robot, "theorem-dark");
        robot.interact(() -> shell.viewModel().setTheme(Theme.LIGHT));

        robot.clickOn("#lab-theorem");
        assertFalse(vm.isTheoremMode());
        assertFalse(robot.lookup("#lab-theorem-pane").query().isVisible());
    }

    @Test
    void everyCardIsReadableAndA2dPresetShowsTheHeatMap(FxRobot robot) throws Exception {
        for (Chip c : Chip.values()) {
            robot.interact(() -> vm.showCard(c));
            WaitForAsyncUtils.waitForFxEvents();
            MathView m = robot.lookup("#lab-card-formula").queryAs(MathView.class);
            assertFalse(m.isError(), c.id());
            assertTrue(m.getScaleX() >= 0.75, c + ": formula squeezed to " + m.getScaleX());
        }
        robot.interact(() -> vm.showCard(Chip.LABEL_SMOOTHING));
        shoot(robot, "card-labelsmoothing");

        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> presets = robot.lookup("#lab-preset").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> presets.getSelectionModel().select("ring8"));
        assertEquals("ring8", vm.sourceProperty().get());
        play(robot);
        runUntil(robot, "a 2-D run", f -> f.snapshot().dimension() == 2 && f.snapshot().metrics().step() > 200);
        assertInstanceOf(org.ganclassroom.ui.charts.Heatmap2D.class, page().plotChart(Side.A), "the heat map");
        robot.clickOn("#chip-a-minibatchstd");
        shoot(robot, "ring8-light");
    }

    /** The page starts playing on its first show; click Play only when it is paused. */
    private void play(FxRobot robot) {
        if (!vm.playingProperty().get()) {
            robot.clickOn("#lab-play");
        }
        assertTrue(vm.playingProperty().get());
    }

    @Test
    void playButtonPausesAndResumes(FxRobot robot) throws Exception {
        play(robot);
        robot.clickOn("#lab-play");
        assertFalse(frame().playing(), "paused");
        long s = frame().snapshot().metrics().step();
        assertEquals("Play", robot.lookup("#lab-play").queryAs(javafx.scene.control.Button.class).getText());
        robot.clickOn("#lab-step");
        assertEquals(s + 1, frame().snapshot().metrics().step(), "one step");
        robot.clickOn("#lab-play");
        runUntil(robot, "playing again", f -> f.snapshot().metrics().step() > s + 10);
    }

    private static double gapReadout(FxRobot robot) {
        String t = robot.lookup("#lab-gap").queryAs(Label.class).getText();
        if (t == null || t.isBlank() || t.startsWith("—")) {
            return -1;
        }
        return Double.parseDouble(t.trim().split("\\s+")[0]);
    }

    @Test
    void saveThenOpenRoundTrip(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(vm::pause);
        robot.clickOn("#lab-restart");
        assertEquals(0, frame().snapshot().metrics().step(), "back at step 0");
        assertFalse(frame().playing());
        robot.clickOn("#chip-a-spectralnorm");
        robot.clickOn("#lab-step");
        robot.clickOn("#lab-step");
        assertEquals(2, frame().snapshot().metrics().step(), "two steps");
        Path file = dir.resolve("saved.json");
        paths.add(file);
        robot.clickOn("#lab-save");
        assertTrue(Files.size(file) > 100, "the file is written");
        double jsd = frame().snapshot().metrics().jsd();

        robot.clickOn("#chip-a-spectralnorm");
        robot.clickOn("#lab-restart");
        assertFalse(vm.chipOn(Side.A, Chip.SPECTRAL_NORM).get());
        paths.add(file);
        robot.clickOn("#lab-open");
        assertEquals(2, frame().snapshot().metrics().step(), "the saved run is back");
        assertEquals(jsd, frame().snapshot().metrics().jsd(), 1e-12);
        assertTrue(frame().snapshot().stabilisers().spectralNorm());
        assertTrue(page().chipButton(Side.A, Chip.SPECTRAL_NORM).isSelected());
        assertEquals("mixture2 (modified) · saved.json", vm.sourceProperty().get());

        Path png = dir.resolve("plot.png");
        paths.add(png);
        robot.clickOn("#lab-export-png");
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 300);
        Label notice = robot.lookup("#lab-saved").queryAs(Label.class);
        assertTrue(notice.isVisible(), "the export says where the file went");
        assertEquals("Saved plot.png in " + dir.toAbsolutePath(), notice.getText());
        // no empty band: within the 8 px margin of every edge something is drawn that is not the background
        int bg = image.getRGB(0, 0);
        int w = image.getWidth();
        int h = image.getHeight();
        boolean[] edges = new boolean[4];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (image.getRGB(x, y) != bg) {
                    edges[0] |= x <= 9;
                    edges[1] |= x >= w - 10;
                    edges[2] |= y <= 9;
                    edges[3] |= y >= h - 10;
                }
            }
        }
        assertArrayEqualsTrue(edges);
        Path csv = dir.resolve("m.csv");
        paths.add(csv);
        robot.clickOn("#lab-export-csv");
        assertTrue(Files.readString(csv).startsWith("run,step,jsd_nats"));
        assertEquals("Saved m.csv in " + dir.toAbsolutePath(), notice.getText());
    }

    @Test
    void aCorruptFileShowsTheMessageAndChangesNothing(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"gan-classroom-experiment\", \"version\": 1,"
                + " \"training\": {\"batchSize\": \"many\"}}");
        robot.clickOn("#chip-a-ema");
        paths.add(bad);
        robot.clickOn("#lab-open");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#lab-error-dialog").tryQuery().isPresent(), "an error dialog");
        DialogPane pane = robot.lookup("#lab-error-dialog").queryAs(DialogPane.class);
        assertTrue(pane.getContentText().contains("batchSize"), pane.getContentText());
        assertTrue(vm.chipOn(Side.A, Chip.EMA).get(), "nothing changed");
        assertEquals("mixture2", vm.sourceProperty().get());
        shoot(robot, pane.getScene(), "error-dialog");
    }

    private void shoot(FxRobot robot, String name) throws Exception {
        shoot(robot, shell.stage().getScene(), name);
    }

    private void shoot(FxRobot robot, javafx.scene.Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            page().refresh();
            Screenshots.ofScene(scene, "lab-" + name.toLowerCase(Locale.ROOT));
        });
    }

    private static void assertArrayEqualsTrue(boolean[] edges) {
        assertEquals("[true, true, true, true]", java.util.Arrays.toString(edges),
                "something drawn within 10 px of the left, right, top and bottom edges");
    }
}
