package org.ganclassroom.ui.simulator;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.live.LiveRun;
import org.ganclassroom.ui.shell.ThemeStyles;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.function.BooleanSupplier;

/**
 * A Simulator page on a manual runner in a test's stage: the simulation moves only when {@link #until} runs
 * frames, so what a test sees is the same on every machine.
 */
final class SimPage {
    private static final int MAX_FRAMES = 2000;
    final SimpleObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    SimulatorView view;

    /** The stage a test class starts with: light theme, an empty scene, shown. */
    static void prepare(Stage stage) {
        ThemeStyles.apply(Theme.LIGHT);
        stage.setScene(new Scene(new javafx.scene.layout.Pane(), 1024, 768));
        stage.show();
    }

    /** Shows a fresh page of {@code config} in a {@code w}×{@code h} scene of {@code stage}. */
    void show(FxRobot robot, Stage stage, ExperimentConfig config, double w, double h) {
        robot.interact(() -> {
            SimulatorViewModel vm = new SimulatorViewModel(LiveRun.Runners.MANUAL, config);
            long[] now = {0};
            vm.readouts().setClock(() -> now[0] += SimulatorReadouts.READOUT_INTERVAL_NANOS);
            view = SimulatorView.create(vm, theme, org.ganclassroom.ui.live.StartRun.defaults());
            Scene scene = new Scene(view.getView(), w, h);
            scene.getStylesheets().add(ThemeStyles.appStylesheet());
            stage.setScene(scene);
            stage.setWidth(w);
            stage.setHeight(h);
            view.onShow();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    void close(FxRobot robot) {
        if (view != null) {
            robot.interact(() -> view.onHide());
            view.viewModel().runner().close();
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
