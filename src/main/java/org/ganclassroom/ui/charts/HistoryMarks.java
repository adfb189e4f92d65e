package org.ganclassroom.ui.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a run's settings were switched (a chip, a learning rate…), for the {@link HistoryChart} to mark: each a
 * step and what changed there. Two changes at the same step share one mark; a mark beyond the history's last
 * step is forgotten (the run was started again).
 */
public final class HistoryMarks {
    /** One switch: at {@code step}, {@code what} changed (e.g. "+ Label smoothing", "η_G 0.001→0.01"). */
    public record Mark(long step, String what) {
    }

    private final List<Mark> marks = new ArrayList<>();

    /**
     * Records a switch at {@code step}; a second one at the same step joins the first. A switch at step 0 is
     * how the run starts, not a change in its history: it is not marked.
     */
    public void mark(long step, String what) {
        if (step <= 0) {
            return;
        }
        if (!marks.isEmpty() && marks.get(marks.size() - 1).step() == step) {
            Mark last = marks.remove(marks.size() - 1);
            what = last.what().equals(what) ? what : last.what() + ", " + what;
        }
        marks.add(new Mark(step, what));
    }

    /** Drops the marks after {@code lastStep}: the history they belonged to was reset. */
    public void forgetAfter(long lastStep) {
        marks.removeIf(m -> m.step() > lastStep);
    }

    public void clear() {
        marks.clear();
    }

    public List<Mark> list() {
        return List.copyOf(marks);
    }
}
