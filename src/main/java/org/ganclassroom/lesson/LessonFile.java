package org.ganclassroom.lesson;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What one lesson file parsed to: a usable {@link Lesson}, or the problems that make it a {@link BrokenLesson}.
 *
 * @param file     the file
 * @param id       the id from the front matter if readable, else null
 * @param title    the title from the front matter if readable, else the file name
 * @param order    the order from the front matter if readable, else {@link Integer#MAX_VALUE}
 * @param lesson   the lesson when there are no problems, else null
 * @param problems what is wrong, in file order; empty for a good lesson
 */
public record LessonFile(Path file, String id, String title, int order, Lesson lesson,
                         List<LessonProblem> problems) {
    public LessonFile {
        problems = List.copyOf(problems);
        if ((lesson == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a lesson file has either a lesson or problems");
        }
    }

    public boolean ok() {
        return lesson != null;
    }

    public Optional<Lesson> asLesson() {
        return Optional.ofNullable(lesson);
    }

    /** The error card for this file (also for a good file, which has no problems then). */
    public BrokenLesson broken() {
        return new BrokenLesson(file, title, order, problems);
    }

    /** This file with more problems (e.g. a duplicate id found across the folder): it is broken then. */
    LessonFile withProblems(List<LessonProblem> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<LessonProblem> all = new java.util.ArrayList<>(problems);
        all.addAll(more);
        all.sort(java.util.Comparator.comparingInt(LessonProblem::line));
        return new LessonFile(file, id, title, order, null, all);
    }
}
