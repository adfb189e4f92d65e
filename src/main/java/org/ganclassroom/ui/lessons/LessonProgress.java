package org.ganclassroom.ui.lessons;

/**
 * Which lessons a student has opened and finished, by lesson id. The persistent store is built elsewhere; the
 * integrator passes it to {@link LessonsPage#create}. {@link InMemoryLessonProgress} is for tests and as a default.
 */
public interface LessonProgress {
    boolean isVisited(String lessonId);

    boolean isCompleted(String lessonId);

    /** The lesson was opened. */
    void markVisited(String lessonId);

    /** The lesson was read to the end or marked complete by hand (implies visited). */
    void markCompleted(String lessonId);
}
