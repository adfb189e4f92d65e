package org.ganclassroom.ui.simulator;

import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.live.LiveRun;
import org.ganclassroom.ui.shell.ThemeStyles;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A Simulator page on a manual runner in a test's stage: the simulation moves only when {@link #until} runs
 * frames, so what a test sees is the same on every machine. As a test class's extension
 * ({@code @RegisterExtension final SimPage page = new SimPage();}, beside TestFX's {@code ApplicationExtension})
 * it prepares the stage before each test and closes the page after it.
 */
final class SimPage implements BeforeEachCallback, AfterEachCallback {
    private static final int MAX_FRAMES = 2000;
    final SimpleObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    /** The text zoom the page is given (1 = normal), as the shell gives it its own. */
    final SimpleDoubleProperty textScale = new SimpleDoubleProperty(1);
    SimulatorView view;
    private Stage stage;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(SimPage::prepare);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close(new FxRobot());
    }

    /** The test's stage (prepared before each test). */
    Stage stage() {
        return stage;
    }

    /** The stage a test class starts with: light theme, an empty scene, shown. */
    static void prepare(Stage stage) {
        ThemeStyles.apply(Theme.LIGHT);
        stage.setScene(new Scene(new javafx.scene.layout.Pane(), 1024, 768));
        stage.show();
    }

    /** Shows a fresh page of {@code config} in a {@code w}×{@code h} scene of the stage. */
    void show(FxRobot robot, ExperimentConfig config, double w, double h) {
        show(robot, () -> new SimulatorViewModel(LiveRun.Runners.MANUAL, config), w, h);
    }

    /** Shows a fresh page on the model {@code model} makes (on the FX thread) in a {@code w}×{@code h} scene. */
    void show(FxRobot robot, Supplier<SimulatorViewModel> model, double w, double h) {
        robot.interact(() -> {
            SimulatorViewModel vm = model.get();
            long[] now = {0};
            vm.readouts().setClock(() -> now[0] += SimulatorReadouts.READOUT_INTERVAL_NANOS);
            view = SimulatorView.create(vm, theme, textScale, org.ganclassroom.ui.live.StartRun.defaults());
            Scene scene = new Scene(view.getView(), w, h);
            scene.getStylesheets().add(ThemeStyles.appStylesheet());
            stage.setScene(scene);
            stage.setWidth(w);
            stage.setHeight(h);
            view.onShow();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Hides the page and closes its runner (after each test; at most once). */
    void close(FxRobot robot) {
        if (view != null) {
            SimulatorView shown = view;
            view = null;
            robot.interact(shown::onHide);
            shown.viewModel().runner().close();
        }
    }

    SimulatorViewModel vm() {
        return view.viewModel();
    }

    static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    long shownStep(FxRobot robot) {
        return Long.parseLong(text(robot, "#sim-step-value"));
    }

    /** Pulls frames as the plot's timer would, running one more simulation frame while the condition fails. */
    void until(FxRobot robot, BooleanSupplier condition) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            for (int i = 0; ; i++) {
                view.viewModel().run().pull();
                if (condition.getAsBoolean()) {
                    return;
                }
                if (i == MAX_FRAMES) {
                    throw new AssertionError("never happened within " + MAX_FRAMES + " frames (step "
                            + view.viewModel().runner().latest().snapshot().metrics().step() + ")");
                }
                view.viewModel().runner().runFrames(1);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
