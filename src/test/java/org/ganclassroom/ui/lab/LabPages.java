package org.ganclassroom.ui.lab;

import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.lab.bench.BenchViewModel;
import org.ganclassroom.ui.lab.bench.BenchWorker;
import org.ganclassroom.ui.shell.ThemeStyles;

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
}
