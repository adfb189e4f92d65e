package org.ganclassroom.lesson;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


/** The lessons in the repository's lessons/ folder pass check-lessons. */
class ShippedLessonsTest {
    @Test
    void shippedLessonsHaveNoProblems() throws Exception {
        Path dir = Path.of("lessons");
        assertTrue(Files.isDirectory(dir), "no lessons/ folder");
        List<Path> files = LessonLoader.lessonFiles(dir);
        assertFalse(files.isEmpty(), "no lesson files in lessons/");
        List<LessonFile> parsed = LessonLoader.parseFolder(dir);
        List<String> problems = parsed.stream().flatMap(f -> f.problems().stream()).map(LessonProblem::format)
                .toList();
        assertEquals(List.of(), problems, "run: java -jar target/gan-classroom.jar check-lessons");
        assertFalse(LessonLoader.toCourse(parsed).lessons().isEmpty());
    }
}
