package org.ganclassroom.ui.quiz;

import javafx.scene.input.KeyCode;
import org.ganclassroom.lesson.Course;
import org.ganclassroom.lesson.LessonBlock;
import org.ganclassroom.ui.practice.PracticeFixtures;
import org.ganclassroom.ui.progress.ProgressStore;
import org.ganclassroom.ui.progress.QuizScore;
import org.ganclassroom.ui.quiz.QuizViewModel.ChoiceMark;
import org.ganclassroom.ui.quiz.QuizViewModel.Phase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;

import static org.ganclassroom.ui.practice.PracticeFixtures.quiz;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuizViewModelTest {
    @TempDir
    Path dir;

    private ProgressStore store() {
        return new ProgressStore(dir, new PrintStream(new ByteArrayOutputStream()));
    }

    /** Q1..Q3: the correct choice is index 0, 1, 2. */
    private static Course threeQuestions() {
        return PracticeFixtures.course(List.of(
                List.of(quiz("Q1", 0, "A", "B", "C")),
                List.of(quiz("Q2", 1, "A", "B"), quiz("Q3", 2, "A", "B", "C", "D"))));
    }

    private static String question(QuizViewModel vm) {
        return vm.currentProperty().get().question();
    }

    @Test
    void questionsFromAllLessonsOneAtATime() {
        QuizViewModel vm = new QuizViewModel(QuizViewModelTest::threeQuestions, store());
        assertEquals(3, vm.questionCount());
        assertEquals(Phase.QUESTION, vm.getPhase());
        assertEquals("Q1", question(vm));
        assertEquals("Question 1 of 3", vm.progressTextProperty().get());
        assertEquals("0 / 0", vm.scoreTextProperty().get());
        vm.next();
        assertEquals("Q1", question(vm), "next does nothing before an answer");
    }

    @Test
    void scoringAndFeedback() {
        QuizViewModel vm = new QuizViewModel(QuizViewModelTest::threeQuestions, store());
        vm.choose(0); // right
        assertEquals(Phase.FEEDBACK, vm.getPhase());
        assertTrue(vm.pickedCorrectProperty().get());
        assertEquals(ChoiceMark.PICKED_CORRECT, vm.mark(0));
        assertEquals(ChoiceMark.NONE, vm.mark(1));
        assertEquals("1 / 1", vm.scoreTextProperty().get());
        assertEquals(List.of(), vm.otherCorrectChoices());
        vm.choose(1);
        assertEquals("1 / 1", vm.scoreTextProperty().get(), "a second pick is ignored");

        vm.next();
        assertEquals("Q2", question(vm));
        vm.choose(0); // wrong, correct is 1
        assertFalse(vm.pickedCorrectProperty().get());
        assertEquals(ChoiceMark.PICKED_WRONG, vm.mark(0));
        assertEquals(ChoiceMark.CORRECT_NOT_PICKED, vm.mark(1));
        assertEquals("Because a is not it.", vm.pickedChoice().explanation());
        assertEquals(1, vm.otherCorrectChoices().size());
        assertEquals("Because b is right.", vm.otherCorrectChoices().get(0).explanation());
        assertEquals("1 / 2", vm.scoreTextProperty().get());
        assertEquals(2.0 / 3, vm.progressFractionProperty().get(), 1e-9);

        vm.next();
        vm.choose(7); // no such choice
        assertEquals(Phase.QUESTION, vm.getPhase());
        assertTrue(vm.isLastQuestion());
        vm.choose(2);
        vm.next();
        assertEquals(Phase.SUMMARY, vm.getPhase());
        assertNull(vm.currentProperty().get());
        assertEquals("2 / 3", vm.scoreTextProperty().get());
        assertTrue(vm.summaryTextProperty().get().contains("2 / 3"), vm.summaryTextProperty().get());
        assertEquals(1, vm.missedCountProperty().get());
    }

    @Test
    void retryMissedRunsOnlyTheMissedOnesAndDoesNotCountAsAFullRun() {
        ProgressStore store = store();
        QuizViewModel vm = new QuizViewModel(QuizViewModelTest::threeQuestions, store);
        vm.choose(1); // Q1 wrong
        vm.next();
        vm.choose(1); // Q2 right
        vm.next();
        vm.choose(0); // Q3 wrong
        vm.next();
        assertEquals(new QuizScore(1, 3), store.get().quizLast());
        assertEquals(List.of("Q1", "Q3"), vm.missedQuestions().stream().map(LessonBlock.Quiz::question).toList());

        vm.retryMissed();
        assertTrue(vm.retryingProperty().get());
        assertEquals("Q1", question(vm));
        assertEquals("Question 1 of 2 (retry)", vm.progressTextProperty().get());
        vm.choose(0); // now right
        vm.next();
        assertEquals("Q3", question(vm));
        vm.choose(1); // still wrong
        vm.next();
        assertEquals(Phase.SUMMARY, vm.getPhase());
        assertEquals("1 / 2", vm.scoreTextProperty().get());
        assertEquals(List.of("Q3"), vm.missedQuestions().stream().map(LessonBlock.Quiz::question).toList());
        assertEquals(new QuizScore(1, 3), store.get().quizLast(), "a retry is not a full run");

        vm.retryMissed();
        vm.choose(2);
        vm.next();
        assertEquals(0, vm.missedCountProperty().get());
        vm.retryMissed();
        assertEquals(Phase.SUMMARY, vm.getPhase(), "nothing left to retry");

        vm.restart();
        assertFalse(vm.retryingProperty().get());
        assertEquals("Q1", question(vm));
        assertEquals("Question 1 of 3", vm.progressTextProperty().get());
        assertEquals("0 / 0", vm.scoreTextProperty().get());
    }

    @Test
    void bestAndLastScoresAreSaved() {
        ProgressStore store = store();
        QuizViewModel vm = new QuizViewModel(QuizViewModelTest::threeQuestions, store);
        assertEquals("No full quiz run recorded yet", vm.recordTextProperty().get());
        int[] right = {0, 1, 2};
        for (int q = 0; q < 3; q++) {
            vm.choose(right[q]);
            vm.next();
        }
        vm.restart();
        vm.choose(1);
        vm.next();
        vm.choose(0);
        vm.next();
        vm.choose(2);
        vm.next();
        assertEquals(new QuizScore(3, 3), store.get().quizBest());
        assertEquals(new QuizScore(1, 3), store.get().quizLast());
        assertEquals("Best 3 / 3 · last 1 / 3", vm.recordTextProperty().get());
    }

    @Test
    void emptyCourseShowsTheEmptyState() {
        QuizViewModel vm = new QuizViewModel(() -> PracticeFixtures.course(), store());
        assertEquals(Phase.EMPTY, vm.getPhase());
        vm.choose(0);
        vm.next();
        assertEquals(Phase.EMPTY, vm.getPhase());
    }

    @Test
    void aNewCourseRestartsTheQuiz() {
        AtomicReference<Course> source = new AtomicReference<>(threeQuestions());
        QuizViewModel vm = new QuizViewModel(source::get, store());
        vm.choose(0);
        vm.refresh();
        assertEquals(Phase.FEEDBACK, vm.getPhase(), "same course: keep going");
        source.set(PracticeFixtures.course(quiz("New", 0, "X", "Y")));
        vm.refresh();
        assertEquals(Phase.QUESTION, vm.getPhase());
        assertEquals("New", question(vm));
        assertEquals(1, vm.questionCount());
    }

    @Test
    void digitKeysPickChoices() {
        assertEquals(OptionalInt.of(0), QuizViewModel.choiceForKey(KeyCode.DIGIT1));
        assertEquals(OptionalInt.of(3), QuizViewModel.choiceForKey(KeyCode.DIGIT4));
        assertEquals(OptionalInt.of(1), QuizViewModel.choiceForKey(KeyCode.NUMPAD2));
        assertEquals(OptionalInt.empty(), QuizViewModel.choiceForKey(KeyCode.DIGIT0));
        assertEquals(OptionalInt.empty(), QuizViewModel.choiceForKey(KeyCode.A));
        assertEquals(OptionalInt.empty(), QuizViewModel.choiceForKey(null));
    }
}
