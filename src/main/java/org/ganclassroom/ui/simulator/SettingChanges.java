package org.ganclassroom.ui.simulator;

import org.ganclassroom.sim.config.Stabilisers;
import org.ganclassroom.sim.config.TrainingSpec;

import java.util.ArrayList;
import java.util.List;

/** What a live settings change switched, in the words of the history chart's mark ("η_G 0.001→0.01, k 5"). */
final class SettingChanges {
    private SettingChanges() {
    }

    /** The changes from (t0, s0) to (t1, s1), or null if the settings the Simulator edits are the same. */
    static String describe(TrainingSpec t0, Stabilisers s0, TrainingSpec t1, Stabilisers s1) {
        List<String> out = new ArrayList<>();
        if (!t0.objective().equals(t1.objective())) {
            out.add(ConfigChoices.objectiveName(t1.objective()));
        }
        if (t0.optimizer() != t1.optimizer()) {
            out.add(ConfigChoices.optimizerName(t1.optimizer()));
        }
        if (t0.lrG() != t1.lrG()) {
            out.add("η_G " + number(t0.lrG()) + "→" + number(t1.lrG()));
        }
        if (t0.lrD() != t1.lrD()) {
            out.add("η_D " + number(t0.lrD()) + "→" + number(t1.lrD()));
        }
        if (t0.batchSize() != t1.batchSize()) {
            out.add("m " + t1.batchSize());
        }
        if (s0.dSteps() != s1.dSteps()) {
            out.add("k " + s1.dSteps());
        }
        return out.isEmpty() ? null : String.join(", ", out);
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
