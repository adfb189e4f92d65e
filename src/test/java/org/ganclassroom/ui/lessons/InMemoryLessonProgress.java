package org.ganclassroom.ui.lessons;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.ganclassroom.ui.progress.LessonProgress;
import org.ganclassroom.ui.progress.Progress;

import java.util.LinkedHashSet;
import java.util.Set;

/** Progress that lives as long as the app (nothing is saved); for tests and as a fallback. */
public final class InMemoryLessonProgress implements LessonProgress {
    private final ReadOnlyObjectWrapper<Progress> progress = new ReadOnlyObjectWrapper<>(Progress.empty());

    @Override
    public boolean isVisited(String lessonId) {
        return progress.get().visitedLessons().contains(lessonId) || isCompleted(lessonId);
    }

    @Override
    public boolean isCompleted(String lessonId) {
        return progress.get().completedLessons().contains(lessonId);
    }

    @Override
    public void markVisited(String lessonId) {
        Progress p = progress.get();
        progress.set(new Progress(add(p.visitedLessons(), lessonId), p.completedLessons(), p.quizBest(),
                p.quizLast(), p.speedRoundBest(), lessonId));
    }

    @Override
    public void markCompleted(String lessonId) {
        Progress p = progress.get();
        progress.set(new Progress(add(p.visitedLessons(), lessonId), add(p.completedLessons(), lessonId),
                p.quizBest(), p.quizLast(), p.speedRoundBest(), p.lastLesson()));
    }

    @Override
    public ReadOnlyObjectProperty<Progress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    private static Set<String> add(Set<String> ids, String id) {
        Set<String> out = new LinkedHashSet<>(ids);
        out.add(id);
        return out;
    }
}
