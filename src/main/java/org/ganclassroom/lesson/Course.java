package org.ganclassroom.lesson;

import java.util.List;

/**
 * Everything loaded from a lessons folder: the good lessons in course order, and the broken ones with
 * their problems. The timeline, quiz and speed-round views draw their items from the good lessons' blocks.
 */
public record Course(List<Lesson> lessons, List<BrokenLesson> broken) {
    public Course {
        lessons = List.copyOf(lessons);
        broken = List.copyOf(broken);
    }

    /** Every block of a type across the course, in lesson order. */
    public <T extends LessonBlock> List<T> blocks(Class<T> type) {
        return lessons.stream()
                .flatMap(l -> l.sections().stream())
                .flatMap(s -> s.blocks().stream())
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }
}
