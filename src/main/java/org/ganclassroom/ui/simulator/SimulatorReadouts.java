package org.ganclassroom.ui.simulator;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.sim.train.Metrics;
import org.ganclassroom.sim.train.Snapshot;
import org.ganclassroom.ui.common.FixedDecimals;
import org.ganclassroom.ui.common.Readout;

import java.util.function.LongSupplier;

/**
 * The texts of the Simulator's readout column (step, JSD, Fréchet distance and precision / recall in 2-D, V(D,G),
 * losses, W₁, modes, f-GAN bound, D gap) and
 * which of them apply to the shown run, taken from the frames of the run. FX thread.
 */
public final class SimulatorReadouts {
    /**
     * While a run plays at speed the numbers are refreshed this often, not every frame: ten readings a second
     * can be read, sixty cannot, and each refresh re-lays out the readout column. The plots still move every
     * frame; paused, stepped or in slow motion every frame's numbers are shown.
     */
    static final long READOUT_INTERVAL_NANOS = 100_000_000L;
    private LongSupplier clock = System::nanoTime;
    private long lastReadout;
    private Snapshot readoutSnapshot;

    private final StringProperty step = new SimpleStringProperty("0");
    private final StringProperty jsd = new SimpleStringProperty("—");
    private final StringProperty jsdBits = new SimpleStringProperty("—");
    private final StringProperty valueBatch = new SimpleStringProperty("—");
    private final StringProperty valueGrid = new SimpleStringProperty("—");
    private final StringProperty theory = new SimpleStringProperty("—");
    private final StringProperty dLoss = new SimpleStringProperty("—");
    private final StringProperty gLoss = new SimpleStringProperty("—");
    private final StringProperty w1 = new SimpleStringProperty("—");
    private final StringProperty modes = new SimpleStringProperty("—");
    private final StringProperty highQuality = new SimpleStringProperty("—");
    private final StringProperty fBound = new SimpleStringProperty("—");
    private final StringProperty fTrue = new SimpleStringProperty("—");
    private final StringProperty dGap = new SimpleStringProperty("—");
    private final StringProperty frechet = new SimpleStringProperty("—");
    private final StringProperty precisionRecall = new SimpleStringProperty("—");
    private final BooleanProperty oneD = new SimpleBooleanProperty(true);
    private final BooleanProperty w1Shown = new SimpleBooleanProperty();
    private final BooleanProperty modesShown = new SimpleBooleanProperty();
    private final BooleanProperty fGanShown = new SimpleBooleanProperty();
    /** The objective of the shown snapshot (the running one, which a chip may have changed). */
    private final StringProperty runningObjective = new SimpleStringProperty("minimax");
    private final BooleanProperty valueShown = new SimpleBooleanProperty();
    private final BooleanProperty dGapShown = new SimpleBooleanProperty();

    /** Shows the numbers of a new frame, unless the run plays at speed and the last ones are still fresh. */
    void offer(Frame f) {
        Snapshot s = f.snapshot();
        long now = clock.getAsLong();
        boolean live = f.playing() && !f.speed().isSlowMotion() && s.failure() == null;
        if (!live || readoutSnapshot == null || now - lastReadout >= READOUT_INTERVAL_NANOS || now < lastReadout
                || readoutSnapshot.dimension() != s.dimension()
                || !readoutSnapshot.training().objective().equals(s.training().objective())) {
            show(s);
            lastReadout = now;
        }
    }

    /** The snapshot whose numbers the readouts show (while playing at speed, up to a tenth of a second old). */
    public Snapshot readoutSnapshot() {
        return readoutSnapshot;
    }

    /** For tests: the clock that paces the readouts while playing. */
    void setClock(LongSupplier clock) {
        this.clock = clock;
    }

    private void show(Snapshot s) {
        readoutSnapshot = s;
        Metrics mt = s.metrics();
        step.set(Long.toString(mt.step()));
        jsd.set(Readout.number(mt.jsd()));
        jsdBits.set(Readout.number(mt.jsdBits()));
        valueBatch.set(Readout.number(mt.valueBatch()));
        valueGrid.set(Readout.number(mt.valueGrid()));
        theory.set(Readout.number(mt.theoryValue()));
        dLoss.set(Readout.number(mt.dLoss()));
        gLoss.set(Readout.number(mt.gLoss()));
        w1.set(Readout.number(mt.w1()));
        modes.set(mt.modeCount() > 0 ? mt.modesCaptured() + " / " + mt.modeCount() : "—");
        highQuality.set(Double.isFinite(mt.highQualityShare())
                ? FixedDecimals.format(100 * mt.highQualityShare(), 0) + " %" : "—");
        fBound.set(Readout.number(mt.fBound()));
        fTrue.set(Readout.number(mt.fTrue()));
        dGap.set(Readout.number(mt.dGap()));
        frechet.set(Readout.number(mt.frechet()));
        precisionRecall.set(Double.isFinite(mt.precision()) && Double.isFinite(mt.recall())
                ? FixedDecimals.format(mt.precision(), 2) + " / " + FixedDecimals.format(mt.recall(), 2) : "—");
        oneD.set(s.dimension() == 1);
        w1Shown.set(s.dimension() == 1 && Double.isFinite(mt.w1()));
        modesShown.set(mt.modeCount() > 0 && s.dimension() == 2);
        fGanShown.set(s.training().objective().startsWith("fgan-"));
        runningObjective.set(s.training().objective());
        valueShown.set(s.dStar() != null);
        dGapShown.set(s.dStar() != null);
    }

    public ReadOnlyStringProperty stepProperty() { return step; }
    public ReadOnlyStringProperty jsdProperty() { return jsd; }
    public ReadOnlyStringProperty jsdBitsProperty() { return jsdBits; }
    public ReadOnlyStringProperty valueBatchProperty() { return valueBatch; }
    public ReadOnlyStringProperty valueGridProperty() { return valueGrid; }
    public ReadOnlyStringProperty theoryProperty() { return theory; }
    public ReadOnlyStringProperty dLossProperty() { return dLoss; }
    public ReadOnlyStringProperty gLossProperty() { return gLoss; }
    public ReadOnlyStringProperty w1Property() { return w1; }
    public ReadOnlyStringProperty modesProperty() { return modes; }
    public ReadOnlyStringProperty highQualityProperty() { return highQuality; }
    public ReadOnlyStringProperty fBoundProperty() { return fBound; }
    public ReadOnlyStringProperty fTrueProperty() { return fTrue; }
    public ReadOnlyStringProperty dGapProperty() { return dGap; }
    public ReadOnlyStringProperty frechetProperty() { return frechet; }
    public ReadOnlyStringProperty precisionRecallProperty() { return precisionRecall; }
    public ReadOnlyBooleanProperty oneDProperty() { return oneD; }
    public ReadOnlyBooleanProperty w1ShownProperty() { return w1Shown; }
    public ReadOnlyBooleanProperty modesShownProperty() { return modesShown; }
    public ReadOnlyBooleanProperty fGanShownProperty() { return fGanShown; }
    public ReadOnlyStringProperty runningObjectiveProperty() { return runningObjective; }
    public ReadOnlyBooleanProperty valueShownProperty() { return valueShown; }
    public ReadOnlyBooleanProperty dGapShownProperty() { return dGapShown; }
}
