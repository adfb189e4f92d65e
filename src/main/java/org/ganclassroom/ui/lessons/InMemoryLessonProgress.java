package org.ganclassroom.ui.lessons;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Progress that lives as long as the app (nothing is saved). */
public final class InMemoryLessonProgress implements LessonProgress {
    private final Set<String> visited = ConcurrentHashMap.newKeySet();
    private final Set<String> completed = ConcurrentHashMap.newKeySet();

    @Override
    public boolean isVisited(String lessonId) {
        return visited.contains(lessonId) || completed.contains(lessonId);
    }

    @Override
    public boolean isCompleted(String lessonId) {
        return completed.contains(lessonId);
    }

    @Override
    public void markVisited(String lessonId) {
        visited.add(lessonId);
    }

    @Override
    public void markCompleted(String lessonId) {
        visited.add(lessonId);
        completed.add(lessonId);
    }
}
