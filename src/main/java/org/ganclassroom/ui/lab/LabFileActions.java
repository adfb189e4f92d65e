package org.ganclassroom.ui.lab;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import org.ganclassroom.ui.common.PngExport;
import org.ganclassroom.ui.common.SavedNotice;

import java.io.IOException;
import java.util.concurrent.CompletionException;

/**
 * The Mini Lab's file commands: open and save an experiment, export the plots as PNG and the histories as CSV.
 * Paths come from {@link FileDialogs}; a failure is shown in an error dialog, never thrown.
 */
final class LabFileActions {
    private final LabViewModel vm;
    private final FileDialogs dialogs;
    private final Node root;
    private final Node plots;
    private final SavedNotice saved;

    /** {@code plots} is what the PNG shows; {@code saved} says where each file went. */
    LabFileActions(LabViewModel vm, FileDialogs dialogs, Node root, Node plots, SavedNotice saved) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.root = root;
        this.plots = plots;
        this.saved = saved;
    }

    void open() {
        dialogs.open(window(), "Open experiment", "GAN Classroom experiment", "json").ifPresent(path ->
                vm.open(path).ifPresent(error -> showError("Could not open the experiment", error)));
    }

    void save() {
        dialogs.save(window(), "Save experiment", "GAN Classroom experiment", "json", suggested("json"))
                .ifPresent(path -> vm.save(path).whenComplete((p, err) -> Platform.runLater(() -> {
                    if (err != null) {
                        showError("Could not save the experiment", message(err));
                    } else {
                        saved.saved(p);
                    }
                })));
    }

    void exportPng() {
        dialogs.save(window(), "Export plot", "PNG image", "png", suggested("png")).ifPresent(path -> {
            try {
                saved.setVisible(false);
                WritableImage img = plots.snapshot(null, null);
                // the plots' empty border is cut to a margin, as the Simulator's export does
                PngExport.write(PngExport.trim(PngExport.toBufferedImage(img), 8), path);
                saved.saved(path);
            } catch (IOException | RuntimeException e) {
                showError("Could not export the PNG", message(e));
            }
        });
    }

    void exportCsv() {
        dialogs.save(window(), "Export metrics", "CSV", "csv", suggested("csv")).ifPresent(path -> {
            try {
                vm.exportCsv(path);
                saved.saved(path);
            } catch (IOException | RuntimeException e) {
                showError("Could not export the CSV", message(e));
            }
        });
    }

    private String suggested(String ext) {
        String base = vm.sourceProperty().get().replaceAll("\\.json$", "").replaceAll("[^A-Za-z0-9_-]", "-");
        return "lab-" + base + "." + ext;
    }

    private static String message(Throwable t) {
        Throwable c = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void showError(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("Mini Lab");
        alert.setHeaderText(header);
        alert.setContentText(message);
        alert.getDialogPane().setId("lab-error-dialog");
        alert.getDialogPane().setMinWidth(520);
        Window w = window();
        if (w != null) {
            alert.initOwner(w);
        }
        alert.show();
    }
}
