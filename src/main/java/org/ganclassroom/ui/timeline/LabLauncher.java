package org.ganclassroom.ui.timeline;

import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.common.Navigator;

/**
 * Opens the Mini Lab on an experiment preset and/or a lab chip, for a timeline entry's "Open in lab" button.
 * The integrator wires this to the Mini Lab; the default just switches to the lab view.
 */
@FunctionalInterface
public interface LabLauncher {
    /**
     * @param preset an experiment preset name, or null
     * @param chip   a lab chip id, or null (at least one of the two is given)
     */
    void open(String preset, String chip);

    /** Ignores the preset and chip and switches to {@link AppView#LAB}. */
    static LabLauncher navigatingTo(Navigator navigator) {
        return (preset, chip) -> navigator.open(AppView.LAB);
    }
}
