package org.ganclassroom.ui.live;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

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
        text.setMinWidth(Region.USE_PREF_SIZE);
        text.setMaxWidth(Region.USE_PREF_SIZE);
        text.fontProperty().addListener((o, a, f) -> fitWidestSpeed());
        fitWidestSpeed();
        text.getStyleClass().add("sim-toolbar-value");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        getChildren().addAll(name, slider, text);
    }

    /** As wide as the longest speed text in the label's font, so the text is never cut and the toolbar never shifts. */
    private void fitWidestSpeed() {
        Text probe = new Text();
        probe.setFont(text.getFont());
        double widest = 0;
        for (int i = 0; i <= Speeds.MAX_INDEX; i++) {
            probe.setText(Speeds.describe(Speeds.speedFor(i)));
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        text.setPrefWidth(Math.ceil(widest) + text.getInsets().getLeft() + text.getInsets().getRight() + 2);
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
