package org.ganclassroom.ui.progress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One bad field in progress.json costs that field only; the notice names it and the original is kept. */
class ProgressSalvageTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream warnings = new ByteArrayOutputStream();

    private ProgressStore store() {
        return new ProgressStore(dir, new PrintStream(warnings, true, StandardCharsets.UTF_8));
    }

    private List<String> names() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void badFieldsAreDroppedAndNamedTheRestIsKept() throws Exception {
        String original = """
                {"visitedLessons": ["intro", 42, "minimax", " "], "completedLessons": ["intro"],
                 "quizBest": {"correct": 9, "total": 5}, "quizLast": {"correct": 2, "total": 5},
                 "speedRoundBest": "x", "lastLesson": "minimax"}""";
        Files.writeString(dir.resolve("progress.json"), original);
        ProgressStore s = store();

        Progress p = s.get();
        assertEquals(Set.of("intro", "minimax"), p.visitedLessons());
        assertEquals(Set.of("intro"), p.completedLessons());
        assertNull(p.quizBest());
        assertEquals(new QuizScore(2, 5), p.quizLast());
        assertEquals(0, p.speedRoundBest());
        assertEquals("minimax", p.lastLesson());

        assertEquals(1, s.notices().size(), s.notices().toString());
        String notice = s.notices().get(0);
        assertTrue(notice.startsWith("progress.json"), notice);
        assertTrue(notice.contains("quizBest (9 right of 5 is more than the questions)"), notice);
        assertTrue(notice.contains("speedRoundBest (\"x\" is not a whole number of at least 0)"), notice);
        assertTrue(notice.contains("visitedLessons[1] (42 is not a lesson id)"), notice);
        assertTrue(notice.contains("visitedLessons[3]"), notice);
        assertTrue(!notice.contains("quizLast") && !notice.contains("completedLessons"), "valid fields are not named: " + notice);
        assertTrue(warnings.toString(StandardCharsets.UTF_8).contains("quizBest"), "and on stderr");

        List<String> files = names();
        String aside = files.stream().filter(n -> n.startsWith("progress.json.corrupt-")).findFirst().orElseThrow();
        assertEquals(original, Files.readString(dir.resolve(aside)), "the original is kept byte for byte");
        assertTrue(notice.contains(aside), notice);
        assertEquals(p, store().get(), "what was kept is saved, so the next start has it without a notice");
        assertEquals(List.of(), store().notices());
    }

    @Test
    void aNegativeOrFractionalBestIsDroppedNotClamped() throws Exception {
        Files.writeString(dir.resolve("progress.json"), "{\"speedRoundBest\": -3, \"visitedLessons\": [\"a\"]}");
        ProgressStore s = store();
        assertEquals(Set.of("a"), s.get().visitedLessons());
        assertTrue(s.notices().get(0).contains("speedRoundBest (-3 is not"), s.notices().toString());
        Files.writeString(dir.resolve("progress.json"), "{\"speedRoundBest\": 2.5, \"quizLast\": \"3/5\"}");
        s = store();
        assertTrue(s.notices().get(0).contains("speedRoundBest (2.5 is not"), s.notices().toString());
        assertTrue(s.notices().get(0).contains("quizLast (\"3/5\" is not a quiz score"), s.notices().toString());
    }

    @Test
    void aListThatIsNotAListIsDroppedWhole() throws Exception {
        Files.writeString(dir.resolve("progress.json"), "{\"completedLessons\": \"intro\", \"speedRoundBest\": 4}");
        ProgressStore s = store();
        assertEquals(4, s.get().speedRoundBest());
        assertEquals(Set.of(), s.get().completedLessons());
        assertTrue(s.notices().get(0).contains("completedLessons (\"intro\" is not a list of lesson ids)"), s.notices().toString());
    }
}
