package org.ganclassroom.lesson;

import java.nio.file.Path;
import java.util.List;

/**
 * One lesson, loaded from one file in {@code lessons/}.
 *
 * @param id         unique id from the front matter (lower-case, digits and dashes)
 * @param title      shown in the lesson list and as the heading
 * @param order      position in the course (ascending)
 * @param objectives what a student can do after the lesson
 * @param file       where it was loaded from (a classpath copy has a pseudo path)
 * @param sections   the lesson split at its level-2 headings; presenter mode steps through these
 */
public record Lesson(String id, String title, int order, List<String> objectives, Path file,
                     List<LessonSection> sections) {
    public Lesson {
        objectives = List.copyOf(objectives);
        sections = List.copyOf(sections);
    }
}
