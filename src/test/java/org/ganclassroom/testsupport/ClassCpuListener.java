package org.ganclassroom.testsupport;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Writes each test class's wall seconds and CPU seconds (this JVM plus the child processes it waited for) to the
 * file named by the system property {@code ganclassroom.testCpu}, one tab-separated line per class, so suite
 * cost can be compared before and after a change on a machine whose wall clock is skewed by other work.
 * Off unless that property is set; classes in one fork run one after another, so the deltas belong to the class.
 * Each line ends with the threads that took the most of that CPU (name=seconds), which shows work an earlier
 * class left running (a live simulator, an animation) charged to a later one.
 */
public final class ClassCpuListener implements TestExecutionListener {

    private static final Path PROC_SELF_STAT = Path.of("/proc/self/stat");

    private final Path out;
    private final Map<String, long[]> started = new ConcurrentHashMap<>();
    private final Map<String, Map<Long, Long>> threadsAtStart = new ConcurrentHashMap<>();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    public ClassCpuListener() {
        String file = System.getProperty("ganclassroom.testCpu", "");
        this.out = file.isBlank() ? null : Path.of(file);
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        if (out != null && isClass(id)) {
            started.put(id.getUniqueId(), new long[] {System.nanoTime(), cpuTicks()});
            threadsAtStart.put(id.getUniqueId(), threadCpu());
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (out == null || !isClass(id)) {
            return;
        }
        long[] start = started.remove(id.getUniqueId());
        if (start == null) {
            return;
        }
        double wall = (System.nanoTime() - start[0]) / 1e9;
        double cpu = (cpuTicks() - start[1]) / 100.0;
        String name = ((ClassSource) id.getSource().orElseThrow()).getClassName();
        String line = String.format(Locale.ROOT, "%s\t%.2f\t%.2f\t%s%n", name, wall, cpu,
                topThreads(threadsAtStart.remove(id.getUniqueId())));
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("ClassCpuListener: cannot write " + out + ": " + e.getMessage());
        }
    }

    private Map<Long, Long> threadCpu() {
        Map<Long, Long> cpu = new HashMap<>();
        for (long t : threads.getAllThreadIds()) {
            cpu.put(t, threads.getThreadCpuTime(t));
        }
        return cpu;
    }

    /** The threads that used at least a quarter of a CPU-second since {@code before}, most first. */
    private String topThreads(Map<Long, Long> before) {
        if (before == null) {
            return "";
        }
        Map<String, Long> used = new HashMap<>();
        threadCpu().forEach((t, now) -> {
            long delta = now - before.getOrDefault(t, 0L);
            ThreadInfo info = threads.getThreadInfo(t);
            if (now >= 0 && delta >= 250_000_000L && info != null) {
                used.merge(info.getThreadName().replaceAll("[0-9]+$", "#"), delta, Long::sum);
            }
        });
        return used.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> String.format(Locale.ROOT, "%s=%.1f", e.getKey(), e.getValue() / 1e9))
                .collect(Collectors.joining(" "));
    }

    private static boolean isClass(TestIdentifier id) {
        return id.getSource().filter(ClassSource.class::isInstance).isPresent();
    }

    /** utime + stime + cutime + cstime of this process, in clock ticks (USER_HZ, 100 on Linux). */
    private static long cpuTicks() {
        try {
            String stat = Files.readString(PROC_SELF_STAT);
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields after the command name start at field 3 (state): utime is field 14, so index 11
            return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
