package org.ganclassroom.ui.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A save of the progress killed at every point: before each of its file operations in turn, and in the middle of
 * each write ({@link CrashingFileSystem}), with state k on disk and state k+1 being saved. Each time the file
 * must hold state k or k+1, whole, and the next start must load it without a warning. The points run out when
 * a save finishes before reaching its point, so every phase (temp file, write, flush, rename, folder flush) is
 * covered, whatever the save's steps are. {@link ProgressKillTest} kills real processes mid-burst.
 */
class ProgressCrashPointsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int STATE = 3;

    @TempDir
    Path dir;

    @Test
    void aSaveKilledAtAnyOfItsFileOperationsLeavesTheOldStateOrTheNewOneWhole() throws Exception {
        CrashingFileSystem fs = new CrashingFileSystem(FileSystems.getDefault());
        List<Integer> leftBehind = new ArrayList<>();
        for (int point = 0; ; point++) {
            Path folder = dir.resolve("point-" + point);
            ProgressStore before = quiet(folder);
            for (int i = 0; i < STATE; i++) {
                before.markVisited("lesson-" + i);
            }
            ProgressStore dying = new ProgressStore(fs.wrap(folder), new PrintStream(new ByteArrayOutputStream()));
            assertEquals(STATE, dying.get().visitedLessons().size(), "point " + point + ": loaded through the wrapper");
            fs.arm(point);
            dying.markVisited("lesson-" + STATE);
            boolean died = fs.disarm();

            int onDisk = stateIn(folder.resolve(ProgressStore.FILE_NAME), point);
            assertTrue(onDisk == STATE || onDisk == STATE + 1, "point " + point + ": the file holds state " + onDisk);
            ProgressStore next = quiet(folder);
            assertEquals(List.of(), next.notices(), "point " + point + ": the next start has nothing to warn about");
            assertEquals(onDisk, next.get().visitedLessons().size(), "point " + point);
            leftBehind.add(onDisk);
            if (!died) {
                assertEquals(STATE + 1, onDisk, "a save that was not killed is on disk");
                break;
            }
        }
        assertTrue(leftBehind.size() >= 5, "a save is several file operations: " + leftBehind);
        assertEquals(STATE, leftBehind.get(0), "killed before its first operation, the old state stays");
        assertTrue(leftBehind.subList(0, leftBehind.size() - 1).contains(STATE + 1),
                "some kills came after the rename, and they keep the new state: " + leftBehind);
        int firstNew = leftBehind.indexOf(STATE + 1);
        assertFalse(leftBehind.subList(firstNew, leftBehind.size()).contains(STATE),
                "once the new state is on disk no later kill brings back the old one: " + leftBehind);
        System.out.println("ProgressCrashPointsTest: state left by a kill at each point " + leftBehind);
    }

    private static ProgressStore quiet(Path folder) {
        return new ProgressStore(folder, new PrintStream(new ByteArrayOutputStream()));
    }

    /** k if the file holds exactly state k (lessons 0 … k-1 visited in order, the last one opened last). */
    private static int stateIn(Path file, int point) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        JsonNode p;
        try {
            p = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            return fail("point " + point + ": the file is not whole JSON (" + e.getOriginalMessage() + "): " + new String(bytes));
        }
        assertTrue(p != null && p.isObject(), "point " + point + ": the file is a whole JSON object: " + new String(bytes));
        JsonNode visited = p.get("visitedLessons");
        int k = visited.size();
        for (int i = 0; i < k; i++) {
            assertEquals("lesson-" + i, visited.get(i).asText(), "point " + point + ": lesson " + i);
        }
        assertEquals("lesson-" + (k - 1), p.get("lastLesson").asText(), "point " + point);
        return k;
    }
}
