package org.ganclassroom.ui.lab;

import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.sim.run.HistoryView;
import org.ganclassroom.ui.charts.ChartBase;
import org.ganclassroom.ui.charts.ChartPalette;
import org.ganclassroom.ui.charts.HistoryChart;
import org.ganclassroom.ui.charts.SeriesChart;

import java.util.List;

/**
 * The chart under the Mini Lab's plots: run A's history, the JSD of A against B in A/B mode, or the theorem trace
 * in theorem mode. Clicking or dragging on A's history rewinds the runs to that step.
 */
final class HistoryArea {
    private final LabViewModel vm;
    private final StackPane slot;
    private final HistoryChart history;
    private final SeriesChart compare;
    private final SeriesChart theoremChart;
    private final Label note = new Label();

    HistoryArea(LabViewModel vm, StackPane slot, ObservableDoubleValue textScale) {
        this.vm = vm;
        this.slot = slot;
        history = new HistoryChart(textScale);
        compare = new SeriesChart(textScale);
        theoremChart = new SeriesChart(textScale);
        history.setId("lab-history-chart");
        compare.setId("lab-compare-chart");
        compare.setYLabel("JSD (nats)");
        compare.setYRange(0, Math.log(2));
        theoremChart.setId("lab-theorem-chart");
        note.setId("lab-history-note");
        note.getStyleClass().add("lab-history-note");
        note.setWrapText(true);
        note.setMouseTransparent(true);
        note.textProperty().bind(vm.historyNoteProperty());
        note.visibleProperty().bind(vm.historyNoteProperty().isNotEmpty());
        StackPane.setAlignment(note, Pos.CENTER); // the chart is empty then: the note covers no data
        slot.getChildren().setAll(history, note);
        // a click or drag on run A's history puts both runs at that step (the Simulator's rewind)
        history.setOnPickStep(vm.run()::jumpTo);
    }

    /** Shows the chart the mode wants, with {@code f}'s data. */
    void show(Frame f) {
        Node wanted;
        if (vm.isTheoremMode()) {
            TheoremMode.Trace t = vm.theorem().traceProperty().get();
            theoremChart.setSeries(List.of(
                    new SeriesChart.Series("D gap ∫½(p_data+p_g)|D − D*|", t.steps(), t.gap(),
                            ChartPalette::discriminator, 2.4, false),
                    new SeriesChart.Series("|V(D,G) − V(D*,G)|", t.steps(), t.valueError(),
                            ChartPalette::text, 1.8, true)));
            wanted = theoremChart;
        } else if (vm.isAbMode() && f.histories().size() > 1) {
            HistoryView a = f.histories().get(0);
            HistoryView b = f.histories().get(1);
            compare.setSeries(List.of(
                    new SeriesChart.Series("A: JSD", a.copySteps(), a.copyOf(HistoryView.Series.JSD),
                            ChartPalette::text, 2.4, false),
                    new SeriesChart.Series("B: JSD  (" + vm.bLabelProperty().get() + ")", b.copySteps(),
                            b.copyOf(HistoryView.Series.JSD), p -> ChartPalette.OKABE_PURPLE, 2.4, false)));
            wanted = compare;
        } else {
            HistoryView h = f.histories().get(0);
            long step = f.snapshot().metrics().step();
            // a rewound run keeps its future (and its marks) until it moves on from the step on show
            vm.marks().forgetAfter(h.size() == 0 ? step : Math.max(step, h.step(h.size() - 1)));
            history.setHistory(h);
            history.setMarks(vm.marks().list());
            history.setCurrentStep(step);
            wanted = history;
        }
        if (slot.getChildren().get(0) != wanted) {
            slot.getChildren().setAll(wanted, note);
        }
    }

    void setPalette(ChartPalette p) {
        for (ChartBase c : List.of(history, compare, theoremChart)) {
            c.setPalette(p);
        }
    }

    HistoryChart historyChart() {
        return history;
    }

    SeriesChart compareChart() {
        return compare;
    }

    SeriesChart theoremChart() {
        return theoremChart;
    }
}
