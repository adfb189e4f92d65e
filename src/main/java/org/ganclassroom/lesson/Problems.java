package org.ganclassroom.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file. */
final class Problems {
    private final Path file;
    private final List<LessonProblem> list = new ArrayList<>();

    Problems(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    void add(int line, String message) {
        list.add(new LessonProblem(file, line, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    List<LessonProblem> list() {
        return List.copyOf(list);
    }
}
