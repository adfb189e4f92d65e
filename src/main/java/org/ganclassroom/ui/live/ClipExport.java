package org.ganclassroom.ui.live;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganclassroom.clip.ClipMaker;
import org.ganclassroom.clip.ClipPalette;
import org.ganclassroom.clip.ClipSpec;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.IoReason;
import org.ganclassroom.ui.Theme;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The "Export clip" dialog's state: the step range, frame spacing, rate, size and colours as the user typed them,
 * what the clip will be (or what is wrong, naming the field), and a running export's progress. The export replays
 * the run's config from step 0 on a {@link Worker} ({@link ClipMaker}); its progress comes back through
 * {@code fxThread}, at most one hand-over waiting at a time. FX thread.
 */
public final class ClipExport {
    /** Where a clip stands. */
    public enum State { IDLE, RUNNING, DONE, CANCELLED, FAILED }

    /** Picture sizes offered: a laptop, a 1080p slide, a 1200p projector (16:10, as the app's window). */
    public static final List<String> SIZES = List.of("640 × 400", "960 × 600", "1280 × 800");
    /** Frame rates offered; each a whole number of GIF hundredths a frame, so it plays at exactly that rate. */
    public static final List<Integer> RATES = List.of(5, 10, 20, 25);

    /** Where an export runs: a background thread in the app, the calling one in tests. */
    @FunctionalInterface
    public interface Worker {
        void start(Runnable job);

        Worker THREADED = job -> {
            Thread t = new Thread(job, "clip-export");
            t.setDaemon(true);
            t.start();
        };
        Worker CURRENT_THREAD = Runnable::run;
    }

    private final ExperimentConfig config;
    private final Worker worker;
    private final Executor fxThread;
    private final StringProperty from = new SimpleStringProperty(this, "from", "0");
    private final StringProperty to = new SimpleStringProperty(this, "to");
    private final StringProperty every = new SimpleStringProperty(this, "every");
    private final IntegerProperty fps = new SimpleIntegerProperty(this, "fps", 10);
    private final ObjectProperty<String> size = new SimpleObjectProperty<>(this, "size", SIZES.get(0));
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Export… asks where to save the GIF, then makes it in the background.");
    private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>(this, "written");
    private final AtomicReference<Runnable> pendingProgress = new AtomicReference<>();
    private AtomicBoolean cancel = new AtomicBoolean();
    private int generation;

    /**
     * @param config      the run to replay (the Simulator's current settings and seed)
     * @param currentStep where the run is now: the default end of the clip
     */
    public ClipExport(ExperimentConfig config, long currentStep, Theme currentTheme, Worker worker, Executor fxThread) {
        this.config = Objects.requireNonNull(config, "config");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        long end = currentStep > 0 ? currentStep : 1000;
        to.set(Long.toString(end));
        every.set(Long.toString(Math.max(1, end / 100)));
        theme.set(currentTheme == null ? Theme.LIGHT : currentTheme);
        for (var p : List.of(from, to, every)) {
            p.addListener((o, a, b) -> check());
        }
        fps.addListener((o, a, b) -> check());
        size.addListener((o, a, b) -> check());
        check();
    }

    /** The clip the fields describe, or null (with {@link #problemProperty()} saying why). */
    public ClipSpec spec() {
        Long a = number(from.get(), "From step");
        Long b = a == null ? null : number(to.get(), "To step");
        Long k = b == null ? null : number(every.get(), "Every");
        if (k == null) {
            return null;
        }
        int[] wh = sizeOf(size.get());
        ClipSpec spec = new ClipSpec(a, b, k, fps.get(), wh[0], wh[1],
                theme.get() == Theme.DARK ? ClipPalette.dark() : ClipPalette.light());
        String p = spec.problem();
        if (p != null) {
            problem.set(Character.toUpperCase(p.charAt(0)) + p.substring(1) + ".");
            return null;
        }
        return spec;
    }

    private Long number(String text, String field) {
        String t = text == null ? "" : text.strip().replace(",", "");
        if (!t.matches("[0-9]{1,12}")) {
            problem.set(field + ": \"" + (text == null ? "" : text.strip()) + "\" is not a whole number of steps.");
            return null;
        }
        return Long.parseLong(t);
    }

    static int[] sizeOf(String label) {
        String[] parts = label.split("×");
        return new int[]{Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
    }

    private void check() {
        problem.set("");
        ClipSpec s = spec();
        summary.set(s == null ? "" : String.format(Locale.ROOT, "%d frames, %.1f s at %d frames a second",
                s.frameCount(), s.seconds(), s.fps()));
    }

    /** A file name that says what the clip shows, e.g. "gan-clip-steps-0-2000.gif". */
    public String suggestedName() {
        return "gan-clip-steps-" + from.get().strip() + "-" + to.get().strip() + ".gif";
    }

    /** Starts writing the clip to {@code file}; false (nothing started) while the fields are wrong or a clip runs. */
    public boolean start(Path file) {
        ClipSpec spec = spec();
        if (spec == null || state.get() == State.RUNNING) {
            return false;
        }
        int run = ++generation;
        AtomicBoolean cancelled = new AtomicBoolean();
        cancel = cancelled;
        written.set(null);
        progress.set(0);
        status.set("Training from step 0 …");
        state.set(State.RUNNING);
        worker.start(() -> {
            try {
                ClipMaker.Result r = ClipMaker.make(config, null, spec, file,
                        (step, done, frames, fraction) -> report(run, step, spec.to(), done, frames, fraction),
                        cancelled::get);
                fxThread.execute(() -> done(run, r));
            } catch (CancellationException e) {
                fxThread.execute(() -> finish(run, State.CANCELLED, "Cancelled; nothing was written."));
            } catch (IOException e) {
                String reason = IoReason.of(e);
                String shown = file.toAbsolutePath().toString();
                fxThread.execute(() -> finish(run, State.FAILED, "Could not write " + shown
                        + (reason.startsWith(shown) ? reason.substring(shown.length()) : ": " + reason)));
            } catch (RuntimeException e) {
                fxThread.execute(() -> finish(run, State.FAILED, "Could not make the clip: " + e.getMessage()));
            }
        });
        return true;
    }

    /** Stops a running export; its partial file is removed. */
    public void cancel() {
        if (state.get() == State.RUNNING) {
            cancel.set(true);
            status.set("Cancelling …");
        }
    }

    private void report(int run, long step, long lastStep, long done, long frames, double fraction) {
        Runnable update = () -> {
            if (run == generation && state.get() == State.RUNNING && !cancel.get()) {
                progress.set(fraction);
                status.set(String.format(Locale.ROOT, "Step %,d of %,d · frame %d of %d", step, lastStep, done, frames));
            }
        };
        // the newest report replaces one still waiting: the FX thread takes at most one per turn
        if (pendingProgress.getAndSet(update) == null) {
            fxThread.execute(() -> pendingProgress.getAndSet(null).run());
        }
    }

    private void done(int run, ClipMaker.Result r) {
        if (run != generation) {
            return;
        }
        written.set(r.file());
        String where = r.file().getFileName() + " in " + r.file().getParent();
        if (r.failure() != null) {
            finish(run, State.DONE, "Training left the sane range at step " + r.lastStep() + "; saved the "
                    + r.frames() + " frames up to it as " + where);
        } else {
            finish(run, State.DONE, "Saved " + where + " (" + r.frames() + " frames)");
        }
        progress.set(1);
    }

    private void finish(int run, State end, String text) {
        if (run != generation) {
            return;
        }
        state.set(end);
        status.set(text);
        if (end != State.DONE) {
            progress.set(0);
        }
    }

    public StringProperty fromProperty() { return from; }
    public StringProperty toProperty() { return to; }
    public StringProperty everyProperty() { return every; }
    public IntegerProperty fpsProperty() { return fps; }
    public ObjectProperty<String> sizeProperty() { return size; }
    public ObjectProperty<Theme> themeProperty() { return theme; }
    /** "101 frames, 10.1 s at 10 frames a second", or empty while a field is wrong. */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    /** What is wrong with the fields, naming the field; empty when the clip can be made. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** The file a finished export wrote; null otherwise. */
    public ReadOnlyObjectProperty<Path> writtenProperty() { return written.getReadOnlyProperty(); }
}
