package org.ganclassroom.sim.run;

import java.util.List;

/**
 * What a runner publishes for the views: one snapshot and history per simulation (two in A/B mode), whether
 * it is playing, and the slow-motion phase. Immutable; the UI takes the latest one each frame.
 *
 * @param serial increases with every publication, so a view can tell a new frame from the one it drew
 */
public record Frame(long serial, List<org.ganclassroom.sim.train.Snapshot> snapshots, List<HistoryView> histories,
                    boolean playing, Phase phase, Speed speed) {
    public Frame {
        snapshots = List.copyOf(snapshots);
        histories = List.copyOf(histories);
    }

    /** The first (or only) simulation's snapshot. */
    public org.ganclassroom.sim.train.Snapshot snapshot() {
        return snapshots.get(0);
    }
}
