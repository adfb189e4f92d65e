package org.ganclassroom.bench;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.run.HistoryView;
import org.ganclassroom.sim.run.Simulation;
import org.ganclassroom.sim.train.Manifold;
import org.ganclassroom.sim.train.Snapshot;
import org.ganclassroom.ui.charts.ChartBase;
import org.ganclassroom.ui.charts.DensityChart1D;
import org.ganclassroom.ui.charts.Heatmap2D;
import org.ganclassroom.ui.charts.HistoryChart;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What one frame of a simulator chart costs with JavaFX's software renderer (the pipeline used under Xvfb and on
 * machines without a usable GPU): giving the chart a new snapshot on the FX thread (our drawing commands) and
 * rasterising the scene ({@code Scene.snapshot}, which runs the same render pass as a screen frame). Two
 * consecutive snapshots of a trained run alternate, so every operation repaints. Sizes are those of the default
 * 1 280 × 820 window: the plot 752 × 489, the history 752 × 200. The history is 4 000 steps of noisy values
 * (more than one per pixel column, as in any run longer than a few seconds).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dprism.order=sw", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
        "-Dprism.text=t2k", "-Djava.awt.headless=true"})
public class ChartPaintBenchmark {
    @Param({"heatmap2d", "density1d", "history"})
    public String chart;

    private Scene scene;
    private WritableImage image;
    private Runnable[] updates;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Runnable[][] made = new Runnable[1][];
        CountDownLatch ready = new CountDownLatch(1);
        Snapshot[] shots = chart.equals("history") ? null : trained(chart.equals("heatmap2d") ? "ring8" : "mixture2");
        double[][][] manifold = chart.equals("heatmap2d") ? manifoldOf("ring8") : null;
        Platform.startup(() -> {
            ChartBase node;
            double h = chart.equals("history") ? 200 : 489;
            switch (chart) {
                case "heatmap2d" -> {
                    Heatmap2D heat = new Heatmap2D();
                    made[0] = new Runnable[]{() -> heat.set(shots[0], manifold), () -> heat.set(shots[1], manifold)};
                    node = heat;
                }
                case "density1d" -> {
                    DensityChart1D density = new DensityChart1D();
                    made[0] = new Runnable[]{() -> density.setSnapshot(shots[0]), () -> density.setSnapshot(shots[1])};
                    node = density;
                }
                default -> {
                    HistoryChart history = new HistoryChart();
                    HistoryView[] views = {noisyHistory(4000, 1), noisyHistory(4001, 2)};
                    made[0] = new Runnable[]{() -> history.setHistory(views[0]), () -> history.setHistory(views[1])};
                    node = history;
                }
            }
            node.setPrefSize(752, h);
            scene = new Scene(new StackPane(node), 752, h);
            image = new WritableImage(752, (int) h);
            ready.countDown();
        });
        ready.await();
        updates = made[0];
    }

    @Benchmark
    public WritableImage frame() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Runnable update = updates[next++ & 1];
        Platform.runLater(() -> {
            update.run();
            scene.snapshot(image);
            done.countDown();
        });
        done.await();
        return image;
    }

    private static Snapshot[] trained(String preset) {
        Simulation sim = new Simulation(ExperimentPresets.get(preset));
        sim.advance(3000);
        Snapshot a = sim.snapshot();
        sim.advance(1);
        return new Snapshot[]{a, sim.snapshot()};
    }

    private static double[][][] manifoldOf(String preset) {
        Simulation sim = new Simulation(ExperimentPresets.get(preset));
        sim.advance(3000);
        // the simulator view's manifold: 11 lines along each noise axis, 48 points each
        return Manifold.lines(sim.trainer().shownGenerator(), 11, 48, 2.5);
    }

    private static HistoryView noisyHistory(int n, long seed) {
        long[] steps = new long[n];
        double[] jsd = new double[n];
        double[] dLoss = new double[n];
        double[] gLoss = new double[n];
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            steps[i] = i * 7L;
            jsd[i] = 0.6 * Math.exp(-i / (n / 6.0)) + 0.02 + 0.01 * r.nextGaussian();
            dLoss[i] = 1.38 + 0.02 * r.nextGaussian();
            gLoss[i] = 0.72 + 0.03 * r.nextGaussian();
        }
        return new HistoryView(steps, jsd, dLoss, gLoss, 0);
    }
}
