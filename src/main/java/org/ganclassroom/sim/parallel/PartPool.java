package org.ganclassroom.sim.parallel;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;

/**
 * A {@link PartRunner} with a fixed number of helper threads (daemons) that take parts alongside the calling thread:
 * the caller claims parts too, so {@code helpers} = 1 runs two parts at once. One computation at a time: a caller that
 * finds the pool busy (another simulation's measurement) runs its parts itself, which gives the same results.
 * Allocates nothing per call. Close it to stop the helpers.
 */
public final class PartPool implements PartRunner, AutoCloseable {
    /**
     * How long a caller waits for the other parts spinning before it parks: they usually finish within tens of
     * microseconds of its own, and waking a parked thread costs about that much again.
     */
    private static final long CALLER_SPIN_NANOS = 250_000;
    /**
     * How long an idle helper spins for the next computation before it parks, unless the pool was made with another
     * value: a measurement's second step starts microseconds after its first, and the next measurement one training
     * step later, so a parked helper would be woken twice a measurement, each wake-up
     * adding to the measurement's wall time (docs/PERFORMANCE.md, {@code HandoffLatency}).
     */
    public static final long DEFAULT_LINGER_NANOS = 500_000;
    /** More parts than this run on the caller (the cursor holds the count in 16 bits). */
    private static final int MAX_PARTS = 0xFFFF;

    private final Thread[] helpers;
    private final long lingerNanos;
    private final ReentrantLock busy = new ReentrantLock();
    /**
     * The computation's number (high 32 bits), its part count (16 bits) and its next unclaimed part (low 16 bits), in
     * one word, so that a helper still leaving one computation, or holding the task of the next, claims nothing.
     */
    private final AtomicLong cursor = new AtomicLong();
    private final AtomicInteger finished = new AtomicInteger();
    private volatile int generation;
    private volatile boolean closed;
    private volatile IntConsumer task;
    private volatile Thread waiter;
    private volatile Throwable failure;

    /**
     * A pool of {@code helpers} ≥ 0 helper threads named {@code name-1}, {@code name-2}, …, each spinning
     * {@link #DEFAULT_LINGER_NANOS} for more work before it parks.
     */
    public PartPool(int helpers, String name) {
        this(helpers, name, DEFAULT_LINGER_NANOS);
    }

    /**
     * A pool whose idle helpers spin {@code lingerNanos} ≥ 0 for the next computation before they park (0: park at
     * once). Spinning holds a core, so give a pool helpers only where a core is spare.
     */
    public PartPool(int helpers, String name, long lingerNanos) {
        if (helpers < 0) {
            throw new IllegalArgumentException("helpers must be ≥ 0, got " + helpers);
        }
        if (lingerNanos < 0) {
            throw new IllegalArgumentException("lingerNanos must be ≥ 0, got " + lingerNanos);
        }
        this.lingerNanos = lingerNanos;
        this.helpers = new Thread[helpers];
        for (int h = 0; h < helpers; h++) {
            Thread t = new Thread(this::work, name + "-" + (h + 1));
            t.setDaemon(true);
            this.helpers[h] = t;
            t.start();
        }
    }

    /**
     * A pool with one helper per core left over once {@code busyThreads} threads have one each, at most
     * {@code maxHelpers} (so possibly none: then every part runs on its caller).
     */
    public static PartPool spareCores(int busyThreads, int maxHelpers, String name) {
        int spare = Runtime.getRuntime().availableProcessors() - busyThreads;
        return new PartPool(Math.max(0, Math.min(maxHelpers, spare)), name);
    }

    /** Helper threads (not counting the caller). */
    public int helpers() {
        return helpers.length;
    }

    @Override
    public void run(int count, IntConsumer part) {
        // a part that itself runs parts (the lock is reentrant) runs them on its own thread too
        if (helpers.length == 0 || count < 2 || count > MAX_PARTS || closed || busy.isHeldByCurrentThread()
                || !busy.tryLock()) {
            PartRunner.currentThread().run(count, part);
            return;
        }
        try {
            failure = null;
            task = part;
            finished.set(0);
            waiter = Thread.currentThread();
            int g = generation + 1;
            cursor.set((long) g << 32 | (long) count << 16);
            generation = g;
            for (Thread h : helpers) {
                LockSupport.unpark(h);
            }
            claim(g, part);
            long parkAfter = System.nanoTime() + CALLER_SPIN_NANOS;
            while (finished.get() < count) {
                if (System.nanoTime() - parkAfter < 0) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            task = null;
            Throwable t = failure;
            if (t != null) {
                failure = null;
                if (t instanceof RuntimeException e) {
                    throw e;
                }
                if (t instanceof Error e) {
                    throw e;
                }
                throw new IllegalStateException(t);
            }
        } finally {
            busy.unlock();
        }
    }

    /** Runs parts until none is left unclaimed; the thread that finishes the last one wakes the caller. */
    private void claim(int g, IntConsumer part) {
        while (true) {
            long c = cursor.get();
            int p = (int) c & 0xFFFF;
            int count = (int) (c >>> 16) & 0xFFFF;
            if ((int) (c >>> 32) != g || p >= count) {
                return;
            }
            if (!cursor.compareAndSet(c, c + 1)) {
                continue;
            }
            try {
                part.accept(p);
            } catch (Throwable t) {
                if (failure == null) {
                    failure = t;
                }
            }
            if (finished.incrementAndGet() == count) {
                LockSupport.unpark(waiter);
            }
        }
    }

    private void work() {
        // not the field's current value: a computation may have started before this thread did
        int seen = 0;
        long parkAfter = System.nanoTime() + lingerNanos;
        while (!closed) {
            int now = generation;
            if (now == seen) {
                if (System.nanoTime() - parkAfter < 0) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
                continue;
            }
            seen = now;
            IntConsumer part = task;
            if (part != null) {
                claim(now, part);
            }
            parkAfter = System.nanoTime() + lingerNanos;
        }
    }

    /** Stops the helpers (idempotent); later calls run their parts on the caller's thread. */
    @Override
    public void close() {
        closed = true;
        for (Thread h : helpers) {
            LockSupport.unpark(h);
        }
    }
}
