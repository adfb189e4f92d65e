package org.ganclassroom.ui.progress;

/** A quiz result: {@code correct} of {@code total} questions answered right. */
public record QuizScore(int correct, int total) {
    public QuizScore {
        if (total < 0 || correct < 0 || correct > total) {
            throw new IllegalArgumentException("impossible quiz score " + correct + " / " + total);
        }
    }

    /** Fraction right, 0 for an empty quiz. */
    public double fraction() {
        return total == 0 ? 0 : (double) correct / total;
    }

    /** True if this score beats {@code other} (higher fraction; on a tie, more questions right). */
    public boolean beats(QuizScore other) {
        if (other == null) {
            return true;
        }
        int byFraction = Double.compare(fraction(), other.fraction());
        return byFraction > 0 || byFraction == 0 && correct > other.correct;
    }

    /** "3 / 5". */
    public String format() {
        return correct + " / " + total;
    }
}
