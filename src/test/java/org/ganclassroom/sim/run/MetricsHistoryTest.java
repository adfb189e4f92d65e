package org.ganclassroom.sim.run;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertEquals(0.42, v.jsd()[42], 1e-15);
    }

    @Test
    void memoryStaysFlatAndRecentStepsStayExact() {
        MetricsHistory h = new MetricsHistory(64, 32);
        for (int s = 0; s < 1_000_000; s++) {
            h.add(s, s, -s, 2.0 * s);
        }
        HistoryView v = h.view();
        assertTrue(v.size() <= 64 + 32, "points held: " + v.size());
        // the last 64 steps are all there, one by one
        for (int k = 0; k < 64; k++) {
            int i = v.size() - 64 + k;
            assertEquals(1_000_000 - 64 + k, v.steps()[i]);
            assertEquals(v.steps()[i], v.jsd()[i], 0.0);
        }
        // old buckets are means in step order, and cover the start of the run
        assertEquals(0, v.steps()[0]);
        for (int i = 1; i < v.size(); i++) {
            assertTrue(v.steps()[i] > v.steps()[i - 1]);
        }
        double firstMean = v.jsd()[0];
        assertTrue(firstMean > 0 && firstMean < v.jsd()[1], "bucket mean of steps 0..w-1: " + firstMean);
    }

    @Test
    void bucketMeansAreExactAverages() {
        MetricsHistory h = new MetricsHistory(1, 2);
        for (int s = 0; s < 9; s++) {
            h.add(s, s, 0, 0);
        }
        // steps 0..7 retired: widths double when the two-slot old tier fills
        HistoryView v = h.view();
        assertEquals(8, v.steps()[v.size() - 1]);
        assertEquals(1.5, v.jsd()[0], 1e-12, "mean of 0,1,2,3");
    }
}
