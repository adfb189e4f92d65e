package org.ganclassroom.ui.truefalse;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.input.KeyCode;
import org.ganclassroom.lesson.Course;
import org.ganclassroom.lesson.LessonBlock;
import org.ganclassroom.lesson.LessonBlock.TrueFalseStatement;
import org.ganclassroom.ui.progress.ProgressStore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The true/false speed round: every statement of the course's truefalse blocks in a shuffled order, a fixed
 * time (60 s by default) measured on an injectable clock and checked on every {@link Ticker} tick and every
 * answer. The round ends when time runs out or the statements run out; the review lists every answered
 * statement. The best score is kept in the progress store.
 */
public final class TrueFalseViewModel {
    public static final Duration DEFAULT_LENGTH = Duration.ofSeconds(60);

    public enum Phase { EMPTY, READY, RUNNING, REVIEW }

    public enum EndReason { NONE, TIME_UP, ALL_ANSWERED }

    /** Feedback on the last answer, for a short flash. */
    public enum LastAnswer { NONE, CORRECT, WRONG }

    /** One answered statement. */
    public record ReviewItem(TrueFalseStatement statement, boolean given) {
        public boolean correct() {
            return statement.answer() == given;
        }
    }

    private final Supplier<Course> courseSource;
    private final ProgressStore progress;
    private final LongSupplier clockMillis;
    private final Ticker ticker;
    private final Duration length;
    private final LongSupplier seed;
    private Course loaded;
    private List<TrueFalseStatement> all = List.of();
    private List<TrueFalseStatement> order = List.of();
    private int position;
    private long startedAt;

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.EMPTY);
    private final ReadOnlyObjectWrapper<EndReason> endReason = new ReadOnlyObjectWrapper<>(this, "endReason", EndReason.NONE);
    private final ReadOnlyObjectWrapper<TrueFalseStatement> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<LastAnswer> lastAnswer = new ReadOnlyObjectWrapper<>(this, "lastAnswer", LastAnswer.NONE);
    private final ReadOnlyIntegerWrapper score = new ReadOnlyIntegerWrapper(this, "score");
    private final ReadOnlyIntegerWrapper streak = new ReadOnlyIntegerWrapper(this, "streak");
    private final ReadOnlyIntegerWrapper bestStreak = new ReadOnlyIntegerWrapper(this, "bestStreak");
    private final ReadOnlyIntegerWrapper answered = new ReadOnlyIntegerWrapper(this, "answered");
    private final ReadOnlyIntegerWrapper bestScore = new ReadOnlyIntegerWrapper(this, "bestScore");
    private final ReadOnlyDoubleWrapper remainingFraction = new ReadOnlyDoubleWrapper(this, "remainingFraction", 1);
    private final ReadOnlyStringWrapper remainingText = new ReadOnlyStringWrapper(this, "remainingText", "");
    private final ObservableList<ReviewItem> review = FXCollections.observableArrayList();
    private final ObservableList<ReviewItem> reviewView = FXCollections.unmodifiableObservableList(review);

    /** A 60-second round shuffled with a seed taken from the clock. */
    public TrueFalseViewModel(Supplier<Course> courseSource, ProgressStore progress, LongSupplier clockMillis,
                              Ticker ticker) {
        this(courseSource, progress, clockMillis, ticker, DEFAULT_LENGTH, clockMillis);
    }

    /**
     * @param clockMillis the time in milliseconds (any origin; only differences count)
     * @param seed        the shuffle seed, asked at every start
     */
    public TrueFalseViewModel(Supplier<Course> courseSource, ProgressStore progress, LongSupplier clockMillis,
                              Ticker ticker, Duration length, LongSupplier seed) {
        this.courseSource = Objects.requireNonNull(courseSource, "courseSource");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.clockMillis = Objects.requireNonNull(clockMillis, "clockMillis");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.length = Objects.requireNonNull(length, "length");
        this.seed = Objects.requireNonNull(seed, "seed");
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("round length must be positive: " + length);
        }
        bestScore.set(progress.get().speedRoundBest());
        progress.progressProperty().addListener((o, a, p) -> bestScore.set(p.speedRoundBest()));
        showRemaining(length.toMillis());
        refresh();
    }

    /** Re-reads the course; takes the new statements unless a round is running. */
    public void refresh() {
        if (phase.get() == Phase.RUNNING) {
            return;
        }
        Course course = courseSource.get();
        if (course == loaded) {
            return;
        }
        loaded = course;
        all = course.blocks(LessonBlock.TrueFalse.class).stream().flatMap(b -> b.statements().stream()).toList();
        review.clear();
        endReason.set(EndReason.NONE);
        phase.set(all.isEmpty() ? Phase.EMPTY : Phase.READY);
    }

    /** Starts (or restarts) a round. */
    public void start() {
        if (all.isEmpty()) {
            return;
        }
        List<TrueFalseStatement> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(seed.getAsLong()));
        order = List.copyOf(shuffled);
        position = 0;
        score.set(0);
        streak.set(0);
        bestStreak.set(0);
        answered.set(0);
        review.clear();
        lastAnswer.set(LastAnswer.NONE);
        endReason.set(EndReason.NONE);
        startedAt = clockMillis.getAsLong();
        showRemaining(length.toMillis());
        current.set(order.get(0));
        phase.set(Phase.RUNNING);
        ticker.start(this::tick);
    }

    /** Looks at the clock: updates the time left and ends the round when it is up. */
    public void tick() {
        if (phase.get() != Phase.RUNNING) {
            return;
        }
        long left = length.toMillis() - (clockMillis.getAsLong() - startedAt);
        showRemaining(left);
        if (left <= 0) {
            finish(EndReason.TIME_UP);
        }
    }

    private void showRemaining(long leftMillis) {
        long left = Math.max(0, leftMillis);
        remainingFraction.set((double) left / length.toMillis());
        remainingText.set((left + 999) / 1000 + " s");
    }

    /** Answers the current statement; ignored unless a round is running (and time is not up). */
    public void answer(boolean saysTrue) {
        tick();
        TrueFalseStatement s = current.get();
        if (phase.get() != Phase.RUNNING || s == null) {
            return;
        }
        ReviewItem item = new ReviewItem(s, saysTrue);
        review.add(item);
        answered.set(answered.get() + 1);
        if (item.correct()) {
            score.set(score.get() + 1);
            streak.set(streak.get() + 1);
            bestStreak.set(Math.max(bestStreak.get(), streak.get()));
            lastAnswer.set(LastAnswer.CORRECT);
        } else {
            streak.set(0);
            lastAnswer.set(LastAnswer.WRONG);
        }
        position++;
        if (position < order.size()) {
            current.set(order.get(position));
        } else {
            finish(EndReason.ALL_ANSWERED);
        }
    }

    private void finish(EndReason reason) {
        ticker.stop();
        current.set(null);
        endReason.set(reason);
        phase.set(Phase.REVIEW);
        progress.recordSpeedRound(score.get());
    }

    /** Leaves a running round without a score (e.g. the page was left); back to the start card. */
    public void abandon() {
        if (phase.get() == Phase.RUNNING) {
            ticker.stop();
            current.set(null);
            review.clear();
            phase.set(Phase.READY);
        }
    }

    /** T or ← answer "true"; F or → answer "false". */
    public static Optional<Boolean> answerForKey(KeyCode code) {
        if (code == KeyCode.T || code == KeyCode.LEFT) {
            return Optional.of(true);
        }
        if (code == KeyCode.F || code == KeyCode.RIGHT) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /** Headline of the review. */
    public String reviewTitle() {
        return endReason.get() == EndReason.TIME_UP ? "Time's up!" : "You answered every statement!";
    }

    /** "12 of 15 right · best streak 6". */
    public String reviewSummary() {
        return score.get() + " of " + answered.get() + " right · best streak " + bestStreak.get();
    }

    public int statementCount() {
        return all.size();
    }

    public Duration length() {
        return length;
    }

    public ObservableList<ReviewItem> review() {
        return reviewView;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public Phase getPhase() {
        return phase.get();
    }

    public ReadOnlyObjectProperty<EndReason> endReasonProperty() {
        return endReason.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TrueFalseStatement> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LastAnswer> lastAnswerProperty() {
        return lastAnswer.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty scoreProperty() {
        return score.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty streakProperty() {
        return streak.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty bestStreakProperty() {
        return bestStreak.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty answeredProperty() {
        return answered.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty bestScoreProperty() {
        return bestScore.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty remainingFractionProperty() {
        return remainingFraction.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty remainingTextProperty() {
        return remainingText.getReadOnlyProperty();
    }
}
