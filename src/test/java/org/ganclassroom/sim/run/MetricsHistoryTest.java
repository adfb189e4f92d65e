package org.ganclassroom.sim.run;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricsHistoryTest {

    @Test
    void keepsEveryStepWhileItFits() {
        MetricsHistory h = new MetricsHistory(100, 50);
        for (int s = 0; s < 100; s++) {
            h.add(s, s * 0.01, 1, 2);
        }
        HistoryView v = h.view();
        assertEquals(100, v.size());
        assertEquals(0, v.averagedPoints());
        assertEquals(0.42, v.jsd(42), 1e-15);
        assertEquals(42, v.step(42));
    }

    @Test
    void memoryStaysFlatAndRecentStepsStayExact() {
        MetricsHistory h = new MetricsHistory(64, 32);
        for (int s = 0; s < 1_000_000; s++) {
            h.add(s, s, -s, 2.0 * s);
            assertTrue(h.size() <= h.capacity());
        }
        assertEquals(32 + 1 + 64 + 32, h.capacity());
        HistoryView v = h.view();
        // the last 64 steps are all there, one by one
        for (int k = 0; k < 64; k++) {
            int i = v.size() - 64 + k;
            assertEquals(1_000_000 - 64 + k, v.step(i));
            assertEquals(v.step(i), v.jsd(i), 0.0);
            assertEquals(-v.step(i), v.dLoss(i), 0.0);
            assertEquals(2.0 * v.step(i), v.gLoss(i), 0.0);
        }
        // old buckets are means in step order, and cover the start of the run
        assertEquals(0, v.step(0));
        for (int i = 1; i < v.size(); i++) {
            assertTrue(v.step(i) > v.step(i - 1));
        }
        double firstMean = v.jsd(0);
        assertTrue(firstMean > 0 && firstMean < v.jsd(1), "bucket mean of steps 0..w-1: " + firstMean);
    }

    @Test
    void bucketMeansAreExactAveragesAndTheFillingBucketShowsItsMeanSoFar() {
        MetricsHistory h = new MetricsHistory(1, 2);
        for (int s = 0; s < 9; s++) {
            h.add(s, s, 0, 0);
        }
        // the two-slot old tier filled twice, so buckets are 4 steps wide: 0-3 complete, 4-5 still filling
        HistoryView v = h.view();
        assertEquals(2, v.averagedPoints());
        assertEquals(0, v.step(0));
        assertEquals(1.5, v.jsd(0), 1e-12, "mean of 0,1,2,3");
        assertEquals(4, v.step(1));
        assertEquals(4.5, v.jsd(1), 1e-12, "mean of 4,5 so far");
        assertEquals(8, v.step(v.size() - 1));
        assertEquals(8, v.jsd(v.size() - 1), 0);
    }

    @Test
    void aViewGivenOutNeverChangesWhileTheHistoryGoesOn() {
        MetricsHistory h = new MetricsHistory(16, 8);
        for (int s = 0; s < 30; s++) {
            h.add(s, s, s + 0.5, s + 0.25);
        }
        // one view before any reorganisation, one just before a clear; appends, reorganisations and the clear
        // afterwards must all write elsewhere
        HistoryView early = h.view();
        HistoryView[] beforeClear = new HistoryView[1];
        long[][] expected = new long[2][];
        double[][] expectedJsd = new double[2][];
        expected[0] = early.copySteps();
        expectedJsd[0] = early.copyOf(HistoryView.Series.JSD);
        for (int s = 30; s < 5_000; s++) {
            if (s == 2_000) {
                beforeClear[0] = h.view();
                expected[1] = beforeClear[0].copySteps();
                expectedJsd[1] = beforeClear[0].copyOf(HistoryView.Series.JSD);
                h.clear();
            }
            h.add(s, -s, -s, -s);
        }
        HistoryView[] views = {early, beforeClear[0]};
        for (int k = 0; k < 2; k++) {
            assertEquals(expected[k].length, views[k].size());
            for (int i = 0; i < views[k].size(); i++) {
                assertEquals(expected[k][i], views[k].step(i), "view " + k + ", point " + i);
                assertEquals(expectedJsd[k][i], views[k].jsd(i), 0, "view " + k + ", point " + i);
            }
        }
        assertEquals(0.5, early.dLoss(0), 0);
        assertEquals(29.25, early.value(HistoryView.Series.G_LOSS, 29), 0);
    }

    @Test
    void theSameViewComesBackUntilAStepIsAdded() {
        MetricsHistory h = new MetricsHistory(4, 2);
        h.add(0, 1, 2, 3);
        HistoryView v = h.view();
        assertSame(v, h.view());
        h.add(1, 1, 2, 3);
        assertEquals(2, h.view().size());
        assertEquals(1, v.size());
    }
}
