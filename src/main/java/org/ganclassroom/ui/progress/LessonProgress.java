package org.ganclassroom.ui.progress;

import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The part of the progress store the Lessons view uses: which lessons a student opened and finished.
 * Call on the FX thread. Every change is saved at once and fires {@link #progressProperty()}.
 */
public interface LessonProgress {
    /** Remembers that the lesson was opened. Ignores null/blank ids. */
    void markVisited(String lessonId);

    /** Remembers that the lesson was completed (which implies visited). Ignores null/blank ids. */
    void markCompleted(String lessonId);

    boolean isVisited(String lessonId);

    boolean isCompleted(String lessonId);

    /** The whole progress; a new value after every change (including a reset), so listeners can refresh. */
    ReadOnlyObjectProperty<Progress> progressProperty();
}
