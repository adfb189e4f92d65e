package org.ganclassroom.ui.simulator;

import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.charts.HistoryMarks;
import org.ganclassroom.ui.common.FixedDecimals;
import org.ganclassroom.ui.live.ClipDialog;
import org.ganclassroom.ui.live.ClipExport;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;

import static org.ganclassroom.ui.simulator.Tips.tip;

/**
 * The toolbar's "Clip…" button: opens the {@link ClipDialog} over the run's current config, step and theme.
 * The export runs on a background thread; tests give it their own worker.
 */
final class ClipButton {
    private final SimulatorViewModel vm;
    private final ObservableValue<Theme> theme;
    private final Function<String, Optional<Path>> chooseFile;
    private final Button button = new Button("Clip…");
    private ClipExport.Worker worker = ClipExport.Worker.THREADED;
    private Executor fxThread = Platform::runLater;
    private ClipDialog last;

    ClipButton(SimulatorViewModel vm, ObservableValue<Theme> theme, Function<String, Optional<Path>> chooseFile) {
        this.vm = vm;
        this.theme = theme;
        this.chooseFile = chooseFile;
        button.setId("sim-export-clip");
        button.setGraphic(new FontIcon(MaterialDesignM.MOVIE_OPEN_OUTLINE));
        button.setTooltip(tip("Export a range of steps of this run as an animated GIF for slides"));
        button.setOnAction(e -> open());
    }

    Button button() {
        return button;
    }

    /** Where exports run and report back (tests: the calling thread). */
    void setWorker(ClipExport.Worker worker, Executor fxThread) {
        this.worker = Objects.requireNonNull(worker, "worker");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
    }

    /** The dialog opened last, or null. */
    ClipDialog lastDialog() {
        return last;
    }

    private void open() {
        long step = vm.frame() == null ? 0 : vm.frame().snapshot().metrics().step();
        ClipExport model = new ClipExport(vm.appliedConfig(), step, theme == null ? Theme.LIGHT : theme.getValue(),
                worker, fxThread);
        last = new ClipDialog(button.getScene().getWindow(), model, chooseFile, note(vm.marks()));
        last.show();
    }

    /** A replay uses today's settings throughout: say so when they were switched during the run. */
    static String note(HistoryMarks marks) {
        if (marks.list().isEmpty()) {
            return null;
        }
        return "Settings were changed during this run (first at step "
                + FixedDecimals.grouped(marks.list().get(0).step()) + "). The clip replays the current settings from "
                + "step 0, so it is not exactly the run on screen.";
    }
}
