package org.ganclassroom.ui.simulator;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A pen stroke's points spread as the drawn curve: its quantiles, checked against the curve's own integral. */
class PenStroke1DTest {
    @Test
    void aStepCurveGivesItsMassInProportion() {
        PenStroke1D s = new PenStroke1D();
        // height 1 on [0, 1), height 3 on [1, 2]: a quarter of the mass left of 1
        for (int i = 0; i <= 200; i++) {
            double x = i / 100.0;
            s.add(x, x < 1 ? 1 : 3);
        }
        double[] p = s.toPoints(400);
        long left = java.util.Arrays.stream(p).filter(x -> x < 1).count();
        assertEquals(100, left, 3);
        for (int i = 1; i < p.length; i++) {
            assertTrue(p[i] >= p[i - 1], "quantiles rise");
        }
        assertTrue(p[0] >= 0 && p[p.length - 1] <= 2);
    }

    @Test
    void aGapThePenJumpedIsFilledBetweenItsNeighbours() {
        PenStroke1D s = new PenStroke1D();
        s.add(0, 1);
        s.add(1, 1); // a fast drag: nothing between 0 and 1
        double[] p = s.toPoints(100);
        long firstHalf = java.util.Arrays.stream(p).filter(x -> x < 0.5).count();
        assertEquals(50, firstHalf, 3, "flat between the two samples, not two spikes");
    }

    @Test
    void aCurveWithoutAreaGivesNoPoints() {
        PenStroke1D s = new PenStroke1D();
        s.add(0, 0);
        s.add(1, -0.2);
        assertNull(s.toPoints(10), "drawn along or below the axis");
        PenStroke1D dot = new PenStroke1D();
        dot.add(0.5, 0.7);
        assertNull(dot.toPoints(10), "a click has no width");
    }
}
