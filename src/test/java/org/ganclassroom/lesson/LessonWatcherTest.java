package org.ganclassroom.lesson;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LessonWatcherTest {
    @TempDir
    Path dir;

    /** Waits for the next change of a given file, ignoring changes of others. */
    private static LessonWatcher.Change next(BlockingQueue<LessonWatcher.Change> changes, Path file)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            LessonWatcher.Change c = changes.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (c != null && c.file().equals(file)) {
                return c;
            }
        }
        return null;
    }

    @Test
    void reportsAnEditedLessonFreshlyParsed() throws Exception {
        Path file = dir.resolve("01-a.md");
        Files.writeString(file, LessonLoaderTest.lesson("a", "Old", 1, "text\n"));
        BlockingQueue<LessonWatcher.Change> changes = new LinkedBlockingQueue<>();
        try (LessonWatcher watcher = LessonWatcher.start(dir, Duration.ofMillis(100), changes::add)) {
            long t0 = System.nanoTime();
            Files.writeString(file, LessonLoaderTest.lesson("a", "New", 1, "text\n"));
            LessonWatcher.Change c = next(changes, file);
            assertNotNull(c, "no change reported");
            assertEquals("New", c.result().orElseThrow().lesson().title());
            assertEquals("New", c.course().lessons().get(0).title());
            // the first parse loads JLaTeXMath; allow for that and a slow machine, but report the time
            assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(3), "took too long");

            Files.writeString(file, LessonLoaderTest.lesson("a", "New", 1, "```quiz\nquestion: q\n```\n"));
            c = next(changes, file);
            assertNotNull(c, "no change reported for the broken edit");
            assertFalse(c.result().orElseThrow().ok());
            assertEquals(1, c.course().broken().size());

            Path added = dir.resolve("02-b.md");
            Files.writeString(added, LessonLoaderTest.lesson("b", "B", 2, "text\n"));
            c = next(changes, added);
            assertNotNull(c, "no change reported for a new file");
            assertTrue(c.result().orElseThrow().ok());

            Files.delete(added);
            c = next(changes, added);
            assertNotNull(c, "no change reported for a deleted file");
            assertTrue(c.deleted());
            assertTrue(watcher.isRunning());
        }
    }

    @Test
    void closeStopsTheThread() throws Exception {
        LessonWatcher watcher = LessonWatcher.start(dir, c -> { });
        assertTrue(watcher.isRunning());
        watcher.close();
        assertFalse(watcher.isRunning());
    }
}
