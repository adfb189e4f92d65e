package org.ganclassroom.ui.lab;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganclassroom.sim.config.Chip;
import org.ganclassroom.sim.config.ChipParameter;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.LiveSettings;
import org.ganclassroom.sim.run.SimulationRunner;
import org.ganclassroom.ui.lab.LabViewModel.Side;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The chips of the Mini Lab's run A and run B: each side's live settings, which chips are on, whether A/B compare
 * is on, and the label that says how B differs from A. Outside A/B mode B follows A.
 */
final class AbPair {
    private final ObjectProperty<LiveSettings> settingsA = new SimpleObjectProperty<>();
    private final ObjectProperty<LiveSettings> settingsB = new SimpleObjectProperty<>();
    private final Map<Side, Map<Chip, BooleanProperty>> chipOn = new EnumMap<>(Side.class);
    private final BooleanProperty abMode = new SimpleBooleanProperty();
    private final StringProperty bLabel = new SimpleStringProperty("B = A");

    AbPair(LiveSettings initial) {
        for (Side s : Side.values()) {
            Map<Chip, BooleanProperty> m = new EnumMap<>(Chip.class);
            for (Chip c : Chip.values()) {
                m.put(c, new SimpleBooleanProperty());
            }
            chipOn.put(s, m);
        }
        setBoth(initial);
    }

    /** Both sides get {@code s} (a new experiment). */
    void setBoth(LiveSettings s) {
        set(Side.A, s);
        set(Side.B, s);
        updateBLabel();
    }

    /** Switches a chip on one side; outside A/B mode B follows A. */
    void setChip(Side side, Chip chip, boolean on) {
        set(side, chip.apply(settings(side), on));
        if (side == Side.A && !abMode.get()) {
            set(Side.B, settings(Side.A));
        }
        updateBLabel();
    }

    /** Sets a chip's number on one side (see {@link ChipParameter}); outside A/B mode B follows A. */
    void setParameter(Side side, ChipParameter p, double value) {
        set(side, p.with(settings(side), value));
        if (side == Side.A && !abMode.get()) {
            set(Side.B, settings(Side.A));
        }
        updateBLabel();
    }

    /** A/B on: B starts as A with {@code flipped} toggled (or equal to A when null). Off: B follows A again. */
    void setAbMode(boolean on, Chip flipped) {
        abMode.set(on);
        LiveSettings a = settings(Side.A);
        set(Side.B, on && flipped != null ? flipped.toggle(a) : a);
        updateBLabel();
    }

    private void set(Side side, LiveSettings s) {
        (side == Side.A ? settingsA : settingsB).set(s);
        for (Chip c : Chip.values()) {
            chipOn.get(side).get(c).set(c.isOn(s));
        }
    }

    private void updateBLabel() {
        LiveSettings a = settings(Side.A);
        LiveSettings b = settings(Side.B);
        List<String> diff = new ArrayList<>();
        for (Chip c : Chip.values()) {
            if (c.isOn(a) != c.isOn(b)) {
                diff.add((c.isOn(b) ? "+ " : "− ") + c.displayName());
            } else if (c.isOn(b)) {
                ChipParameter.of(c).filter(p -> p.get(a.stabilisers()) != p.get(b.stabilisers()))
                        .ifPresent(p -> diff.add("with " + p.symbol() + " = " + ChipParameterSpinner.format(p,
                                p.get(b.stabilisers()))));
            }
        }
        bLabel.set(diff.isEmpty() ? "B = A" : "B = A " + String.join(", ", diff));
    }

    /** The configuration of each run: A's chips on {@code base}, and B's in A/B mode. */
    List<ExperimentConfig> configs(ExperimentConfig base) {
        ExperimentConfig a = settings(Side.A).applyTo(base);
        return abMode.get() ? List.of(a, settings(Side.B).applyTo(base)) : List.of(a);
    }

    /** Sends A's settings to the first simulation and B's to the second. */
    void pushTo(SimulationRunner runner) {
        LiveSettings a = settings(Side.A);
        LiveSettings b = settings(Side.B);
        AtomicInteger index = new AtomicInteger();
        runner.forEachSimulation(s -> {
            LiveSettings ls = index.getAndIncrement() == 0 ? a : b;
            s.updateSettings(ls.training(), ls.stabilisers());
        });
    }

    /** Whether a running side uses the Wasserstein critic (whose D is no classifier). */
    boolean criticOn() {
        return Chip.WASSERSTEIN.isOn(settings(Side.A)) || abMode.get() && Chip.WASSERSTEIN.isOn(settings(Side.B));
    }

    LiveSettings settings(Side side) {
        return (side == Side.A ? settingsA : settingsB).get();
    }

    ReadOnlyObjectProperty<LiveSettings> settingsProperty(Side side) {
        return side == Side.A ? settingsA : settingsB;
    }

    ReadOnlyBooleanProperty chipOn(Side side, Chip chip) {
        return chipOn.get(side).get(chip);
    }

    boolean isAbMode() {
        return abMode.get();
    }

    BooleanProperty abModeProperty() {
        return abMode;
    }

    ReadOnlyStringProperty bLabelProperty() {
        return bLabel;
    }
}
