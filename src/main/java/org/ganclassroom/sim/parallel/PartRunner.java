package org.ganclassroom.sim.parallel;

import java.util.function.IntConsumer;

/**
 * Runs the parts 0 … count − 1 of one computation, each once, and returns when all have finished. The parts must be
 * independent (each writes only its own memory), so their results do not depend on which thread runs which part, nor
 * in what order: a computation split into a fixed number of parts gives the same bits through any runner. An
 * exception thrown by a part is rethrown by {@link #run} after the others have finished.
 */
public interface PartRunner {
    /** Runs part.accept(p) for every p in [0, count); returns once all have returned. */
    void run(int count, IntConsumer part);

    /** The runner that runs every part on the calling thread, in order (tests, and hosts without a spare core). */
    static PartRunner currentThread() {
        return CurrentThread.INSTANCE;
    }

    /** Runs the parts in order on the caller's thread. */
    enum CurrentThread implements PartRunner {
        INSTANCE;

        @Override
        public void run(int count, IntConsumer part) {
            for (int p = 0; p < count; p++) {
                part.accept(p);
            }
        }
    }
}
