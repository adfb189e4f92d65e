package org.ganclassroom.lesson;

import java.nio.file.Path;
import java.util.List;

/**
 * A lesson file that could not be used: the app shows an error card with these problems in its place,
 * and every other lesson still works.
 *
 * @param title a title to list it under (from the front matter if readable, else the file name)
 * @param order its place in the list (from the front matter if readable, else last)
 */
public record BrokenLesson(Path file, String title, int order, List<LessonProblem> problems) {
    public BrokenLesson {
        problems = List.copyOf(problems);
    }
}
