package org.ganclassroom.ui.simulator;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.Pane;
import org.ganclassroom.ui.live.LivePlot;

import java.util.function.Consumer;

import static org.ganclassroom.ui.simulator.Tips.tip;

/** The "Show" check boxes: which layers the Simulator's plot draws (those of the other dimension are hidden). */
final class PlotLayerToggles {
    private final Pane box;

    private PlotLayerToggles(Pane box) {
        this.box = box;
    }

    static void fill(Pane box, LivePlot panel, SimulatorViewModel vm) {
        PlotLayerToggles t = new PlotLayerToggles(box);
        var d = panel.densityChart();
        var h = panel.heatmap();
        var oneD = vm.readouts().oneDProperty();
        t.check("D(x) discriminator", "sim-show-d", true, d::setShowDiscriminator, oneD,
                "The discriminator's output D(x) (right axis, 0 to 1): its belief that x is real.");
        t.check("D*(x) optimal discriminator", "sim-show-dstar", true, d::setShowOptimalDiscriminator, oneD,
                "The best possible discriminator for the current generator: D* = p_data / (p_data + p_g).");
        t.check("Minibatches", "sim-show-batches", true, on -> {
            d.setShowBatches(on);
            h.setShowBatches(on);
        }, null, "The last real (blue) and generated (vermillion) minibatch.");
        t.check("Generator gradient arrows", "sim-show-push", true, on -> {
            d.setShowGradientPush(on);
            h.setShowGradientPush(on);
        }, null, "Arrows on the generated samples: the direction the generator's gradient moves each one.");
        t.check("Density contours", "sim-show-contours", true, h::setShowContours, oneD.not(),
                "Contour lines of p_data (blue) and p_g (vermillion) at 10 % and 50 % of their peaks.");
        t.check("Generator manifold", "sim-show-manifold", true, on -> {
            vm.manifoldWantedProperty().set(on);
            h.setShowManifold(on);
        }, oneD.not(), "A grid of lines in noise space pushed through G: how G folds and stretches "
                + "the noise into the data space.");
        t.check("All generated samples", "sim-show-generated", false, h::setShowGenerated, oneD.not(),
                "The whole fixed set of noise samples pushed through G (small dots), not just the minibatch.");
    }

    private void check(String text, String id, boolean initial, Consumer<Boolean> apply,
                       ObservableBooleanValue shown, String tooltip) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.setSelected(initial);
        c.setTooltip(tip(tooltip));
        c.selectedProperty().addListener((o, a, b) -> apply.accept(b));
        apply.accept(initial);
        if (shown != null) {
            c.visibleProperty().bind(shown);
            c.managedProperty().bind(shown);
        }
        box.getChildren().add(c);
    }
}
