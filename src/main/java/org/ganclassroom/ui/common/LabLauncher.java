package org.ganclassroom.ui.common;

import org.ganclassroom.ui.AppView;

import java.util.List;

/**
 * Opens the Mini Lab on an experiment and shows it: what the timeline's "Open in lab" and a lesson's "Try it in
 * the Mini Lab" need, so neither feature depends on the lab. The composition root wires it to the lab.
 */
@FunctionalInterface
public interface LabLauncher {
    /**
     * @param preset an experiment preset name, or null
     * @param chip   a lab chip id, or null (at least one of the two is given)
     */
    void open(String preset, String chip);

    /**
     * A preset with these chips switched on and, when asked, the generator frozen ("verify the theorem"). A
     * launcher that knows only {@link #open} opens the preset alone.
     */
    default void openExperiment(String preset, List<String> chips, boolean freezeGenerator) {
        open(preset, null);
    }

    /** Ignores the experiment and switches to {@link AppView#LAB}. */
    static LabLauncher navigatingTo(Navigator navigator) {
        return (preset, chip) -> navigator.open(AppView.LAB);
    }
}
