package org.ganclassroom.ui.simulator;

import javafx.animation.AnimationTimer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.sim.train.Snapshot;
import org.ganclassroom.sim.train.TrainingFailure;
import org.ganclassroom.ui.charts.ChartPalette;
import org.ganclassroom.ui.charts.DensityChart1D;
import org.ganclassroom.ui.charts.Heatmap2D;
import org.ganclassroom.ui.charts.HistoryChart;
import org.ganclassroom.ui.common.PngExport;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The live part of the simulator, reusable by the Mini Lab and lessons: the plot (1-D densities or the 2-D heat
 * map, whichever the run needs), the history chart under it, and the blow-up banner. An {@link AnimationTimer}
 * pulls {@code runner.latest()} once per screen frame and redraws only when the frame is new; the FX thread
 * never waits for the simulation. Embed with
 * <pre>{@code
 *   SimulatorViewModel vm = SimulatorViewModel.start(ExperimentPresets.get("ring8"));
 *   SimulatorPanel panel = new SimulatorPanel(vm);
 *   panel.start();          // when shown; panel.stop() when hidden
 *   vm.play();
 * }</pre>
 */
public final class SimulatorPanel extends VBox {
    private final SimulatorViewModel vm;
    private final DensityChart1D density = new DensityChart1D();
    private final Heatmap2D heat = new Heatmap2D();
    private final HistoryChart history = new HistoryChart();
    private final StackPane plot = new StackPane();
    private final VBox banner = new VBox();
    private final Label bannerTitle = new Label();
    private final Label bannerWhat = new Label();
    private final Label bannerLikely = new Label();
    private final FrameTimer frameTimer = new FrameTimer(1024);
    private final AnimationTimer timer;
    private boolean running;
    private double lastDrawX = Double.NaN;
    private double lastDrawY = Double.NaN;

    public SimulatorPanel(SimulatorViewModel viewModel) {
        this.vm = Objects.requireNonNull(viewModel, "viewModel");
        getStyleClass().add("simulator-panel");
        getStylesheets().add(SimulatorPanel.class.getResource("simulator.css").toExternalForm());
        density.setId("sim-density");
        heat.setId("sim-heatmap");
        history.setId("sim-history");
        plot.setId("sim-plot");
        plot.getChildren().addAll(density, heat, buildBanner());
        StackPane.setAlignment(banner, Pos.TOP_CENTER);
        VBox.setVgrow(plot, Priority.ALWAYS);
        history.setMinHeight(150);
        history.setPrefHeight(200);
        history.setMaxHeight(240);
        getChildren().addAll(plot, history);
        setSpacing(6);

        density.visibleProperty().bind(vm.oneDProperty());
        heat.visibleProperty().bind(vm.oneDProperty().not());
        vm.failureProperty().addListener((o, a, f) -> showFailure(f));
        showFailure(vm.failureProperty().get());
        vm.datasetProperty().addListener((o, a, b) -> refreshDrawing());
        vm.drawnCountProperty().addListener((o, a, b) -> refreshDrawing());
        plot.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> draw(e, true));
        plot.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> draw(e, false));

        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frameTimer.frameStart(now);
                pull();
                frameTimer.frameEnd(vm.snapshotProperty().get() == null ? 0
                        : vm.snapshotProperty().get().metrics().step());
            }
        };
        pull();
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
        reset.setOnAction(e -> vm.reset());
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

    private void draw(MouseEvent e, boolean pressed) {
        if (!vm.drawing()) {
            return;
        }
        boolean one = SimulatorViewModel.DRAW_1D.equals(vm.datasetProperty().get());
        double x = one ? density.dataX(e.getX()) : heat.dataX(e.getX());
        double y = one ? 0 : heat.dataY(e.getY());
        if (!pressed && Math.hypot(e.getX() - lastDrawX, e.getY() - lastDrawY) < 8) {
            return;
        }
        if (Double.isFinite(x) && Double.isFinite(y)) {
            vm.addDrawnPoint(x, y);
            lastDrawX = e.getX();
            lastDrawY = e.getY();
        }
    }

    private void refreshDrawing() {
        boolean drawing = vm.drawing();
        boolean one = SimulatorViewModel.DRAW_1D.equals(vm.datasetProperty().get());
        density.setDrawnPoints(drawing && one ? vm.drawnXs() : null);
        heat.setDrawnPoints(drawing && !one ? vm.drawnXs() : null, drawing && !one ? vm.drawnYs() : null);
        if (drawing) {
            density.visibleProperty().unbind();
            heat.visibleProperty().unbind();
            density.setVisible(one);
            heat.setVisible(!one);
        } else if (!density.visibleProperty().isBound()) {
            density.visibleProperty().bind(vm.oneDProperty());
            heat.visibleProperty().bind(vm.oneDProperty().not());
        }
        plot.setCursor(drawing ? javafx.scene.Cursor.CROSSHAIR : javafx.scene.Cursor.DEFAULT);
    }

    /** Takes the runner's latest frame and redraws what changed. Called by the timer; tests may call it. */
    public boolean pull() {
        Frame f = vm.runner().latest();
        double[][][] before = vm.manifoldProperty().get();
        if (!vm.update(f) && before == vm.manifoldProperty().get()) {
            return false;
        }
        Snapshot s = vm.snapshotProperty().get();
        if (s != null && s.dimension() == 1) {
            density.setSnapshot(s);
        } else if (s != null) {
            heat.set(s, vm.manifoldWantedProperty().get() ? vm.manifoldProperty().get() : null);
        }
        history.setHistory(vm.historyProperty().get());
        return true;
    }

    /** Starts pulling frames (call when the panel is shown). */
    public void start() {
        if (!running) {
            running = true;
            frameTimer.restart();
            timer.start();
        }
    }

    /** Stops pulling frames (call when hidden). */
    public void stop() {
        if (running) {
            running = false;
            timer.stop();
        }
    }

    public void setPalette(ChartPalette p) {
        density.setPalette(p);
        heat.setPalette(p);
        history.setPalette(p);
    }

    /** Writes a PNG of the plot (the visible 1-D or 2-D chart). FX thread. */
    public void exportPlotPng(Path file) throws IOException {
        WritableImage image = plot.snapshot(null, null);
        PngExport.write(PngExport.toBufferedImage(image), file);
    }

    public SimulatorViewModel viewModel() {
        return vm;
    }

    public DensityChart1D densityChart() {
        return density;
    }

    public Heatmap2D heatmap() {
        return heat;
    }

    public HistoryChart historyChart() {
        return history;
    }

    public FrameTimer frameTimer() {
        return frameTimer;
    }
}
