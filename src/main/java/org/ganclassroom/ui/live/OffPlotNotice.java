package org.ganclassroom.ui.live;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.ganclassroom.sim.train.Snapshot;
import org.ganclassroom.ui.charts.Heatmap2D;
import org.ganclassroom.ui.charts.OffPlot;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The notice under a 2-D plot whose generated samples left it: how many, whether the run diverged (a sample
 * non-finite or {@value OffPlot#DIVERGED} half-widths out), and two ways on: Reset, or zoom the plot out until
 * every sample is on it (and back).
 */
final class OffPlotNotice extends HBox {
    private final Heatmap2D heat;
    private final Label text = new Label();
    private final ToggleButton zoom = new ToggleButton();

    OffPlotNotice(Heatmap2D heat, Runnable onReset) {
        super(8);
        this.heat = heat;
        setId("sim-offplot");
        getStyleClass().add("sim-offplot");
        setAlignment(Pos.CENTER_LEFT);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        text.setId("sim-offplot-text");
        text.setGraphic(new FontIcon(MaterialDesignA.ALERT));
        text.setWrapText(true);
        text.setMaxWidth(460);
        zoom.setId("sim-offplot-zoom");
        zoom.setMinWidth(USE_PREF_SIZE);
        zoom.setTooltip(new Tooltip("Widen the plot until every generated sample is on it; press again to go back"));
        zoom.selectedProperty().addListener((o, a, on) -> {
            heat.setZoomOut(on);
            zoom.setText(on ? "Zoom back" : "Zoom out");
            zoom.setGraphic(new FontIcon(on ? MaterialDesignM.MAGNIFY_PLUS_OUTLINE : MaterialDesignM.MAGNIFY_MINUS_OUTLINE));
        });
        zoom.setText("Zoom out");
        zoom.setGraphic(new FontIcon(MaterialDesignM.MAGNIFY_MINUS_OUTLINE));
        Button reset = new Button("Reset", new FontIcon(MaterialDesignR.RESTORE));
        reset.setId("sim-offplot-reset");
        reset.setMinWidth(USE_PREF_SIZE);
        reset.setTooltip(new Tooltip("Start this run again from step 0 (R)"));
        reset.setOnAction(e -> onReset.run());
        getChildren().addAll(text, zoom, reset);
        setVisible(false);
        setManaged(false);
    }

    /** Shows or hides the notice for the shown snapshot; off a 2-D plot or with every sample on it, hidden. */
    void show(Snapshot s, boolean plotShown) {
        OffPlot o = s.dimension() == 2 ? OffPlot.of(s.fakeBatch(), s.lower(), s.upper()) : OffPlot.NONE;
        boolean show = o.off() > 0 && plotShown;
        if (show) {
            text.setText(say(o, s.metrics().step()));
        } else {
            zoom.setSelected(false); // a reset run starts on the plot again, at its own scale
        }
        setVisible(show);
        setManaged(show);
    }

    /** What the notice says about {@code o} at {@code step}. */
    static String say(OffPlot o, long step) {
        String count = o.off() + " of " + o.total() + " generated samples are off the plot";
        if (!o.diverged()) {
            return count + " (the wedges on its edge point to them): the step size may be too large for the game"
                    + " to settle.";
        }
        String how = o.nonFinite() > 0 ? o.nonFinite() + " of them are no longer numbers (∞ or NaN)"
                : "the farthest is " + String.format(java.util.Locale.ROOT, "%.0f", o.farthest())
                + " plot half-widths out";
        return "The run diverged by step " + step + ": " + count + " and " + how
                + ". Lower the learning rates and Reset, or zoom out to see where they went.";
    }

    boolean zoomedOut() {
        return zoom.isSelected();
    }
}
