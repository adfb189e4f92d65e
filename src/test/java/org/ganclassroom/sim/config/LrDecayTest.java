package org.ganclassroom.sim.config;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The late learning-rate decay's multiplier f(t), against its formula. */
class LrDecayTest {
    @Test
    void oneUntilTheStartThenGeometricDownToTheFactorThenFlat() {
        LrDecay d = new LrDecay(true, 1000, 400, 0.01);
        assertEquals(1.0, d.multiplierAt(0));
        assertEquals(1.0, d.multiplierAt(1000));
        assertEquals(0.1, d.multiplierAt(1200), 1e-12); // halfway: sqrt(0.01)
        assertEquals(Math.pow(0.01, 0.25), d.multiplierAt(1100), 1e-12);
        assertEquals(0.01, d.multiplierAt(1400), 1e-15);
        assertEquals(0.01, d.multiplierAt(1_000_000), 1e-15);
        double previous = 1;
        for (long t = 1000; t <= 1500; t += 10) {
            assertTrue(d.multiplierAt(t) <= previous, "never rises");
            previous = d.multiplierAt(t);
        }
    }

    @Test
    void offMeansConstantRates() {
        LrDecay off = new LrDecay(false, 0, 1, 0.01);
        assertEquals(1.0, off.multiplierAt(0));
        assertEquals(1.0, off.multiplierAt(50_000));
        assertEquals(1.0, LrDecay.none().multiplierAt(50_000));
    }

    @Test
    void badValuesNameTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LrDecay(true, 0, 10, 0));
        assertTrue(e.getMessage().startsWith("training.lrDecay.factor: 0.0 is out of range"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new LrDecay(true, 0, 0, 0.5));
        assertTrue(e.getMessage().startsWith("training.lrDecay.steps: 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new LrDecay(true, -5, 10, 0.5));
        assertTrue(e.getMessage().startsWith("training.lrDecay.start: -5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LrDecay(true, 0, 10, Double.NaN));
    }
}
