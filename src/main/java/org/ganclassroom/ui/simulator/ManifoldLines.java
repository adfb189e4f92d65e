package org.ganclassroom.ui.simulator;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.ganclassroom.sim.train.Manifold;
import org.ganclassroom.sim.train.Snapshot;
import org.ganclassroom.ui.live.LiveRun;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The generator manifold of a 2-D run (a grid of noise-space lines pushed through G), traced on the simulation
 * thread once per shown step while wanted, and shown on the FX thread at the next pulse. Lines traced before a
 * restart are dropped.
 */
final class ManifoldLines {
    static final int LINES = 11;
    static final int POINTS = 48;
    private static final double NOISE_RANGE = 2.5;

    private final LiveRun run;
    private final ObjectProperty<double[][][]> lines = new SimpleObjectProperty<>();
    private final BooleanProperty wanted = new SimpleBooleanProperty(true);
    private final AtomicBoolean pending = new AtomicBoolean();
    /** Used only on the simulation thread (inside {@code runner.inspect}), which runs one request at a time. */
    private final Manifold.Tracer tracer = new Manifold.Tracer();
    private final AtomicReference<Traced> traced = new AtomicReference<>();
    private long step = -1;
    private long generation;

    ManifoldLines(LiveRun run) {
        this.run = run;
    }

    /** Shows lines the simulation thread has traced since the last pulse, and asks for newer ones. */
    void take(Snapshot shown) {
        Traced m = traced.getAndSet(null);
        if (m != null && m.generation == generation) {
            lines.set(m.lines);
        }
        requestIfStale(shown);
    }

    /** Asks the simulation thread to trace the lines of {@code shown}'s step, unless done or under way. */
    void requestIfStale(Snapshot shown) {
        if (shown == null || shown.dimension() != 2 || !wanted.get()) {
            return;
        }
        long at = shown.metrics().step();
        if (at == step || !pending.compareAndSet(false, true)) {
            return;
        }
        step = at;
        long gen = generation;
        run.runner().inspect(sim -> {
            try {
                if (sim.trainer().data().dimension() == 2) {
                    double[][][] l = tracer.lines(sim.trainer().shownGenerator(), LINES, POINTS, NOISE_RANGE);
                    traced.set(new Traced(gen, l));
                }
            } finally {
                pending.set(false);
            }
        });
    }

    /** The run starts over: what was traced so far belongs to the old one. */
    void clear() {
        generation++;
        lines.set(null);
        step = -1;
    }

    ReadOnlyObjectProperty<double[][][]> linesProperty() {
        return lines;
    }

    BooleanProperty wantedProperty() {
        return wanted;
    }

    private record Traced(long generation, double[][][] lines) {
    }
}
