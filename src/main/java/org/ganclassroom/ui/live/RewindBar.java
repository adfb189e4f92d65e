package org.ganclassroom.ui.live;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.sim.run.HistoryView;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

/**
 * Under a live run's history chart: where the run is in its past (clicking or dragging on the chart puts it at that
 * step), a button back to the last step it made, and fast-forward by a chosen number of steps, which the simulation
 * thread trains (or rebuilds) without drawing the frames between. The pages map keys to {@link #back},
 * {@link #toLatest} and {@link #fastForward}.
 */
public final class RewindBar extends HBox {
    /** Fast-forward amounts offered. */
    public static final List<Integer> AMOUNTS = List.of(100, 1_000, 10_000);

    private final Label status = new Label();
    private final Button latest = new Button("Last step");
    private final Button forward = new Button("Fast-forward");
    private final ComboBox<Integer> amount = new ComboBox<>();
    private final LiveRun run;
    private final int index;
    private long step;
    private long last;

    public RewindBar(LiveRun run, int index) {
        this.run = run;
        this.index = index;
        getStyleClass().add("rewind-bar");
        setId("sim-rewind");
        status.setId("sim-rewind-status");
        status.getStyleClass().add("sim-toolbar-label");
        status.setMinWidth(0);
        status.setTooltip(tip(""));
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        latest.setId("sim-rewind-latest");
        latest.setGraphic(new FontIcon("mdi2s-skip-forward"));
        latest.setTooltip(tip("Put the run back at the last step it trained (End)"));
        latest.setOnAction(e -> toLatest());
        forward.setId("sim-fast-forward");
        forward.setGraphic(new FontIcon("mdi2f-fast-forward"));
        forward.setTooltip(tip("Train the chosen number of steps at once and show where the run lands (F)"));
        forward.setOnAction(e -> fastForward());
        amount.setId("sim-fast-forward-steps");
        amount.getItems().setAll(AMOUNTS);
        amount.setValue(1_000);
        amount.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : grouped(n) + " steps";
            }

            @Override
            public Integer fromString(String s) {
                return amount.getValue();
            }
        });
        amount.setTooltip(tip("How many steps fast-forward trains"));
        for (Region r : new Region[]{latest, forward, amount}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        getChildren().addAll(status, latest, forward, amount);
        forward.disableProperty().bind(run.failureProperty().isNotNull());
        run.frameProperty().addListener((o, a, f) -> show(f));
        show(run.frame());
    }

    /** 12 345 as "12 345", with a thin space between groups of three digits. */
    private static String grouped(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', '\u2009');
    }

    private static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(360);
        return t;
    }

    private void show(Frame f) {
        if (f == null || f.snapshots().size() <= index) {
            return;
        }
        step = f.snapshots().get(index).metrics().step();
        HistoryView h = f.histories().get(index);
        last = h.size() == 0 ? step : Math.max(step, h.step(h.size() - 1));
        boolean back = step < last;
        status.setText(back
                ? "Step " + grouped(step) + " of " + grouped(last)
                : "Click or drag the history to go back");
        status.getTooltip().setText(back
                ? "The run is back at step " + grouped(step) + ". Playing goes on from here and forgets the steps "
                        + "after it (veiled on the chart); End returns to step " + grouped(last) + "."
                : "Click or drag on the history chart to put the run at that step, rebuilt exactly; ← goes back one "
                        + "step.");
        latest.setVisible(back);
        latest.setManaged(back);
    }

    /** Puts the run back by {@code steps} steps (not before its start). */
    public void back(long steps) {
        run.jumpTo(Math.max(0, step - steps));
    }

    /** Puts the run at the last step it trained. */
    public void toLatest() {
        run.jumpTo(Long.MAX_VALUE);
    }

    /** Moves the run on by the chosen number of steps. */
    public void fastForward() {
        run.fastForward(amount.getValue());
    }

    public Label status() {
        return status;
    }

    public Button latestButton() {
        return latest;
    }

    public Button forwardButton() {
        return forward;
    }

    public ComboBox<Integer> amount() {
        return amount;
    }
}
