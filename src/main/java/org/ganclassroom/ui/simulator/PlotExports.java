package org.ganclassroom.ui.simulator;

import javafx.scene.control.Alert;
import org.ganclassroom.ui.common.SavedNotice;
import org.ganclassroom.ui.live.LivePlot;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

/** The Simulator's PNG and CSV exports: ask where, write, then say where the file went (or why it could not). */
final class PlotExports {
    private final SimulatorViewModel vm;
    private final LivePlot plot;
    private final SavedNotice savedNotice;
    private final SimulatorView.SaveDialog saveDialog;

    PlotExports(SimulatorViewModel vm, LivePlot plot, SavedNotice savedNotice, SimulatorView.SaveDialog saveDialog) {
        this.vm = vm;
        this.plot = plot;
        this.savedNotice = savedNotice;
        this.saveDialog = saveDialog;
    }

    /** Asks for a PNG file and saves the plot in it. */
    void png() {
        saveAs("Save the plot as PNG", "gan-step-" + vm.readouts().stepProperty().get() + ".png", "PNG image", "*.png",
                plot::exportPng);
    }

    /** Asks for a CSV file and saves the run's history in it. */
    void csv() {
        saveAs("Save the history as CSV", "gan-history.csv", "CSV", "*.csv", vm::exportHistoryCsv);
    }

    private interface Writer {
        void write(Path file) throws IOException;
    }

    /** Asks for a file and writes it, then says where it went; a failure is shown, not thrown. */
    private void saveAs(String title, String initialName, String kind, String pattern, Writer writer) {
        File f = saveDialog.choose(title, initialName, kind, pattern);
        if (f != null) {
            try {
                writer.write(f.toPath());
                savedNotice.saved(f.toPath());
            } catch (IOException ex) {
                new Alert(Alert.AlertType.ERROR, "Could not save " + f + ": " + ex.getMessage()).show();
            }
        }
    }
}
