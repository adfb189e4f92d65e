package org.ganclassroom.ui.lab.bench;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganclassroom.sim.bench.BenchRunner;
import org.ganclassroom.sim.bench.BenchSuite;
import org.ganclassroom.sim.bench.BenchTable;
import org.ganclassroom.sim.bench.TrialResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;

/**
 * The Mini Lab's "Reproduce the table" mode: runs a mode-collapse benchmark suite (issue 16; docs/BENCHMARK.md) in
 * the background, fills the table as each trial finishes and keeps every trial's scored samples for the small
 * multiples. Cancel keeps the finished trials. Results of a cancelled run that arrive late are dropped. FX thread.
 */
public final class BenchViewModel {
    /** Where a run stands. */
    public enum State { IDLE, RUNNING, DONE, CANCELLED, FAILED }

    /** The suites offered, in the chooser's order. */
    public static final List<String> SUITES = List.of("ring", "grid", "papers");
    /** The steps choice that trains every row for its own length in the table (ring and grid differ). */
    public static final long AS_IN_THE_DOCS = 0;
    /** Training steps offered: a quick look, a short run, and the table's own lengths. */
    public static final List<Long> STEPS = List.of(200L, 1000L, AS_IN_THE_DOCS);

    private final BenchWorker worker;
    private final Executor fxThread;
    private final int threads;
    private final ObjectProperty<String> suite = new SimpleObjectProperty<>(this, "suite", "ring");
    private final IntegerProperty trials = new SimpleIntegerProperty(this, "trials", 10);
    private final LongProperty steps = new SimpleLongProperty(this, "steps", AS_IN_THE_DOCS);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText",
            "Choose a suite and press Start: every method is trained from seeds 1, 2, … and scored as the papers do.");
    private final ReadOnlyObjectWrapper<BenchTable> table = new ReadOnlyObjectWrapper<>(this, "table",
            BenchTable.of(List.of()));
    private final ObservableList<TrialResult> finished = FXCollections.observableArrayList();
    private final ObservableList<TrialResult> readOnlyFinished = FXCollections.unmodifiableObservableList(finished);
    private BenchSuite running;
    private BenchWorker.Cancel cancel;
    private int generation;

    /**
     * @param worker   where the trials run
     * @param fxThread where results are handed back (Platform::runLater in the app)
     * @param threads  trials trained side by side
     */
    public BenchViewModel(BenchWorker worker, Executor fxThread, int threads) {
        this.worker = Objects.requireNonNull(worker, "worker");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    /** Starts the chosen suite (cancelling a run in progress); its table and samples replace the last ones. */
    public void start() {
        cancelQuietly();
        BenchSuite suiteToRun = chosenSuite();
        int run = ++generation;
        running = suiteToRun;
        finished.clear();
        table.set(BenchTable.of(List.of()));
        progress.set(0);
        state.set(State.RUNNING);
        progressText.set("Training " + total() + " models (" + suiteToRun.rows().size() + " methods × "
                + suiteToRun.trials() + " trials, " + stepsText(steps.get()) + ") on " + threads
                + (threads == 1 ? " core" : " cores") + " …");
        UnaryOperator<org.ganclassroom.sim.config.ExperimentConfig> same = c -> c;
        cancel = worker.start(() -> {
            try {
                new BenchRunner(threads, same).run(suiteToRun, 1, r -> fxThread.execute(() -> accept(run, r)));
                fxThread.execute(() -> finish(run, State.DONE, null));
            } catch (CancellationException e) {
                fxThread.execute(() -> finish(run, State.CANCELLED, null));
            } catch (RuntimeException e) {
                fxThread.execute(() -> finish(run, State.FAILED, e));
            }
        });
    }

    /** Stops the run; the trials already finished stay in the table. */
    public void cancel() {
        if (state.get() != State.RUNNING) {
            return;
        }
        cancelQuietly();
        generation++;
        state.set(State.CANCELLED);
        progressText.set(summary("Cancelled after "));
    }

    private void cancelQuietly() {
        if (cancel != null) {
            cancel.cancel();
            cancel = null;
        }
    }

    private void accept(int run, TrialResult r) {
        if (run != generation) {
            return;
        }
        finished.add(r);
        // in the suite's row order whatever order the trials finish in
        List<TrialResult> ordered = new ArrayList<>(finished);
        List<BenchSuite.Row> rows = running.rows();
        ordered.sort(java.util.Comparator.comparingInt((TrialResult t) -> rows.indexOf(t.row()))
                .thenComparingInt(TrialResult::trial));
        table.set(BenchTable.of(ordered));
        progress.set((double) finished.size() / total());
        if (state.get() == State.RUNNING) {
            progressText.set(summary("") + eta());
        }
    }

    private void finish(int run, State end, RuntimeException error) {
        if (run != generation) {
            return;
        }
        cancel = null;
        state.set(end);
        progressText.set(switch (end) {
            case DONE -> summary("Done: ");
            case CANCELLED -> summary("Cancelled after ");
            default -> "The benchmark stopped: " + (error == null ? "unknown error" : error.getMessage());
        });
    }

    private String summary(String prefix) {
        return prefix + finished.size() + " of " + total() + " trials";
    }

    private String eta() {
        if (finished.isEmpty()) {
            return "";
        }
        double perTrial = finished.stream().mapToDouble(TrialResult::seconds).sum() / finished.size();
        double left = perTrial * (total() - finished.size()) / threads;
        return left < 1 ? "" : String.format(Locale.ROOT, " · about %s left", duration(left));
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : s < 3600 ? (s / 60) + " min " + (s % 60) + " s" : (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }

    /** The suite Start runs with the current choices; {@link #AS_IN_THE_DOCS} keeps each row's own length. */
    public BenchSuite chosenSuite() {
        return BenchSuite.named(suite.get()).with(trials.get(), steps.get(), null);
    }

    /** How a steps choice reads, e.g. "200 steps each" or the table's lengths. */
    public static String stepsText(long steps) {
        return steps > 0 ? steps + " steps each"
                : "the table's lengths: ring " + BenchSuite.RING_STEPS + ", grid " + BenchSuite.GRID_STEPS + " steps";
    }

    private int total() {
        BenchSuite s = running != null ? running : chosenSuite();
        return s.rows().size() * s.trials();
    }

    /** The suite being (or last) run, or null. */
    public BenchSuite runningSuite() {
        return running;
    }

    public ObjectProperty<String> suiteProperty() {
        return suite;
    }

    public IntegerProperty trialsProperty() {
        return trials;
    }

    public LongProperty stepsProperty() {
        return steps;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State getState() {
        return state.get();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BenchTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    /** The finished trials, in the order they finished. */
    public ObservableList<TrialResult> finished() {
        return readOnlyFinished;
    }
}
