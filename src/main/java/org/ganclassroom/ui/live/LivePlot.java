package org.ganclassroom.ui.live;

import javafx.animation.AnimationTimer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.sim.train.Snapshot;
import org.ganclassroom.sim.train.TrainingFailure;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.charts.ChartBase;
import org.ganclassroom.ui.charts.ChartPalette;
import org.ganclassroom.ui.charts.DensityChart1D;
import org.ganclassroom.ui.charts.Heatmap2D;
import org.ganclassroom.sim.run.HistoryView;
import org.ganclassroom.ui.charts.HistoryChart;
import org.ganclassroom.ui.charts.HistoryMarks;
import org.ganclassroom.ui.charts.OffPlot;
import org.ganclassroom.ui.common.PngExport;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The plot of one run of a {@link LiveRun}: the 1-D densities or the 2-D heat map (whichever the run needs),
 * optionally the history chart under it, and the blow-up banner with its Reset button. Its
 * {@link AnimationTimer} is the only one of the live views: while started it calls {@link LiveRun#pull()} once
 * per screen frame; every view of the run redraws from {@link LiveRun#frameProperty()}, so the FX thread never
 * waits for the simulation.
 */
public final class LivePlot extends VBox {
    private final LiveRun run;
    private final int index;
    private final DensityChart1D density;
    private final Heatmap2D heat;
    private final HistoryChart history;
    private final StackPane plot = new StackPane();
    private final VBox banner = new VBox();
    private final Label bannerTitle = new Label();
    private final Label bannerWhat = new Label();
    private final Label bannerLikely = new Label();
    private final OffPlotNotice offPlotNotice;
    private final ObjectProperty<double[][][]> manifold = new SimpleObjectProperty<>();
    private final FrameTimer frameTimer = new FrameTimer(1024);
    private final AnimationTimer timer;
    private Runnable onReset;
    private HistoryMarks marks = new HistoryMarks();
    private boolean running;
    /** Null until {@link #enableRewind()}. */
    private RewindBar rewind;
    private int forcedDimension;

    /**
     * @param index       which run's plot (0 = A, 1 = B)
     * @param withHistory whether the history chart sits under the plot
     */
    public LivePlot(LiveRun run, int index, boolean withHistory) {
        this(run, index, withHistory, ChartBase.NORMAL_TEXT);
    }

    /**
     * @param index       which run's plot (0 = A, 1 = B)
     * @param withHistory whether the history chart sits under the plot
     * @param textScale   the scale of the charts' text (1 = normal; the app's text zoom)
     */
    public LivePlot(LiveRun run, int index, boolean withHistory, ObservableDoubleValue textScale) {
        this.run = Objects.requireNonNull(run, "run");
        density = new DensityChart1D(textScale);
        heat = new Heatmap2D(textScale);
        history = new HistoryChart(textScale);
        offPlotNotice = new OffPlotNotice(heat, () -> this.onReset.run());
        this.index = index;
        onReset = () -> run.reset(false);
        getStyleClass().add("live-plot");
        getStylesheets().add(LivePlot.class.getResource("live.css").toExternalForm());
        density.setId("sim-density");
        heat.setId("sim-heatmap");
        history.setId("sim-history");
        plot.setId("sim-plot");
        density.setMinSize(200, 160);
        heat.setMinSize(200, 160);
        plot.getChildren().addAll(density, heat, buildBanner(), offPlotNotice);
        StackPane.setAlignment(banner, Pos.TOP_CENTER);
        StackPane.setAlignment(offPlotNotice, Pos.BOTTOM_CENTER);
        VBox.setVgrow(plot, Priority.ALWAYS);
        getChildren().add(plot);
        if (withHistory) {
            history.setMinHeight(150);
            history.setPrefHeight(200);
            history.setMaxHeight(240);
            getChildren().add(history);
        }
        setSpacing(6);
        heat.setVisible(false);

        run.frameProperty().addListener((o, a, f) -> draw(f));
        run.failureProperty().addListener((o, a, f) -> showFailure(f));
        manifold.addListener((o, a, m) -> heat.setManifold(m));
        showFailure(run.failureProperty().get());
        draw(run.frame());
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frameTimer.frameStart(now);
                run.pull();
                frameTimer.frameEnd(run.frame().snapshot().metrics().step());
            }
        };
    }

    private VBox buildBanner() {
        banner.setId("sim-failure-banner");
        banner.getStyleClass().add("sim-failure-banner");
        banner.setMaxWidth(640);
        banner.setMaxHeight(VBox.USE_PREF_SIZE);
        bannerTitle.setId("sim-failure-title");
        bannerTitle.getStyleClass().add("sim-failure-title");
        bannerTitle.setGraphic(new FontIcon(MaterialDesignA.ALERT_OCTAGON));
        bannerWhat.setId("sim-failure-what");
        bannerLikely.setId("sim-failure-likely");
        bannerWhat.setWrapText(true);
        bannerLikely.setWrapText(true);
        Button reset = new Button("Reset", new FontIcon(MaterialDesignR.RESTORE));
        reset.setId("sim-failure-reset");
        reset.setTooltip(new Tooltip("Start this run again from step 0 (R)"));
        reset.setOnAction(e -> onReset.run());
        HBox actions = new HBox(reset);
        actions.setAlignment(Pos.CENTER_RIGHT);
        banner.getChildren().addAll(bannerTitle, bannerWhat, bannerLikely, actions);
        banner.setVisible(false);
        banner.setManaged(false);
        return banner;
    }

    private void showFailure(TrainingFailure f) {
        if (f != null) {
            bannerTitle.setText("Training blew up at step " + f.step() + " — paused");
            bannerWhat.setText("What went wrong: " + f.what() + ".");
            bannerLikely.setText("Likely cause: " + f.likely());
        }
        banner.setVisible(f != null);
        banner.setManaged(f != null);
    }

    private void draw(Frame f) {
        if (f == null || f.snapshots().size() <= index) {
            return;
        }
        Snapshot s = f.snapshots().get(index);
        boolean two = s.dimension() == 2;
        density.setVisible(forcedDimension == 0 ? !two : forcedDimension == 1);
        heat.setVisible(!density.isVisible());
        offPlotNotice.show(s, heat.isVisible());
        if (two) {
            heat.set(s, manifold.get());
        } else {
            density.setSnapshot(s);
        }
        if (history.getParent() != null) {
            HistoryView h = f.histories().get(index);
            long step = s.metrics().step();
            // a rewound run keeps its future (and that future's marks) until it moves on from the step on show
            marks.forgetAfter(h.size() == 0 ? step : Math.max(step, h.step(h.size() - 1)));
            history.setHistory(h);
            history.setMarks(marks.list());
            history.setCurrentStep(step);
        }
    }

    /** Starts pulling frames (when the page or card is shown). */
    public void start() {
        if (!running) {
            running = true;
            frameTimer.restart();
            timer.start();
        }
    }

    /** Stops pulling frames (when hidden). */
    public void stop() {
        if (running) {
            running = false;
            timer.stop();
        }
    }

    /** Shows the 1-D or 2-D chart whatever the run is (e.g. while the user draws data), or 0 to follow the run. */
    public void setForcedDimension(int dimension) {
        forcedDimension = dimension;
        draw(run.frame());
    }

    /** The switches the history chart marks (the page records them as settings change). */
    public void setMarks(HistoryMarks m) {
        marks = Objects.requireNonNull(m, "m");
        draw(run.frame());
    }

    /** What the banner's Reset does (by default: the run starts again, paused). */
    public void setOnReset(Runnable r) {
        onReset = Objects.requireNonNull(r, "r");
    }

    /** Uses the theme's palette now and after every theme switch. */
    public void followTheme(ObservableValue<Theme> theme) {
        ChartPalette.follow(theme, this::setPalette);
    }

    public void setPalette(ChartPalette p) {
        density.setPalette(p);
        heat.setPalette(p);
        history.setPalette(p);
    }

    /** Generator-manifold lines drawn over the 2-D plot (null: none). */
    public ObjectProperty<double[][][]> manifoldProperty() {
        return manifold;
    }

    /** Writes a PNG of the chart on show, without the empty band around it. FX thread. */
    public void exportPng(Path file) throws IOException {
        WritableImage image = chart().snapshot(null, null);
        PngExport.write(PngExport.trim(PngExport.toBufferedImage(image), 8), file);
    }

    /** The chart on show: the density plot (1-D) or the heat map (2-D). */
    public ChartBase chart() {
        return heat.isVisible() ? heat : density;
    }

    public StackPane plotArea() {
        return plot;
    }

    public LiveRun run() {
        return run;
    }

    public DensityChart1D densityChart() {
        return density;
    }

    public Heatmap2D heatmap() {
        return heat;
    }

    /**
     * Lets the user put the run at any step it made: a click or drag on the history chart goes there, and a
     * {@link RewindBar} under the chart offers fast-forward and the way back to the last step. Needs the history.
     */
    public RewindBar enableRewind() {
        if (rewind == null && history.getParent() != null) {
            history.setOnPickStep(run::jumpTo);
            rewind = new RewindBar(run, index);
            getChildren().add(rewind);
        }
        return rewind;
    }

    /** Fast-forward and the way back to the last step, under the history (null unless {@link #enableRewind()}). */
    public RewindBar rewindBar() {
        return rewind;
    }

    public HistoryChart historyChart() {
        return history;
    }

    public FrameTimer frameTimer() {
        return frameTimer;
    }
}
