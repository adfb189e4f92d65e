package org.ganclassroom.ui.live;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.ganclassroom.ui.Theme;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * The small window of "Export clip…": step range, a frame every K steps, frame rate, size and colours, what the
 * clip will be (or what is wrong), then Export… asks where to save and shows the export's progress with Cancel.
 * Closing the window cancels a running export. Everything it shows comes from a {@link ClipExport}.
 */
public final class ClipDialog {
    private final ClipExport model;
    private final Function<String, Optional<Path>> chooseFile;
    private final Stage stage = new Stage();

    /**
     * @param chooseFile asks where to save, given a suggested file name; empty when the user cancels
     * @param note       a line under the introduction (e.g. that settings changed during the run), or null
     */
    public ClipDialog(Window owner, ClipExport model, Function<String, Optional<Path>> chooseFile, String note) {
        this.model = model;
        this.chooseFile = chooseFile;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export a clip");
        VBox root = new VBox(12);
        root.setId("clip-dialog");
        root.getStyleClass().add("clip-dialog");
        root.setPadding(new Insets(18));
        Label intro = new Label("Replays this run from step 0 with its current settings and seed, and saves the plot "
                + "at the chosen steps as an animated GIF for slides.");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        root.getChildren().add(intro);
        if (note != null) {
            Label n = new Label(note);
            n.setId("clip-note");
            n.getStyleClass().add("clip-note");
            n.setWrapText(true);
            n.setMinHeight(Region.USE_PREF_SIZE);
            root.getChildren().add(n);
        }
        root.getChildren().addAll(fields(), messages(), progress(), buttons());
        root.setPrefWidth(520);
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        scene.getStylesheets().add(ClipDialog.class.getResource("live.css").toExternalForm());
        stage.setScene(scene);
        stage.setOnHidden(e -> model.cancel());
        // a long message (a path that cannot be written) gets the room it needs
        model.stateProperty().addListener((o, a, b) -> {
            if (b == ClipExport.State.FAILED || b == ClipExport.State.DONE) {
                stage.sizeToScene();
            }
        });
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private GridPane fields() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        TextField from = number("clip-from", model.fromProperty());
        TextField to = number("clip-to", model.toProperty());
        TextField every = number("clip-every", model.everyProperty());
        ComboBox<Integer> fps = new ComboBox<>();
        fps.setId("clip-fps");
        fps.getItems().setAll(ClipExport.RATES);
        fps.setValue(model.fpsProperty().get());
        fps.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.fpsProperty().set(b);
            }
        });
        ComboBox<String> size = new ComboBox<>();
        size.setId("clip-size");
        size.getItems().setAll(ClipExport.SIZES);
        size.valueProperty().bindBidirectional(model.sizeProperty());
        ComboBox<Theme> theme = new ComboBox<>();
        theme.setId("clip-theme");
        theme.getItems().setAll(Theme.LIGHT, Theme.DARK);
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(Theme t) {
                return t == null ? "" : t == Theme.DARK ? "Dark" : "Light";
            }

            @Override
            public Theme fromString(String s) {
                return "Dark".equals(s) ? Theme.DARK : Theme.LIGHT;
            }
        });
        theme.valueProperty().bindBidirectional(model.themeProperty());
        g.addRow(0, label("From step"), from, label("to step"), to);
        g.addRow(1, label("A frame every"), every, label("steps"));
        g.addRow(2, label("Frame rate"), fps, label("frames a second"));
        g.add(label("Size"), 0, 3);
        g.add(size, 1, 3, 3, 1);
        g.add(label("Colours"), 0, 4);
        g.add(theme, 1, 4, 3, 1);
        g.disableProperty().bind(model.stateProperty().isEqualTo(ClipExport.State.RUNNING));
        return g;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static TextField number(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(7);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private javafx.scene.layout.StackPane messages() {
        Label summary = new Label();
        summary.setId("clip-summary");
        summary.textProperty().bind(model.summaryProperty());
        Label problem = new Label();
        problem.setId("clip-problem");
        problem.getStyleClass().add("clip-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        summary.visibleProperty().bind(model.problemProperty().isEmpty());
        // one place for either line, so the window keeps its size as the fields change
        javafx.scene.layout.StackPane box = new javafx.scene.layout.StackPane(summary, problem);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private VBox progress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("clip-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        Label status = new Label();
        status.setId("clip-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.statusProperty());
        bar.visibleProperty().bind(model.stateProperty().isNotEqualTo(ClipExport.State.IDLE));
        VBox box = new VBox(6, bar, status);
        return box;
    }

    private HBox buttons() {
        Button export = new Button("Export…");
        export.setId("clip-export");
        export.setDefaultButton(true);
        // the file chooser is a nested loop over this window too: one question at a time
        javafx.beans.property.BooleanProperty asking = new javafx.beans.property.SimpleBooleanProperty();
        export.disableProperty().bind(model.problemProperty().isNotEmpty().or(asking)
                .or(model.stateProperty().isEqualTo(ClipExport.State.RUNNING)));
        export.setOnAction(e -> {
            asking.set(true);
            Optional<Path> file;
            try {
                file = chooseFile.apply(model.suggestedName());
            } finally {
                asking.set(false);
            }
            file.ifPresent(model::start);
        });
        Button close = new Button();
        close.setId("clip-close");
        close.setCancelButton(true);
        close.textProperty().bind(Bindings.when(model.stateProperty().isEqualTo(ClipExport.State.RUNNING))
                .then("Cancel").otherwise("Close"));
        close.setOnAction(e -> {
            if (model.stateProperty().get() == ClipExport.State.RUNNING) {
                model.cancel();
            } else {
                stage.close();
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox box = new HBox(8, gap, close, export);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }
}
