package org.ganclassroom.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A scratch config folder for fuzzing, emptied before every try, on tmpfs when there is one (the stores flush
 * every write to disk, which on a real disk would cost most of the run), and a reader thread with a time bound.
 */
final class FuzzFolder implements AutoCloseable {
    static final long BOUND_SECONDS = 10;

    private final Path dir;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-reader");
        t.setDaemon(true);
        return t;
    });

    FuzzFolder() throws IOException {
        Path shm = Path.of("/dev/shm");
        dir = Files.isDirectory(shm) && Files.isWritable(shm)
                ? Files.createTempDirectory(shm, "gan-fuzz-") : Files.createTempDirectory("gan-fuzz-");
    }

    Path dir() {
        return dir;
    }

    /** Empties the folder and writes {@code bytes} as {@code name}. */
    Path fresh(String name, byte[] bytes) throws IOException {
        clear();
        return Files.write(dir.resolve(name), bytes);
    }

    List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    /** Runs the read on another thread: it must finish within the bound, and whatever it throws is a failure. */
    <T> T bounded(Supplier<T> read) {
        Future<T> f = reader.submit(read::get);
        try {
            return f.get(BOUND_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return fail("the read did not finish within " + BOUND_SECONDS + " s");
        } catch (Exception e) {
            return fail("an exception escaped the reader", e.getCause() == null ? e : e.getCause());
        }
    }

    private void clear() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.delete(p);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        reader.shutdownNow();
        clear();
        Files.deleteIfExists(dir);
    }
}
