package org.ganclassroom.ui.live;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The speed control of every live run: a slider from slow motion (seconds per step, walking through the lines
 * of Algorithm 1) to 500 steps per screen frame, and the speed in words. Usable from FXML; {@link #bind} it to
 * a run.
 */
public final class SpeedControl extends HBox {
    private final Slider slider = new Slider(0, Speeds.MAX_INDEX, 0);
    private final Label text = new Label();

    public SpeedControl() {
        Label name = new Label("Speed");
        name.getStyleClass().add("sim-toolbar-label");
        name.setMinWidth(Region.USE_PREF_SIZE);
        slider.setId("sim-speed");
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setBlockIncrement(1);
        slider.setPrefWidth(120);
        slider.setMinWidth(90);
        Tooltip tip = new Tooltip("From slow motion (seconds per step, walking through the lines of Algorithm 1) "
                + "to 500 steps per screen frame");
        tip.setWrapText(true);
        tip.setMaxWidth(380);
        slider.setTooltip(tip);
        text.setId("sim-speed-text");
        text.setMinWidth(150);
        text.getStyleClass().add("sim-toolbar-value");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        getChildren().addAll(name, slider, text);
    }

    /** Shows and sets this run's speed. */
    public void bind(LiveRun run) {
        slider.setValue(run.speedIndexProperty().get());
        slider.valueProperty().addListener((o, a, b) -> run.speedIndexProperty().set((int) Math.round(b.doubleValue())));
        run.speedIndexProperty().addListener((o, a, b) -> slider.setValue(b.intValue()));
        text.textProperty().bind(run.speedTextProperty());
    }

    public Slider slider() {
        return slider;
    }
}
