package org.ganclassroom.ui.lessons;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.ganclassroom.lesson.LessonBlock;

import java.util.ArrayList;
import java.util.List;

/** An inline true/false self-check: the answer given to each statement (null = not answered). */
public final class TrueFalseState {
    private final LessonBlock.TrueFalse block;
    private final List<ObjectProperty<Boolean>> answers = new ArrayList<>();

    public TrueFalseState(LessonBlock.TrueFalse block) {
        this.block = block;
        for (int i = 0; i < block.statements().size(); i++) {
            answers.add(new SimpleObjectProperty<>(this, "answer" + i));
        }
    }

    public LessonBlock.TrueFalse block() {
        return block;
    }

    /** Read it, do not set it: use {@link #answer}. */
    public ObjectProperty<Boolean> answerProperty(int statement) {
        return answers.get(statement);
    }

    public void answer(int statement, boolean value) {
        answers.get(statement).set(value);
    }

    public boolean isRight(int statement) {
        Boolean a = answers.get(statement).get();
        return a != null && a == block.statements().get(statement).answer();
    }
}
