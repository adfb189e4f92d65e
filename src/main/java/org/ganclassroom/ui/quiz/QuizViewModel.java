package org.ganclassroom.ui.quiz;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.input.KeyCode;
import org.ganclassroom.lesson.Course;
import org.ganclassroom.lesson.LessonBlock;
import org.ganclassroom.lesson.LessonBlock.Quiz;
import org.ganclassroom.lesson.LessonBlock.QuizChoice;
import org.ganclassroom.lesson.QuizOrder;
import org.ganclassroom.ui.progress.Progress;
import org.ganclassroom.ui.progress.ProgressStore;
import org.ganclassroom.ui.progress.QuizScore;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The quick quiz: every quiz block of the course, one question at a time. {@link #choose} answers (immediate
 * feedback), {@link #next} moves on; after the last question a summary; {@link #retryMissed} runs only the
 * questions answered wrong, {@link #restart} everything again. A full run (not a retry) is recorded in the
 * progress store as the last score, and as the best if it beats it. Each full run is an attempt with its own seed
 * that shuffles the choices ({@link QuizOrder}); a retry reviews the missed questions in the order they were seen.
 */
public final class QuizViewModel {
    public enum Phase { EMPTY, QUESTION, FEEDBACK, SUMMARY }

    /** How a choice button looks after answering. */
    public enum ChoiceMark { NONE, PICKED_CORRECT, PICKED_WRONG, CORRECT_NOT_PICKED }

    private final Supplier<Course> courseSource;
    private final ProgressStore progress;
    private final LongSupplier attemptSeeds;
    private long attemptSeed;
    private Course loaded;
    private List<Quiz> all = List.of();
    private List<Quiz> run = List.of();
    private final List<Quiz> missed = new ArrayList<>();

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.EMPTY);
    private final ReadOnlyObjectWrapper<Quiz> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyIntegerWrapper picked = new ReadOnlyIntegerWrapper(this, "picked", -1);
    private final ReadOnlyBooleanWrapper pickedCorrect = new ReadOnlyBooleanWrapper(this, "pickedCorrect");
    private final ReadOnlyBooleanWrapper retrying = new ReadOnlyBooleanWrapper(this, "retrying");
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index");
    private final ReadOnlyIntegerWrapper correct = new ReadOnlyIntegerWrapper(this, "correct");
    private final ReadOnlyIntegerWrapper answered = new ReadOnlyIntegerWrapper(this, "answered");
    private final ReadOnlyIntegerWrapper missedCount = new ReadOnlyIntegerWrapper(this, "missedCount");
    private final ReadOnlyStringWrapper scoreText = new ReadOnlyStringWrapper(this, "scoreText", "0 / 0");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyDoubleWrapper progressFraction = new ReadOnlyDoubleWrapper(this, "progressFraction");
    private final ReadOnlyStringWrapper summaryText = new ReadOnlyStringWrapper(this, "summaryText", "");
    private final ReadOnlyStringWrapper recordText = new ReadOnlyStringWrapper(this, "recordText", "");

    public QuizViewModel(Supplier<Course> courseSource, ProgressStore progress) {
        this(courseSource, progress, () -> ThreadLocalRandom.current().nextLong());
    }

    /** {@code attemptSeeds} gives the seed of each new attempt (tests pass a fixed sequence). */
    public QuizViewModel(Supplier<Course> courseSource, ProgressStore progress, LongSupplier attemptSeeds) {
        this.courseSource = Objects.requireNonNull(courseSource, "courseSource");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.attemptSeeds = Objects.requireNonNull(attemptSeeds, "attemptSeeds");
        progress.progressProperty().addListener((o, a, p) -> updateRecordText(p));
        updateRecordText(progress.get());
        refresh();
    }

    /** Re-reads the course; if it changed, the quiz starts over with the new questions. */
    public void refresh() {
        Course course = courseSource.get();
        if (course == loaded) {
            return;
        }
        loaded = course;
        all = course.blocks(LessonBlock.Quiz.class).stream().filter(q -> !q.choices().isEmpty()).toList();
        restart();
    }

    /** Starts a full run over every question. */
    public void restart() {
        retrying.set(false);
        attemptSeed = attemptSeeds.getAsLong();
        begin(all.stream().map(q -> QuizOrder.presented(q, attemptSeed)).toList());
    }

    /** The seed that ordered the choices of the current attempt. */
    public long attemptSeed() {
        return attemptSeed;
    }

    /** Starts a run over the questions missed in the run just finished (nothing happens if none were missed). */
    public void retryMissed() {
        if (phase.get() != Phase.SUMMARY || missed.isEmpty()) {
            return;
        }
        retrying.set(true);
        begin(List.copyOf(missed));
    }

    private void begin(List<Quiz> questions) {
        run = List.copyOf(questions);
        missed.clear();
        missedCount.set(0);
        correct.set(0);
        answered.set(0);
        summaryText.set("");
        if (run.isEmpty()) {
            current.set(null);
            picked.set(-1);
            phase.set(Phase.EMPTY);
            updateTexts();
            return;
        }
        show(0);
    }

    private void show(int i) {
        index.set(i);
        picked.set(-1);
        pickedCorrect.set(false);
        current.set(run.get(i));
        phase.set(Phase.QUESTION);
        updateTexts();
    }

    /** Answers the current question with choice {@code choice} (0-based); ignored unless a question is open. */
    public void choose(int choice) {
        Quiz q = current.get();
        if (phase.get() != Phase.QUESTION || q == null || choice < 0 || choice >= q.choices().size()) {
            return;
        }
        boolean right = q.choices().get(choice).correct();
        picked.set(choice);
        pickedCorrect.set(right);
        answered.set(answered.get() + 1);
        if (right) {
            correct.set(correct.get() + 1);
        } else {
            missed.add(q);
            missedCount.set(missed.size());
        }
        phase.set(Phase.FEEDBACK);
        updateTexts();
    }

    /** After feedback: the next question, or the summary after the last one. */
    public void next() {
        if (phase.get() != Phase.FEEDBACK) {
            return;
        }
        if (index.get() + 1 < run.size()) {
            show(index.get() + 1);
        } else {
            finish();
        }
    }

    private void finish() {
        QuizScore score = new QuizScore(correct.get(), run.size());
        current.set(null);
        phase.set(Phase.SUMMARY);
        if (!retrying.get()) {
            progress.recordQuizRun(score);
        }
        String what = retrying.get() ? "Retry of missed questions: " : "You answered ";
        String tail = missed.isEmpty() ? " — all right!"
                : " right. " + missed.size() + (missed.size() == 1 ? " question" : " questions") + " to look at again.";
        summaryText.set(what + score.format() + tail);
        updateTexts();
    }

    private void updateTexts() {
        int n = run.size();
        scoreText.set(correct.get() + " / " + answered.get());
        progressText.set(switch (phase.get()) {
            case EMPTY -> "";
            case SUMMARY -> "Finished " + n + " of " + n;
            default -> "Question " + (index.get() + 1) + " of " + n + (retrying.get() ? " (retry)" : "");
        });
        progressFraction.set(n == 0 ? 0 : (double) answered.get() / n);
    }

    private void updateRecordText(Progress p) {
        if (p.quizLast() == null) {
            recordText.set("No full quiz run recorded yet");
        } else {
            recordText.set("Best " + p.quizBest().format() + " · last " + p.quizLast().format());
        }
    }

    /** How choice {@code i} of the current question should look now. */
    public ChoiceMark mark(int i) {
        Quiz q = current.get();
        if (q == null || phase.get() != Phase.FEEDBACK || i < 0 || i >= q.choices().size()) {
            return ChoiceMark.NONE;
        }
        boolean isRight = q.choices().get(i).correct();
        if (i == picked.get()) {
            return isRight ? ChoiceMark.PICKED_CORRECT : ChoiceMark.PICKED_WRONG;
        }
        return isRight ? ChoiceMark.CORRECT_NOT_PICKED : ChoiceMark.NONE;
    }

    /** The picked choice, in feedback. */
    public QuizChoice pickedChoice() {
        Quiz q = current.get();
        return q == null || picked.get() < 0 ? null : q.choices().get(picked.get());
    }

    /** The correct choices of the current question other than the picked one (shown after a wrong answer). */
    public List<QuizChoice> otherCorrectChoices() {
        Quiz q = current.get();
        if (q == null) {
            return List.of();
        }
        QuizChoice p = pickedChoice();
        return q.choices().stream().filter(c -> c.correct() && c != p).toList();
    }

    /** Keys 1–9 (top row or keypad) pick choices 0–8. */
    public static OptionalInt choiceForKey(KeyCode code) {
        if (code != null && code.isDigitKey()) {
            String name = code.getName();
            char last = name.charAt(name.length() - 1);
            if (last >= '1' && last <= '9') {
                return OptionalInt.of(last - '1');
            }
        }
        return OptionalInt.empty();
    }

    /** True while on the last question of the run. */
    public boolean isLastQuestion() {
        return !run.isEmpty() && index.get() + 1 >= run.size();
    }

    /** Total number of questions in the course. */
    public int questionCount() {
        return all.size();
    }

    public List<Quiz> missedQuestions() {
        return List.copyOf(missed);
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public Phase getPhase() {
        return phase.get();
    }

    public ReadOnlyObjectProperty<Quiz> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pickedProperty() {
        return picked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pickedCorrectProperty() {
        return pickedCorrect.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty retryingProperty() {
        return retrying.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty correctProperty() {
        return correct.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty answeredProperty() {
        return answered.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty missedCountProperty() {
        return missedCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scoreTextProperty() {
        return scoreText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressFractionProperty() {
        return progressFraction.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryTextProperty() {
        return summaryText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty recordTextProperty() {
        return recordText.getReadOnlyProperty();
    }
}
