package org.ganclassroom.lesson;

import java.nio.file.Path;

/** Something wrong in a lesson file, at a 1-based line (0 when it concerns the whole file). */
public record LessonProblem(Path file, int line, String message) {
    /** {@code file:line: message}, the form editors and {@code check-lessons} use. */
    public String format() {
        return file + ":" + line + ": " + message;
    }
}
