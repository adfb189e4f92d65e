package org.ganclassroom.ui.truefalse;

import javafx.scene.input.KeyCode;
import org.ganclassroom.lesson.Course;
import org.ganclassroom.lesson.LessonBlock;
import org.ganclassroom.lesson.LessonBlock.TrueFalseStatement;
import org.ganclassroom.ui.practice.FakeClock;
import org.ganclassroom.ui.practice.ManualTicker;
import org.ganclassroom.ui.practice.PracticeFixtures;
import org.ganclassroom.ui.progress.ProgressStore;
import org.ganclassroom.ui.truefalse.TrueFalseViewModel.EndReason;
import org.ganclassroom.ui.truefalse.TrueFalseViewModel.LastAnswer;
import org.ganclassroom.ui.truefalse.TrueFalseViewModel.Phase;
import org.ganclassroom.ui.truefalse.TrueFalseViewModel.ReviewItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrueFalseViewModelTest {
    @TempDir
    Path dir;
    private final FakeClock clock = new FakeClock(1_000_000);
    private final ManualTicker ticker = new ManualTicker();

    private ProgressStore store() {
        return new ProgressStore(dir, new PrintStream(new ByteArrayOutputStream()));
    }

    /** S0..S{n-1}; S{i} is true when i is even. */
    private static Course statements(int n) {
        List<TrueFalseStatement> s = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            s.add(new TrueFalseStatement("S" + i, i % 2 == 0, "why " + i));
        }
        return PracticeFixtures.course(List.of(List.of(new LessonBlock.TrueFalse(1, s.subList(0, n / 2))),
                List.of(new LessonBlock.TrueFalse(1, s.subList(n / 2, n)))));
    }

    private TrueFalseViewModel vm(Course course, ProgressStore store) {
        return new TrueFalseViewModel(() -> course, store, clock, ticker);
    }

    private static boolean truth(TrueFalseViewModel vm) {
        return vm.currentProperty().get().answer();
    }

    @Test
    void readyUntilStartedThenRunsWithTheTicker() {
        TrueFalseViewModel vm = vm(statements(6), store());
        assertEquals(Phase.READY, vm.getPhase());
        assertEquals(6, vm.statementCount());
        assertEquals(Duration.ofSeconds(60), vm.length());
        vm.answer(true);
        assertEquals(0, vm.answeredProperty().get(), "no answers before the start");
        vm.start();
        assertEquals(Phase.RUNNING, vm.getPhase());
        assertTrue(ticker.running());
        assertEquals("60 s", vm.remainingTextProperty().get());
        assertEquals(1.0, vm.remainingFractionProperty().get(), 1e-9);
    }

    @Test
    void timeRunningOutEndsTheRound() {
        TrueFalseViewModel vm = vm(statements(10), store());
        vm.start();
        clock.advanceSeconds(15);
        ticker.fire();
        assertEquals("45 s", vm.remainingTextProperty().get());
        assertEquals(0.75, vm.remainingFractionProperty().get(), 1e-9);
        vm.answer(truth(vm));
        clock.advanceSeconds(44.5);
        ticker.fire();
        assertEquals(Phase.RUNNING, vm.getPhase());
        assertEquals("1 s", vm.remainingTextProperty().get(), "rounded up: never shows 0 while running");
        clock.advanceSeconds(0.5);
        ticker.fire();
        assertEquals(Phase.REVIEW, vm.getPhase());
        assertEquals(EndReason.TIME_UP, vm.endReasonProperty().get());
        assertEquals("0 s", vm.remainingTextProperty().get());
        assertFalse(ticker.running(), "the ticker is stopped");
        assertEquals(1, vm.review().size());
        assertEquals("Time's up!", vm.reviewTitle());
    }

    @Test
    void anAnswerAfterTheTimeIsUpDoesNotCount() {
        TrueFalseViewModel vm = vm(statements(10), store());
        vm.start();
        clock.advanceSeconds(61); // no tick in between
        vm.answer(true);
        assertEquals(Phase.REVIEW, vm.getPhase());
        assertEquals(0, vm.answeredProperty().get());
        assertEquals(0, vm.review().size());
    }

    @Test
    void runningOutOfStatementsEndsTheRoundWithAFullReview() {
        ProgressStore store = store();
        TrueFalseViewModel vm = vm(statements(6), store);
        vm.start();
        List<TrueFalseStatement> seen = new ArrayList<>();
        boolean[] wrongOnes = {false, true, false, false, true, false};
        for (boolean wrong : wrongOnes) {
            TrueFalseStatement s = vm.currentProperty().get();
            seen.add(s);
            vm.answer(wrong != s.answer());
            clock.advanceSeconds(2);
        }
        assertEquals(Phase.REVIEW, vm.getPhase());
        assertEquals(EndReason.ALL_ANSWERED, vm.endReasonProperty().get());
        assertNull(vm.currentProperty().get());
        assertEquals(6, new HashSet<>(seen).size(), "every statement exactly once");
        List<ReviewItem> review = vm.review();
        assertEquals(seen, review.stream().map(ReviewItem::statement).toList(), "review in answer order");
        for (int i = 0; i < 6; i++) {
            assertEquals(!wrongOnes[i], review.get(i).correct());
            assertEquals(wrongOnes[i] != seen.get(i).answer(), review.get(i).given());
        }
        assertEquals(4, vm.scoreProperty().get());
        assertEquals("4 of 6 right · best streak 2", vm.reviewSummary());
        assertEquals(4, store.get().speedRoundBest());
        assertEquals(4, vm.bestScoreProperty().get());
        assertFalse(ticker.running());
    }

    @Test
    void streakAndBestStreak() {
        TrueFalseViewModel vm = vm(statements(10), store());
        vm.start();
        boolean[] right = {true, true, true, false, true, true, false, false, true, true};
        int[] streaks = {1, 2, 3, 0, 1, 2, 0, 0, 1, 2};
        int[] best = {1, 2, 3, 3, 3, 3, 3, 3, 3, 3};
        for (int i = 0; i < right.length; i++) {
            boolean t = truth(vm);
            vm.answer(right[i] == t);
            assertEquals(right[i] ? LastAnswer.CORRECT : LastAnswer.WRONG, vm.lastAnswerProperty().get());
            assertEquals(streaks[i], vm.streakProperty().get(), "after answer " + i);
            assertEquals(best[i], vm.bestStreakProperty().get(), "after answer " + i);
        }
        assertEquals(7, vm.scoreProperty().get());
    }

    @Test
    void bestScoreIsKeptAcrossRounds() {
        ProgressStore store = store();
        TrueFalseViewModel vm = vm(statements(4), store);
        vm.start();
        for (int i = 0; i < 4; i++) {
            vm.answer(truth(vm));
        }
        assertEquals(4, vm.bestScoreProperty().get());
        vm.start(); // play again: a worse round
        assertEquals(0, vm.scoreProperty().get());
        assertEquals(0, vm.review().size());
        vm.answer(!truth(vm));
        clock.advanceSeconds(60);
        ticker.fire();
        assertEquals(4, store.get().speedRoundBest());
        assertEquals(4, vm(statements(4), store).bestScoreProperty().get());
    }

    @Test
    void shuffleIsSeededFromTheClock() {
        Course course = statements(12);
        List<String> first = order(course, 42);
        assertEquals(first, order(course, 42), "same seed, same order");
        assertNotEquals(first, order(course, 43));
        Set<String> all = new HashSet<>(first);
        assertEquals(12, all.size());
        assertNotEquals(List.of("S0", "S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9", "S10", "S11"), first);
    }

    private List<String> order(Course course, long seed) {
        TrueFalseViewModel vm = new TrueFalseViewModel(() -> course, store(), clock, ticker,
                Duration.ofSeconds(60), () -> seed);
        vm.start();
        List<String> out = new ArrayList<>();
        while (vm.getPhase() == Phase.RUNNING) {
            out.add(vm.currentProperty().get().statement());
            vm.answer(true);
        }
        return out;
    }

    @Test
    void abandonReturnsToTheStartCardWithoutAScore() {
        ProgressStore store = store();
        TrueFalseViewModel vm = vm(statements(6), store);
        vm.start();
        vm.answer(truth(vm));
        vm.abandon();
        assertEquals(Phase.READY, vm.getPhase());
        assertFalse(ticker.running());
        assertEquals(0, store.get().speedRoundBest());
    }

    @Test
    void emptyCourseAndCustomLength() {
        TrueFalseViewModel empty = vm(PracticeFixtures.course(), store());
        assertEquals(Phase.EMPTY, empty.getPhase());
        empty.start();
        assertEquals(Phase.EMPTY, empty.getPhase());
        TrueFalseViewModel shortRound = new TrueFalseViewModel(() -> statements(4), store(), clock, ticker,
                Duration.ofSeconds(5), () -> 1);
        shortRound.start();
        assertEquals("5 s", shortRound.remainingTextProperty().get());
        clock.advanceSeconds(5);
        ticker.fire();
        assertEquals(Phase.REVIEW, shortRound.getPhase());
        assertThrows(IllegalArgumentException.class, () -> new TrueFalseViewModel(() -> statements(4), store(),
                clock, ticker, Duration.ZERO, () -> 1));
    }

    @Test
    void keyMapping() {
        assertEquals(Optional.of(true), TrueFalseViewModel.answerForKey(KeyCode.T));
        assertEquals(Optional.of(true), TrueFalseViewModel.answerForKey(KeyCode.LEFT));
        assertEquals(Optional.of(false), TrueFalseViewModel.answerForKey(KeyCode.F));
        assertEquals(Optional.of(false), TrueFalseViewModel.answerForKey(KeyCode.RIGHT));
        assertEquals(Optional.empty(), TrueFalseViewModel.answerForKey(KeyCode.SPACE));
        assertEquals(Optional.empty(), TrueFalseViewModel.answerForKey(KeyCode.UP));
    }
}
