package org.ganclassroom.ui.simulator;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrameTimerTest {
    private static final long MS = 1_000_000L;

    @Test
    void percentilesOfTheLastFramesOnly() {
        FrameTimer t = new FrameTimer(100);
        assertTrue(Double.isNaN(t.intervalMillis(0.5)));
        long now = 1_000 * MS;
        t.frameStart(now);
        t.frameEnd(0); // the first frame has no interval
        assertEquals(0, t.count());
        for (int i = 1; i <= 100; i++) {
            now += i * MS; // intervals 1..100 ms
            t.frameStart(now);
            t.frameEnd(i);
        }
        assertEquals(100, t.count());
        assertEquals(50.0, t.intervalMillis(0.5), 1e-9);
        assertEquals(95.0, t.intervalMillis(0.95), 1e-9);
        assertEquals(99.0, t.intervalMillis(0.99), 1e-9);
        assertEquals(100.0, t.intervalMillis(1.0), 1e-9);
        // the ring forgets the oldest: 100 more frames of 16 ms
        for (int i = 0; i < 100; i++) {
            now += 16 * MS;
            t.frameStart(now);
            t.frameEnd(i);
        }
        assertEquals(16.0, t.intervalMillis(1.0), 1e-9);
        assertTrue(t.summary().contains("p50=16.00"), t.summary());
    }

    @Test
    void restartDoesNotCountTheGap() {
        FrameTimer t = new FrameTimer(10);
        t.frameStart(16 * MS);
        t.frameEnd(0);
        t.frameStart(32 * MS);
        t.frameEnd(0);
        t.restart();
        t.frameStart(10_000 * MS);
        t.frameEnd(0);
        assertEquals(1, t.count());
        assertEquals(16.0, t.intervalMillis(1.0), 1e-9);
    }
}
