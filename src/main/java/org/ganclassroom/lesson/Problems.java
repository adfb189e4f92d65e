package org.ganclassroom.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file, at most {@link #MAX} of them so a broken file cannot flood the output. */
final class Problems {
    static final int MAX = 200;
    private final Path file;
    private final List<LessonProblem> list = new ArrayList<>();

    Problems(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    void add(int line, String message) {
        if (list.size() < MAX) {
            list.add(new LessonProblem(file, line, shortLine(message)));
        } else if (list.size() == MAX) {
            list.add(new LessonProblem(file, line, "more than " + MAX + " problems in this file: the rest are not"
                    + " listed"));
        }
    }

    /** Longest message kept whole; messages quote the lesson, which may hold a very long word. */
    static final int MAX_MESSAGE = 400;

    /**
     * One line, and the middle of an overlong message cut out (its start and end say what and how to fix it), at
     * spaces where there are any near the cut, so a list loses whole names rather than halves of two.
     */
    static String shortLine(String message) {
        String one = message.replaceAll("[\\r\\n]+", " ");
        if (one.length() <= MAX_MESSAGE) {
            return one;
        }
        int headEnd = MAX_MESSAGE / 2;
        int tailStart = one.length() - MAX_MESSAGE / 2 + 3;
        int space = one.lastIndexOf(' ', headEnd);
        if (space > headEnd - 40) {
            headEnd = space;
        }
        space = one.indexOf(' ', tailStart);
        if (space >= 0 && space < tailStart + 40) {
            tailStart = space + 1;
        }
        return one.substring(0, headEnd) + " … " + one.substring(tailStart);
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
