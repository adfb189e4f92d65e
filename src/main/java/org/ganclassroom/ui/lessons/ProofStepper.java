package org.ganclassroom.ui.lessons;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.ganclassroom.lesson.LessonBlock;

/** The state of one proof block: how many steps are revealed. Next / Show all / Reset. */
public final class ProofStepper {
    private final LessonBlock.Proof proof;
    private final ReadOnlyIntegerWrapper revealed = new ReadOnlyIntegerWrapper(this, "revealed", 0);
    private final BooleanBinding canNext;
    private final BooleanBinding canReset;
    private final StringBinding progressText;

    public ProofStepper(LessonBlock.Proof proof) {
        this.proof = proof;
        canNext = revealed.lessThan(proof.steps().size());
        canReset = revealed.greaterThan(0);
        progressText = Bindings.createStringBinding(
                () -> "Step " + revealed.get() + " of " + proof.steps().size(), revealed);
    }

    public LessonBlock.Proof proof() {
        return proof;
    }

    public int total() {
        return proof.steps().size();
    }

    public ReadOnlyIntegerProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    public int getRevealed() {
        return revealed.get();
    }

    public BooleanBinding canNextProperty() {
        return canNext;
    }

    public BooleanBinding canResetProperty() {
        return canReset;
    }

    public StringBinding progressTextProperty() {
        return progressText;
    }

    public boolean isFinished() {
        return revealed.get() == total();
    }

    /** Reveals one more step; false if all are shown. */
    public boolean next() {
        if (revealed.get() >= total()) {
            return false;
        }
        revealed.set(revealed.get() + 1);
        return true;
    }

    public void showAll() {
        revealed.set(total());
    }

    public void reset() {
        revealed.set(0);
    }
}
