package org.ganclassroom.ui.lessons;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.ganclassroom.lesson.LessonBlock;

import java.util.Optional;

/** An inline quiz question: which choice was picked (-1 = none yet). Picking again is allowed. */
public final class QuizState {
    private final LessonBlock.Quiz quiz;
    private final ReadOnlyIntegerWrapper picked = new ReadOnlyIntegerWrapper(this, "picked", -1);

    public QuizState(LessonBlock.Quiz quiz) {
        this.quiz = quiz;
    }

    public LessonBlock.Quiz quiz() {
        return quiz;
    }

    public ReadOnlyIntegerProperty pickedProperty() {
        return picked.getReadOnlyProperty();
    }

    public void pick(int choice) {
        if (choice < 0 || choice >= quiz.choices().size()) {
            throw new IllegalArgumentException("no choice " + choice);
        }
        picked.set(choice);
    }

    public Optional<LessonBlock.QuizChoice> pickedChoice() {
        return picked.get() < 0 ? Optional.empty() : Optional.of(quiz.choices().get(picked.get()));
    }

    /** "Correct." / "Not quite." with the picked choice's explanation; empty before a pick. */
    public Optional<String> feedbackHeadline() {
        return pickedChoice().map(c -> c.correct() ? "Correct." : "Not quite.");
    }
}
