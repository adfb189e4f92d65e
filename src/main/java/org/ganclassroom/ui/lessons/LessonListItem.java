package org.ganclassroom.ui.lessons;

import org.ganclassroom.lesson.BrokenLesson;
import org.ganclassroom.lesson.Lesson;

/**
 * One row of the lesson list: a good lesson (with its progress marks) or a broken one.
 *
 * @param key stable identity across reloads: the lesson id, or {@code broken:<file>}
 */
public record LessonListItem(String key, int order, String title, Lesson lesson, BrokenLesson broken,
                             boolean visited, boolean completed) {

    static LessonListItem of(Lesson l, LessonProgress progress) {
        return new LessonListItem(l.id(), l.order(), l.title(), l, null, progress.isVisited(l.id()),
                progress.isCompleted(l.id()));
    }

    static LessonListItem of(BrokenLesson b) {
        return new LessonListItem("broken:" + b.file(), b.order(), b.title(), null, b, false, false);
    }

    public boolean isBroken() {
        return broken != null;
    }

    /** What the row's icon says, also its tooltip and accessible text. */
    public String status() {
        if (isBroken()) {
            return "This lesson has " + broken.problems().size() + " problem" + (broken.problems().size() == 1 ? "" : "s");
        }
        return completed ? "Completed" : visited ? "Visited" : "Not opened yet";
    }
}
