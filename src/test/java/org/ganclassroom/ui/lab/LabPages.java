package org.ganclassroom.ui.lab;

import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.lab.bench.BenchViewModel;
import org.ganclassroom.ui.lab.bench.BenchWorker;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.ui.live.LiveRun;
import org.ganclassroom.ui.shell.ThemeStyles;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Mini Lab pages for tests: the benchmark's trials, if started, run on the calling thread. */
final class LabPages {
    private LabPages() {
    }

    static LabView view(LabViewModel vm, FileDialogs dialogs, ObservableValue<Theme> theme) {
        return LabView.create(vm, new BenchViewModel(BenchWorker.CURRENT_THREAD, Runnable::run, 1), dialogs, theme);
    }

    /** The page alone in a light 1200×800 scene of {@code stage}, no shell around it. FX thread. */
    static LabView alone(Stage stage, LabViewModel vm) {
        ThemeStyles.apply(Theme.LIGHT);
        LabView view = view(vm, FileDialogsForTests.NONE, new SimpleObjectProperty<>(Theme.LIGHT));
        Scene scene = new Scene(view.getView(), 1200, 800);
        scene.getStylesheets().add(ThemeStyles.appStylesheet());
        stage.setScene(scene);
        return view;
    }

    /**
     * A test class's extension ({@code @RegisterExtension final LabPages.Manual lab = new LabPages.Manual();},
     * beside TestFX's {@code ApplicationExtension}): before each test a fresh page of the default preset with the
     * standard chips, over a manual runner, alone in a light 1200×800 scene; after it, the run is closed.
     */
    static final class Manual implements BeforeEachCallback, AfterEachCallback {
        LabViewModel vm;
        LabView view;

        @Override
        public void beforeEach(ExtensionContext context) throws Exception {
            Stage stage = FxToolkit.registerPrimaryStage();
            FxToolkit.setupStage(s -> {
                ThemeStyles.apply(Theme.LIGHT);
                s.setScene(new Scene(new javafx.scene.layout.Pane(), 1200, 800));
                s.show();
            });
            new FxRobot().interact(() -> {
                vm = new LabViewModel(ExperimentPresets.DEFAULT, ChipCards.standard(), LiveRun.Runners.MANUAL);
                view = alone(stage, vm);
            });
            WaitForAsyncUtils.waitForFxEvents();
        }

        @Override
        public void afterEach(ExtensionContext context) {
            if (vm != null) {
                vm.close();
            }
        }

        /** The frame the page shows once it has pulled the runner's latest. */
        Frame pulled(FxRobot robot) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> view.refresh());
            return vm.frameProperty().get();
        }
    }
}
