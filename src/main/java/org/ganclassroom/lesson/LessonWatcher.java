package org.ganclassroom.lesson;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Watches a lessons folder (and its {@code images/} folder) and reports each edited lesson, freshly parsed, a
 * short quiet time after the last write (editors save in several steps). Runs on one daemon thread; the listener
 * is called on that thread, so a UI must hand the change over to its own thread.
 */
public final class LessonWatcher implements AutoCloseable {
    /** The quiet time after the last event before a file is parsed. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(150);

    /**
     * One change.
     *
     * @param file   the file that changed (a lesson, an image, or the folder itself when events were lost)
     * @param result the file parsed again, if it is a lesson file that still exists
     * @param course the whole folder loaded again (ids are checked across files, images may have appeared)
     */
    public record Change(Path file, Optional<LessonFile> result, Course course) {
        /** Whether the file was a lesson that has been deleted or renamed away. */
        public boolean deleted() {
            return result.isEmpty() && !Files.exists(file);
        }
    }

    /** Receives changes, on the watcher thread. */
    @FunctionalInterface
    public interface Listener {
        void changed(Change change);
    }

    private final Path dir;
    private final Duration debounce;
    private final Listener listener;
    private final WatchService service;
    private final Thread thread;
    private volatile boolean running = true;

    private LessonWatcher(Path dir, Duration debounce, Listener listener) throws IOException {
        this.dir = dir;
        this.debounce = debounce;
        this.listener = listener;
        this.service = dir.getFileSystem().newWatchService();
        register(dir);
        Path images = dir.resolve("images");
        if (Files.isDirectory(images)) {
            register(images);
        }
        thread = new Thread(this::loop, "lesson-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    public static LessonWatcher start(Path dir, Listener listener) throws IOException {
        return start(dir, DEFAULT_DEBOUNCE, listener);
    }

    public static LessonWatcher start(Path dir, Duration debounce, Listener listener) throws IOException {
        return new LessonWatcher(dir, debounce, listener);
    }

    private void register(Path folder) throws IOException {
        folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
    }

    private void loop() {
        Map<Path, Long> pending = new LinkedHashMap<>();
        try {
            while (running) {
                long now = System.nanoTime();
                long wait = pending.isEmpty() ? 500
                        : Math.max(1, TimeUnit.NANOSECONDS.toMillis(
                                pending.values().stream().min(Long::compare).orElse(now) - now));
                WatchKey key = service.poll(wait, TimeUnit.MILLISECONDS);
                if (key != null) {
                    collect(key, pending);
                }
                now = System.nanoTime();
                List<Path> due = new ArrayList<>();
                for (Map.Entry<Path, Long> e : pending.entrySet()) {
                    if (e.getValue() <= now) {
                        due.add(e.getKey());
                    }
                }
                if (!due.isEmpty() && running) {
                    due.forEach(pending::remove);
                    fire(due);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private void collect(WatchKey key, Map<Path, Long> pending) {
        Path folder = (Path) key.watchable();
        long due = System.nanoTime() + debounce.toNanos();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                pending.put(dir, due);
                continue;
            }
            Path changed = folder.resolve((Path) event.context());
            String name = changed.getFileName().toString();
            if (folder.equals(dir) && name.equals("images") && Files.isDirectory(changed)) {
                try {
                    register(changed);
                } catch (IOException e) {
                    // images added later are then only seen with the next lesson edit
                }
            }
            boolean lesson = folder.equals(dir) && name.endsWith(".md") && !name.equalsIgnoreCase("README.md");
            if (lesson || !folder.equals(dir)) {
                pending.put(changed, due);
            }
        }
        key.reset();
    }

    private void fire(List<Path> files) {
        List<LessonFile> parsed;
        try {
            parsed = LessonLoader.parseFolder(dir);
        } catch (IOException e) {
            parsed = List.of();
        }
        Course course = LessonLoader.toCourse(parsed);
        for (Path file : files) {
            Optional<LessonFile> result = parsed.stream().filter(f -> f.file().equals(file)).findFirst();
            try {
                listener.changed(new Change(file, result, course));
            } catch (RuntimeException e) {
                // a failing listener must not stop the watcher
                System.err.println("lesson watcher: listener failed: " + e);
            }
        }
    }

    /** Stops watching; no listener call starts after this returns. */
    @Override
    public void close() {
        running = false;
        try {
            service.close();
        } catch (IOException e) {
            // already closed
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether the watcher thread still runs. */
    public boolean isRunning() {
        return thread.isAlive();
    }
}
