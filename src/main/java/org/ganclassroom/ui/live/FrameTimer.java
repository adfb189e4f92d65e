package org.ganclassroom.ui.live;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;

/**
 * Frame-to-frame times of the simulator's animation timer in a ring buffer (no allocation per frame), plus the
 * time each frame spent updating and drawing. With the system property {@code ganclassroom.frameLog=FILE} it
 * (or the environment variable {@code GANCLASSROOM_FRAME_LOG=FILE}) appends p50/p95/p99/max of the last window to
 * FILE every few seconds (with the step and heap in use), and the percentiles of every interval since the first
 * minute of frames (the "steady" part of a run, once the JIT has compiled the drawing code), from a histogram
 * of 0.1 ms bins.
 */
public final class FrameTimer {
    public static final String LOG_PROPERTY = "ganclassroom.frameLog";
    /** The same as an environment variable, for launchers that cannot pass -D (e.g. {@code mvn javafx:run}). */
    public static final String LOG_ENV = "GANCLASSROOM_FRAME_LOG";
    private static final long LOG_EVERY_NANOS = 5_000_000_000L;
    private static final long STEADY_AFTER_NANOS = 60_000_000_000L;
    private static final long BIN_NANOS = 100_000L;

    private final long[] intervals;
    private final long[] work;
    private final long[] sorted;
    private int next;
    private int count;
    private long last;
    private long workStart;
    private long pendingInterval;
    private long lastLog;
    private long framesSinceLog;
    private final Path logFile;
    private final long steadyAfter;
    /** Intervals after the first {@code steadyAfter} of frames, in 0.1 ms bins; the last bin takes all longer ones. */
    private final long[] steadyBins = new long[2_000];
    private long steadyCount;
    private long framedNanos;

    public FrameTimer(int capacity) {
        this(capacity, STEADY_AFTER_NANOS);
    }

    /** {@code steadyAfterNanos}: how much frame time (pauses not counted) passes before the steady histogram starts. */
    FrameTimer(int capacity, long steadyAfterNanos) {
        steadyAfter = steadyAfterNanos;
        intervals = new long[capacity];
        work = new long[capacity];
        sorted = new long[capacity];
        String p = System.getProperty(LOG_PROPERTY, System.getenv(LOG_ENV));
        logFile = p == null || p.isBlank() ? null : Path.of(p);
    }

    /** Call at the start of a frame with the timer's timestamp. */
    public void frameStart(long now) {
        pendingInterval = last != 0 ? now - last : 0;
        last = now;
        workStart = System.nanoTime();
    }

    /** Call when the frame's work is done; {@code step} is only for the log. */
    public void frameEnd(long step) {
        if (pendingInterval > 0) {
            long interval = pendingInterval;
            intervals[next] = interval;
            work[next] = System.nanoTime() - workStart;
            pendingInterval = 0;
            next = (next + 1) % intervals.length;
            count = Math.min(count + 1, intervals.length);
            framesSinceLog++;
            if (framedNanos >= steadyAfter) {
                steadyBins[(int) Math.min(steadyBins.length - 1, interval / BIN_NANOS)]++;
                steadyCount++;
            }
            framedNanos += interval;
        }
        if (logFile != null) {
            long now = System.nanoTime();
            if (lastLog == 0) {
                lastLog = now;
            } else if (now - lastLog >= LOG_EVERY_NANOS) {
                writeLog(step, now);
                lastLog = now;
                framesSinceLog = 0;
            }
        }
    }

    /** Forget the last timestamp (after a pause or while hidden), so the gap is not counted. */
    public void restart() {
        last = 0;
    }

    public int count() {
        return count;
    }

    /** Percentile (0..1) of the recorded frame intervals in milliseconds; NaN when none. */
    public double intervalMillis(double q) {
        return percentile(intervals, q);
    }

    /** Intervals counted in the steady histogram (those after the first minute of frames). */
    public long steadyCount() {
        return steadyCount;
    }

    /**
     * Percentile (0..1) of every interval after the first minute of frames, in milliseconds: the upper edge of the
     * 0.1 ms bin that holds it (so never below the true value); NaN when none.
     */
    public double steadyIntervalMillis(double q) {
        if (steadyCount == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(q * steadyCount));
        long seen = 0;
        for (int b = 0; b < steadyBins.length; b++) {
            seen += steadyBins[b];
            if (seen >= rank) {
                return (b + 1) * BIN_NANOS / 1e6;
            }
        }
        return steadyBins.length * BIN_NANOS / 1e6;
    }

    /** Percentile (0..1) of the per-frame update+draw time in milliseconds; NaN when none. */
    public double workMillis(double q) {
        return percentile(work, q);
    }

    private double percentile(long[] source, double q) {
        if (count == 0) {
            return Double.NaN;
        }
        int start = (next - count + source.length) % source.length;
        for (int i = 0; i < count; i++) {
            sorted[i] = source[(start + i) % source.length];
        }
        Arrays.sort(sorted, 0, count);
        int idx = (int) Math.min(count - 1, Math.max(0, Math.ceil(q * count) - 1));
        return sorted[idx] / 1e6;
    }

    /** One line: "frames=… p50=… p95=… p99=… max=… ms | work p50=… p99=… max=… ms". */
    public String summary() {
        return String.format(Locale.ROOT, "frames=%d interval p50=%.2f p95=%.2f p99=%.2f max=%.2f ms | "
                        + "update+draw p50=%.2f p99=%.2f max=%.2f ms", count, intervalMillis(0.5),
                intervalMillis(0.95), intervalMillis(0.99), intervalMillis(1.0), workMillis(0.5), workMillis(0.99),
                workMillis(1.0));
    }

    private void writeLog(long step, long now) {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        String line = String.format(Locale.ROOT, "t=%ds step=%d fps=%.1f %s heapUsed=%.1fMB | steady frames=%d "
                        + "p50=%.1f p95=%.1f p99=%.1f p99.9=%.1f ms%n",
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000, step,
                framesSinceLog / ((now - lastLog) / 1e9), summary(), heap.getUsed() / 1048576.0, steadyCount,
                steadyIntervalMillis(0.5), steadyIntervalMillis(0.95), steadyIntervalMillis(0.99),
                steadyIntervalMillis(0.999));
        try {
            Files.writeString(logFile, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("gan-classroom: cannot write the frame log " + logFile + ": " + e.getMessage());
        }
    }
}
