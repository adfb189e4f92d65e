package org.ganclassroom.sim.run;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rewound run's history loses the steps after the step it goes on from, in either tier, and grows on from there. */
class MetricsHistoryTruncateTest {
    @Test
    void truncatingInTheRecentStepsKeepsTheStepsBeforeExactly() {
        MetricsHistory h = new MetricsHistory(8, 4);
        for (int s = 1; s <= 20; s++) {
            h.add(s, s, -s, 2 * s);
        }
        HistoryView before = h.view();
        h.truncateAfter(17);
        HistoryView v = h.view();
        assertEquals(17, v.step(v.size() - 1));
        assertEquals(17.0, v.jsd(v.size() - 1));
        assertEquals(20, before.step(before.size() - 1), "a view given out before does not change");
        h.add(18, 100, 0, 0);
        assertEquals(100.0, h.view().jsd(h.view().size() - 1));
    }

    @Test
    void truncatingInTheAveragedStepsLeavesAHistoryThatGrowsOnInOrder() {
        MetricsHistory h = new MetricsHistory(4, 4);
        for (int s = 1; s <= 200; s++) {
            h.add(s, s, 0, 0);
        }
        assertTrue(h.view().averagedPoints() > 0);
        h.truncateAfter(60);
        for (int s = 61; s <= 400; s++) {
            h.add(s, s, 0, 0);
        }
        HistoryView v = h.view();
        assertEquals(400, v.step(v.size() - 1));
        for (int i = 1; i < v.size(); i++) {
            assertTrue(v.step(i) > v.step(i - 1), "steps in order at " + i);
            assertTrue(v.jsd(i) > v.jsd(i - 1), "values in order at " + i);
        }
    }
}
