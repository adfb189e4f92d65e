package org.ganclassroom.ui.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * kill -9 during a burst of progress saves, 16 times: a child JVM ({@link ProgressBurstMain}) saves through the
 * real {@link ProgressStore} as fast as it can and is killed with SIGKILL ({@link ProcessHandle#destroyForcibly()}) at a
 * seeded random moment after its first save. After every kill the file must parse and hold exactly the last
 * state the child reported saved, or the one it was saving; the next child must load it without a warning.
 * Two folders are worked on side by side (8 kills each) to halve the wall time of the JVM starts. Which step of
 * the save a random kill lands in is chance: {@link ProgressCrashPointsTest} stops a save at every one of its file
 * operations in turn; this test proves the same of a real process killed by the kernel, and that the next start
 * reads what it left.
 */
class ProgressKillTest {
    private static final int KILLS_PER_LANE = 8;
    private static final long SEED = 19;
    private static final int MAX_DELAY_MS = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theFileIsAlwaysTheOldStateOrTheNewOneAfterAKill() throws Exception {
        CompletableFuture<List<Integer>> a = CompletableFuture.supplyAsync(() -> lane(dir.resolve("a"), SEED));
        CompletableFuture<List<Integer>> b = CompletableFuture.supplyAsync(() -> lane(dir.resolve("b"), SEED + 1));
        List<Integer> savesPerKill = new ArrayList<>(a.get(5, TimeUnit.MINUTES));
        savesPerKill.addAll(b.get(5, TimeUnit.MINUTES));
        assertEquals(2 * KILLS_PER_LANE, savesPerKill.size());
        assertTrue(savesPerKill.stream().allMatch(n -> n >= 1), "every kill hit a child that was saving");
    }

    /** Runs the kills on one folder; returns how many saves each child completed before its kill. */
    private static List<Integer> lane(Path folder, long seed) {
        try {
            Files.createDirectories(folder);
            Random random = new Random(seed);
            List<Integer> saves = new ArrayList<>();
            int expected = 0;
            for (int round = 0; round < KILLS_PER_LANE; round++) {
                Child child = Child.start(folder);
                assertEquals("loaded " + expected, child.line(), "round " + round + ": the child loaded the state left behind");
                String first = child.line();
                assertEquals("saved " + (expected + 1), first, "round " + round);
                Thread.sleep(random.nextInt(MAX_DELAY_MS + 1));
                assertTrue(child.process.isAlive(), "round " + round + ": the child was still saving when killed");
                // SIGKILL through the handle: Process.destroyForcibly() would also close our end of the child's
                // stdout and lose the last "saved" lines still in the pipe
                assertTrue(child.process.toHandle().destroyForcibly(), "round " + round + ": SIGKILL sent");
                assertTrue(child.process.waitFor(30, TimeUnit.SECONDS), "killed");
                int reported = expected + 1;
                for (String line = child.lineOrNull(); line != null; line = child.lineOrNull()) {
                    reported = Integer.parseInt(line.substring("saved ".length()));
                }
                assertEquals("", child.stderr(), "round " + round + ": no warnings");
                int onDisk = stateIn(folder.resolve(ProgressStore.FILE_NAME), round);
                if (onDisk != reported && onDisk != reported + 1) {
                    fail("round " + round + ": the file holds state " + onDisk + ", but the child had saved " + reported);
                }
                saves.add(onDisk - expected);
                expected = onDisk;
            }
            return saves;
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }

    /** k if the file holds exactly state k (lessons 0 … k-1 visited in order, the last one opened last). */
    private static int stateIn(Path file, int round) throws Exception {
        JsonNode p = JSON.readTree(Files.readAllBytes(file));
        assertNotNull(p, "round " + round + ": the file is not empty");
        JsonNode visited = p.get("visitedLessons");
        int k = visited.size();
        for (int i = 0; i < k; i++) {
            assertEquals("lesson-" + i, visited.get(i).asText(), "round " + round + ": lesson " + i);
        }
        assertEquals("lesson-" + (k - 1), p.get("lastLesson").asText(), "round " + round);
        assertEquals(0, p.get("completedLessons").size(), "round " + round);
        return k;
    }

    private record Child(Process process, LinkedBlockingQueue<String> lines, CompletableFuture<String> err) {
        private static final String EOF = "\u0000eof";

        static Child start(Path folder) throws Exception {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                    "-XX:-UsePerfData", "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                    ProgressBurstMain.class.getName(), folder.toString()).start();
            LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String l = in.readLine(); l != null; l = in.readLine()) {
                        lines.add(l);
                    }
                } catch (Exception ignored) {
                    // the pipe closes when the child dies
                }
                lines.add(EOF);
            });
            reader.setDaemon(true);
            reader.start();
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (Exception e) {
                    return e.toString();
                }
            });
            return new Child(p, lines, err);
        }

        String line() throws Exception {
            String l = lines.poll(60, TimeUnit.SECONDS);
            if (l == null || l.equals(EOF)) {
                process.destroyForcibly();
                fail("the child said nothing more; stderr: " + stderr());
            }
            return l;
        }

        String lineOrNull() throws Exception {
            String l = lines.poll(30, TimeUnit.SECONDS);
            return l == null || l.equals(EOF) ? null : l;
        }

        String stderr() throws Exception {
            return err.get(30, TimeUnit.SECONDS);
        }
    }
}
