package org.ganclassroom.ui.lab;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.ganclassroom.sim.train.Metrics;
import org.ganclassroom.ui.live.LiveRun;

import java.util.ArrayList;
import java.util.List;

/**
 * The Mini Lab's "verify the theorem" mode over its {@link LiveRun}: G frozen, only D trains. D should settle onto
 * D* = p_data/(p_data+p_g) (Proposition 1 of Goodfellow et al. 2014) and V(D,G) onto −log 4 + 2·JSD (Theorem 1), or,
 * with label smoothing or instance noise on, onto the optimum of the game played and V there
 * ({@link org.ganclassroom.sim.metrics.GameOptimum});
 * the mode records both distances per step. Needs a classifier D (not available with the Wasserstein critic).
 */
public final class TheoremMode {
    private static final int TRACE_MAX = 4000;
    /** D alone converges slowly in wall-clock terms: theorem mode runs at least this many steps per frame. */
    static final int MIN_SPEED = 20;

    private final LiveRun run;
    private final BooleanProperty on = new SimpleBooleanProperty();
    private final BooleanProperty available = new SimpleBooleanProperty(true);
    private final DoubleProperty gap = new SimpleDoubleProperty(Double.NaN);
    private final DoubleProperty valueError = new SimpleDoubleProperty(Double.NaN);
    private final DoubleProperty gapAtStart = new SimpleDoubleProperty(Double.NaN);
    private final ObjectProperty<Trace> trace = new SimpleObjectProperty<>(Trace.EMPTY);
    private final List<double[]> points = new ArrayList<>();
    private long lastStep = -1;

    /**
     * gap = ∫ ½(p_data+p_g)|D − D*|, valueError = |V(D,G) − V(D*,G)|, per step of theorem mode, D* being the optimum
     * of the game played (Proposition 1's unless label smoothing or instance noise move it).
     */
    public record Trace(long[] steps, double[] gap, double[] valueError) {
        public static final Trace EMPTY = new Trace(new long[0], new double[0], new double[0]);

        public int size() {
            return steps.length;
        }
    }

    TheoremMode(LiveRun run) {
        this.run = run;
    }

    /**
     * Freezes G (on) or unfreezes it (off). Turning on starts a new trace and plays, at least {@value #MIN_SPEED}
     * steps per frame; it does nothing while not {@linkplain #availableProperty() available}.
     */
    void set(boolean on) {
        if (on && !available.get()) {
            return;
        }
        if (on == this.on.get()) {
            return;
        }
        this.on.set(on);
        run.runner().forEachSimulation(s -> s.setGeneratorFrozen(on));
        if (on) {
            clear();
            if (run.stepsPerFrame() < MIN_SPEED) {
                run.setStepsPerFrame(MIN_SPEED);
            }
            run.play();
        }
    }

    /** Whether the runs' D is a classifier; when it stops being one the mode ends. */
    void setAvailable(boolean classifier) {
        available.set(classifier);
        if (!classifier && on.get()) {
            set(false);
        }
    }

    /** The run(s) started over: G is frozen again and the trace starts anew. */
    void restarted() {
        if (on.get()) {
            run.runner().forEachSimulation(s -> s.setGeneratorFrozen(true));
            clear();
        }
    }

    /** Records a frame's distances, once per step. */
    void record(Metrics m) {
        double g = m.dGap();
        double err = Math.abs(m.valueGrid() - m.valueOptimum());
        gap.set(g);
        valueError.set(err);
        if (Double.isNaN(gapAtStart.get())) {
            gapAtStart.set(g);
        }
        if (m.step() == lastStep) {
            return;
        }
        lastStep = m.step();
        points.add(new double[] {m.step(), g, err});
        if (points.size() > TRACE_MAX) {
            for (int i = 0; i < points.size() / 2; i++) {
                points.set(i, points.get(2 * i));
            }
            points.subList(points.size() / 2, points.size()).clear();
        }
        int n = points.size();
        long[] s = new long[n];
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            double[] p = points.get(i);
            s[i] = (long) p[0];
            a[i] = p[1];
            b[i] = p[2];
        }
        trace.set(new Trace(s, a, b));
    }

    private void clear() {
        points.clear();
        lastStep = -1;
        gapAtStart.set(Double.NaN);
        gap.set(Double.NaN);
        valueError.set(Double.NaN);
        trace.set(Trace.EMPTY);
    }

    public boolean isOn() {
        return on.get();
    }

    public BooleanProperty onProperty() {
        return on;
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available;
    }

    public ReadOnlyDoubleProperty gapProperty() {
        return gap;
    }

    public ReadOnlyDoubleProperty valueErrorProperty() {
        return valueError;
    }

    public ReadOnlyDoubleProperty gapAtStartProperty() {
        return gapAtStart;
    }

    public ReadOnlyObjectProperty<Trace> traceProperty() {
        return trace;
    }
}
