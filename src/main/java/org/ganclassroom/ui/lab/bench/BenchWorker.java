package org.ganclassroom.ui.lab.bench;

/**
 * Where the benchmark's trials run: a background thread in the app (the FX thread never waits on it); tests may run
 * them on the calling thread, or hold them to cancel them at a chosen moment.
 */
@FunctionalInterface
public interface BenchWorker {
    /** Starts {@code job}; the returned handle cancels it by interrupting the thread it runs on. */
    Cancel start(Runnable job);

    /** Cancels a started job. */
    @FunctionalInterface
    interface Cancel {
        void cancel();
    }

    /** One daemon thread per run, so closing the window never waits for a benchmark. */
    BenchWorker THREADED = job -> {
        Thread t = new Thread(job, "bench-run");
        t.setDaemon(true);
        t.start();
        return t::interrupt;
    };

    /** Runs the job before returning (tests). */
    BenchWorker CURRENT_THREAD = job -> {
        job.run();
        return () -> { };
    };
}
