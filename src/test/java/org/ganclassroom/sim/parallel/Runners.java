package org.ganclassroom.sim.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/** Part runners for tests: every part on its own pool thread at once, and the parts in reverse order. */
public final class Runners {
    private Runners() {
    }

    /**
     * Runs the parts on a fixed pool of {@code threads} threads, each part handed to the pool (never to the caller),
     * all submitted before any is waited for.
     */
    public static final class Threads implements PartRunner, AutoCloseable {
        private final ExecutorService pool;

        public Threads(int threads) {
            pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "test-part");
                t.setDaemon(true);
                return t;
            });
        }

        @Override
        public void run(int count, IntConsumer part) {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int p = 0; p < count; p++) {
                int which = p;
                tasks.add(() -> {
                    part.accept(which);
                    return null;
                });
            }
            try {
                for (Future<Void> f : pool.invokeAll(tasks)) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

    /** The parts on the caller's thread, last first. */
    public static final PartRunner REVERSED = (count, part) -> {
        for (int p = count - 1; p >= 0; p--) {
            part.accept(p);
        }
    };
}
