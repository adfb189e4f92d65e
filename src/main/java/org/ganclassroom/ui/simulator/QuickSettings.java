package org.ganclassroom.ui.simulator;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

import java.util.List;

import static org.ganclassroom.ui.simulator.Tips.tip;

/**
 * The settings a class changes most, on the Simulator's main screen: the preset, the two learning rates, a
 * random seed and "reset to defaults". They edit the same {@link ConfigForm} properties and the same preset as
 * the Configure panel, so the two always show the same values. {@code done} gives the page the focus back.
 */
final class QuickSettings {
    private QuickSettings() {
    }

    /** The dice button that goes beside the seed field. */
    static Button randomSeedButton(SimulatorViewModel vm, Runnable done) {
        Button dice = new Button(null, new FontIcon(MaterialDesignD.DICE_5));
        dice.setId("sim-seed-random");
        dice.setAccessibleText("Random seed");
        dice.setTooltip(tip("Pick a random seed and restart the run with it (other settings are kept)"));
        dice.setOnAction(e -> {
            vm.randomiseSeed();
            done.run();
        });
        return dice;
    }

    /** Preset chooser, η_G, η_D and Defaults, each group kept on one line when the toolbar wraps. */
    static List<Node> controls(SimulatorViewModel vm, Runnable done) {
        ComboBox<String> presets = new ComboBox<>();
        presets.setId("sim-quick-preset");
        presets.getItems().setAll(ExperimentPresets.names());
        showSummary(presets, vm);
        presets.setAccessibleText("Preset");
        presets.setPrefWidth(150);
        presets.valueProperty().bindBidirectional(vm.presetProperty());
        presets.setOnAction(e -> done.run());
        presets.setTooltip(tip("Load a ready-made experiment (restarts the run); Configure shows all its settings"));
        // the shut box names the preset; the open list also says what each one is
        presets.setConverter(new StringConverter<>() {
            @Override
            public String toString(String n) {
                return n == null ? "" : n;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        presets.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : n + " — " + ExperimentPresets.description(n));
            }
        });

        TextField lrG = rate(vm, true, done);
        TextField lrD = rate(vm, false, done);
        Button defaults = new Button("Defaults", new FontIcon(MaterialDesignB.BACKUP_RESTORE));
        defaults.setId("sim-defaults");
        defaults.setTooltip(tip("Every setting and the seed back to the default experiment ("
                + ExperimentPresets.DEFAULT + "), restarted"));
        defaults.setOnAction(e -> {
            vm.resetToDefaults();
            done.run();
        });
        return List.of(group(label("Preset", presets), presets), group(label("η_G", lrG), lrG, label("η_D", lrD), lrD),
                defaults);
    }

    /**
     * A preset box shows the preset running; once chips or settings changed it, it holds no choice and says so
     * ("ring8 + chips", "ring8 (modified)"), so choosing the preset again loads it afresh.
     */
    static void showSummary(ComboBox<String> presets, SimulatorViewModel vm) {
        presets.promptTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.presetSummaryProperty().get() == null ? "Preset…" : vm.presetSummaryProperty().get(),
                vm.presetSummaryProperty()));
        // a ComboBox shows its prompt only until a value was chosen once; this cell shows it whenever none is
        ListCell<String> shut = new ListCell<>() {
            {
                presets.promptTextProperty().addListener((o, a, b) -> show(getItem(), isEmpty()));
            }

            @Override
            protected void updateItem(String n, boolean empty) {
                super.updateItem(n, empty);
                show(n, empty);
            }

            private void show(String n, boolean empty) {
                setText(empty || n == null ? presets.getPromptText() : presets.getConverter().toString(n));
            }
        };
        presets.setButtonCell(shut);
    }

    private static TextField rate(SimulatorViewModel vm, boolean generator, Runnable done) {
        TextField f = new TextField();
        f.setId(generator ? "sim-quick-lr-g" : "sim-quick-lr-d");
        f.setPrefColumnCount(5);
        ConfigForm form = vm.form();
        f.textProperty().bindBidirectional(generator ? form.lrGProperty() : form.lrDProperty());
        f.setTooltip(tip(generator ? "The generator's learning rate (applies at the next step, after Enter)"
                : "The discriminator's learning rate (applies at the next step, after Enter)"));
        ConfigPanel.applyOnEnterOrLeaving(f, vm, done);
        return f;
    }

    private static Label label(String text, Node field) {
        Label l = new Label(text);
        l.getStyleClass().add("sim-toolbar-label");
        l.setLabelFor(field);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static HBox group(Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }
}
