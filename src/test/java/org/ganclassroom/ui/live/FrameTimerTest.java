package org.ganclassroom.ui.live;

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

    @Test
    void theSteadyHistogramHoldsEveryIntervalAfterTheWarmUpAndNoneBefore() {
        FrameTimer t = new FrameTimer(16, 1_000 * MS);
        long now = 7 * MS;
        t.frameStart(now);
        t.frameEnd(0);
        // warm-up: 20 frames of 50 ms (1 s of frames), none of them counted
        for (int i = 0; i < 20; i++) {
            now += 50 * MS;
            t.frameStart(now);
            t.frameEnd(0);
        }
        assertEquals(0, t.steadyCount());
        assertTrue(Double.isNaN(t.steadyIntervalMillis(0.99)));
        // then 1 000 frames: 985 of 16.65 ms, 10 of 19.95 ms, 5 of 300 ms (beyond the last bin)
        for (int i = 0; i < 1000; i++) {
            now += i < 985 ? 16_650_000L : i < 995 ? 19_950_000L : 300 * MS;
            t.frameStart(now);
            t.frameEnd(0);
        }
        // the ring (16 frames) has long forgotten what the histogram still holds
        assertEquals(1000, t.steadyCount());
        assertEquals(16.7, t.steadyIntervalMillis(0.5), 1e-9);
        assertEquals(16.7, t.steadyIntervalMillis(0.985), 1e-9);
        assertEquals(20.0, t.steadyIntervalMillis(0.99), 1e-9);
        assertEquals(200.0, t.steadyIntervalMillis(0.999), 1e-9);
        // a pause is not frame time: after restart() the gap is not an interval
        t.restart();
        t.frameStart(now + 5_000 * MS);
        t.frameEnd(0);
        assertEquals(1000, t.steadyCount());
    }
}
