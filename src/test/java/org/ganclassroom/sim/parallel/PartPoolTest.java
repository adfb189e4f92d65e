package org.ganclassroom.sim.parallel;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartPoolTest {
    /** Thousands of computations back to back: no part is skipped or run twice, none leaks into the next. */
    @Test
    void everyPartRunsExactlyOnceInEveryComputation() {
        everyPartRunsOnce(PartPool.DEFAULT_LINGER_NANOS);
    }

    /** The same with helpers that park as soon as they are idle, so every computation has to wake them. */
    @Test
    void helpersThatParkAtOnceToo() {
        everyPartRunsOnce(0);
    }

    @Test
    void aNegativeLingerIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PartPool(1, "p", -1));
        assertEquals("lingerNanos must be ≥ 0, got -1", e.getMessage());
    }

    private static void everyPartRunsOnce(long lingerNanos) {
        try (PartPool pool = new PartPool(2, "test-pool", lingerNanos)) {
            for (int round = 0; round < 20_000; round++) {
                int count = 1 + round % 5;
                AtomicIntegerArray runs = new AtomicIntegerArray(count);
                pool.run(count, runs::incrementAndGet);
                for (int p = 0; p < count; p++) {
                    assertEquals(1, runs.get(p), "round " + round + ", part " + p);
                }
            }
        }
    }

    /** Part 0 can only finish once part 1 has started: the pool runs them at once. */
    @Test
    void aHelperRunsAPartAtTheSameTimeAsTheCaller() throws InterruptedException {
        try (PartPool pool = new PartPool(1, "test-pool")) {
            CountDownLatch bothStarted = new CountDownLatch(2);
            boolean[] met = new boolean[2];
            pool.run(2, p -> {
                bothStarted.countDown();
                try {
                    met[p] = bothStarted.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertTrue(met[0] && met[1], "the two parts never ran at once");
        }
    }

    @Test
    void aFailingPartIsRethrownAfterTheOthersAndThePoolGoesOn() {
        try (PartPool pool = new PartPool(1, "test-pool")) {
            AtomicIntegerArray runs = new AtomicIntegerArray(3);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> pool.run(3, p -> {
                runs.incrementAndGet(p);
                if (p == 1) {
                    throw new IllegalStateException("part 1 broke");
                }
            }));
            assertEquals("part 1 broke", e.getMessage());
            assertEquals(1, runs.get(0) + runs.get(2) - 1, "the other parts ran");
            AtomicIntegerArray again = new AtomicIntegerArray(2);
            pool.run(2, again::incrementAndGet);
            assertEquals(1, again.get(0));
            assertEquals(1, again.get(1));
        }
    }

    /** Two callers at once (two simulations): the one that finds the pool busy runs its own parts. */
    @Test
    void twoCallersAtOnceEachGetAllTheirParts() throws InterruptedException {
        try (PartPool pool = new PartPool(1, "test-pool")) {
            int rounds = 5_000;
            AtomicIntegerArray[] seen = {new AtomicIntegerArray(rounds * 3), new AtomicIntegerArray(rounds * 3)};
            Thread[] callers = new Thread[2];
            for (int c = 0; c < 2; c++) {
                AtomicIntegerArray mine = seen[c];
                callers[c] = new Thread(() -> {
                    for (int r = 0; r < rounds; r++) {
                        int base = 3 * r;
                        pool.run(3, p -> mine.incrementAndGet(base + p));
                    }
                });
                callers[c].start();
            }
            for (Thread t : callers) {
                t.join(60_000);
            }
            for (AtomicIntegerArray s : seen) {
                for (int k = 0; k < s.length(); k++) {
                    assertEquals(1, s.get(k), "part " + k);
                }
            }
        }
    }

    /** A part that runs parts of its own gets them all, and its computation's other parts still run once. */
    @Test
    void partsWithinAPartRunOnce() {
        try (PartPool pool = new PartPool(1, "test-pool")) {
            AtomicIntegerArray outer = new AtomicIntegerArray(2);
            AtomicIntegerArray inner = new AtomicIntegerArray(6);
            pool.run(2, p -> {
                pool.run(3, q -> inner.incrementAndGet(3 * p + q));
                outer.incrementAndGet(p);
            });
            for (int k = 0; k < 6; k++) {
                assertEquals(1, inner.get(k), "inner part " + k);
            }
            assertEquals(1, outer.get(0));
            assertEquals(1, outer.get(1));
        }
    }

    @Test
    void aClosedPoolRunsThePartsOnTheCaller() {
        PartPool pool = new PartPool(1, "test-pool");
        pool.close();
        Thread caller = Thread.currentThread();
        boolean[] onCaller = new boolean[2];
        pool.run(2, p -> onCaller[p] = Thread.currentThread() == caller);
        assertTrue(onCaller[0] && onCaller[1]);
    }
}
