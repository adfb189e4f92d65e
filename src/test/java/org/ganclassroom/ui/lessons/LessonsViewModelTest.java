package org.ganclassroom.ui.lessons;

import org.ganclassroom.ui.progress.LessonProgress;
import org.ganclassroom.lesson.Course;
import org.ganclassroom.lesson.Lesson;
import org.ganclassroom.lesson.LessonBlock;
import org.ganclassroom.ui.AppView;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Lessons view model without a screen. */
class LessonsViewModelTest {
    private final InMemoryLessonProgress progress = new InMemoryLessonProgress();
    private final List<AppView> navigated = new ArrayList<>();
    private final InMemoryCourseSource source = new InMemoryCourseSource(SampleCourse.course());
    private final LessonsViewModel vm = new LessonsViewModel(source, progress, navigated::add, Runnable::run);

    @Test
    void listsGoodAndBrokenLessonsInCourseOrder() {
        assertEquals(List.of("gan-intro", "optimal-discriminator", "broken:" + SampleCourse.BROKEN_FILE),
                vm.items().stream().map(LessonListItem::key).toList());
        assertTrue(vm.items().get(2).isBroken());
        assertNull(vm.selectedProperty().get());
    }

    @Test
    void selectingALessonShowsItAndMarksItVisited() {
        assertTrue(vm.select("optimal-discriminator"));
        assertEquals("The optimal discriminator", vm.getLesson().title());
        assertNull(vm.brokenProperty().get());
        assertEquals(0, vm.getCurrentSection());
        assertTrue(progress.isVisited("optimal-discriminator"));
        assertFalse(progress.isVisited("gan-intro"));
        assertTrue(vm.items().get(1).visited(), "the list row shows the visited mark");
        assertFalse(vm.items().get(1).completed());
        assertFalse(vm.select("no-such-lesson"));
        assertTrue(vm.selectNext());
        assertTrue(vm.selectedProperty().get().isBroken());
        assertFalse(vm.selectNext(), "already at the end");
        assertTrue(vm.selectPrevious());
        assertEquals("optimal-discriminator", vm.getLesson().id());
    }

    @Test
    void aLessonCompletesOnlyWhenReadToTheEndWithEveryQuizAnswered() {
        vm.select("gan-intro"); // one quiz block
        assertFalse(vm.completedProperty().get());
        assertTrue(vm.completionTextProperty().get().contains("answered its 1 quiz question (0 of 1 answered"),
                vm.completionTextProperty().get());
        vm.reachedEnd();
        assertFalse(progress.isCompleted("gan-intro"), "scrolling to the end without answering is not enough");
        LessonBlock.Quiz quiz = vm.getLesson().sections().stream().flatMap(s -> s.blocks().stream())
                .filter(LessonBlock.Quiz.class::isInstance).map(LessonBlock.Quiz.class::cast).findFirst().orElseThrow();
        vm.quiz(quiz).pick(0); // a wrong answer is still an answer
        assertTrue(progress.isCompleted("gan-intro"));
        assertTrue(vm.completedProperty().get());
        assertTrue(vm.items().get(0).completed());
        assertTrue(vm.completionTextProperty().get().startsWith("Lesson completed."));

        vm.select("optimal-discriminator"); // no quiz: the end is enough
        vm.quiz(quiz); // a block of another lesson does not count here
        assertFalse(vm.completedProperty().get());
        vm.reachedEnd();
        assertTrue(progress.isCompleted("optimal-discriminator"));
        assertEquals("Completed", vm.items().get(1).status());
    }

    @Test
    void nextLessonSkipsBrokenOnesAndEndsAtTheLast() {
        vm.select("gan-intro");
        assertEquals("optimal-discriminator", vm.nextLesson().orElseThrow().key());
        assertTrue(vm.openNextLesson());
        assertEquals("optimal-discriminator", vm.getLesson().id());
        assertTrue(vm.nextLesson().isEmpty(), "only a broken lesson follows");
        assertFalse(vm.openNextLesson());
    }

    @Test
    void progressFromTheStoreShowsInTheList() {
        InMemoryLessonProgress stored = new InMemoryLessonProgress();
        stored.markCompleted("optimal-discriminator");
        stored.markVisited("gan-intro");
        LessonsViewModel other = new LessonsViewModel(source, stored, v -> { }, Runnable::run);
        assertEquals("Visited", other.items().get(0).status());
        assertEquals("Completed", other.items().get(1).status());
        assertEquals("Not opened yet", vm.items().get(0).status());
    }

    @Test
    void theLessonOpenedLastIsReopened() {
        LessonsViewModel fresh = new LessonsViewModel(source, new InMemoryLessonProgress(), v -> { }, Runnable::run);
        fresh.selectLastOrFirst();
        assertEquals("gan-intro", fresh.selectedProperty().get().key(), "nothing opened yet: the first lesson");

        vm.select("optimal-discriminator");
        vm.select("gan-intro");
        vm.select("optimal-discriminator");
        LessonsViewModel next = new LessonsViewModel(source, progress, v -> { }, Runnable::run);
        next.selectLastOrFirst();
        assertEquals("optimal-discriminator", next.selectedProperty().get().key());
    }

    @Test
    void brokenLessonListsEveryProblemAsFileLineMessage() {
        vm.select("broken:" + SampleCourse.BROKEN_FILE);
        assertNull(vm.getLesson());
        assertEquals(SampleCourse.broken(), vm.brokenProperty().get());
        assertEquals(List.of(
                SampleCourse.BROKEN_FILE + ":1: front matter: missing required key 'id'",
                SampleCourse.BROKEN_FILE + ":27: unknown fence language 'quizz'"), vm.errorLines());
        assertEquals(-1, vm.getCurrentSection());
        vm.reachedEnd();
        assertFalse(progress.isCompleted("broken:" + SampleCourse.BROKEN_FILE), "a broken lesson cannot be completed");
    }

    @Test
    void proofStepperRevealsStepsOneAtATime() {
        vm.select("optimal-discriminator");
        LessonBlock.Proof proof = (LessonBlock.Proof) vm.getLesson().sections().get(1).blocks().get(0);
        ProofStepper s = vm.proof(proof);
        assertEquals(3, s.total());
        assertEquals(0, s.getRevealed());
        assertTrue(s.canNextProperty().get());
        assertFalse(s.canResetProperty().get());
        assertTrue(s.next());
        assertTrue(s.next());
        assertEquals(2, s.getRevealed());
        assertEquals("Step 2 of 3", s.progressTextProperty().get());
        assertTrue(s.next());
        assertTrue(s.isFinished());
        assertFalse(s.next(), "no step after the last");
        assertFalse(s.canNextProperty().get());
        s.reset();
        assertEquals(0, s.getRevealed());
        s.showAll();
        assertEquals(3, s.getRevealed());
        assertSame(s, vm.proof(proof), "the same block keeps its state");
    }

    @Test
    void quizAndTrueFalseState() {
        vm.select("gan-intro");
        LessonBlock.Quiz quiz = (LessonBlock.Quiz) vm.getLesson().sections().get(1).blocks().get(1);
        QuizState q = vm.quiz(quiz);
        assertTrue(q.feedbackHeadline().isEmpty());
        q.pick(0);
        assertEquals("Not quite.", q.feedbackHeadline().orElseThrow());
        q.pick(1);
        assertEquals("Correct.", q.feedbackHeadline().orElseThrow());
        assertTrue(q.pickedChoice().orElseThrow().explanation().contains("probability"));

        LessonBlock.TrueFalse tf = (LessonBlock.TrueFalse) vm.getLesson().sections().get(2).blocks().get(0);
        TrueFalseState t = vm.trueFalse(tf);
        t.answer(0, true);
        t.answer(1, true);
        assertTrue(t.isRight(0));
        assertFalse(t.isRight(1));
    }

    @Test
    void sectionsStepForwardAndBackWithinTheLesson() {
        vm.select("gan-intro");
        assertEquals(4, vm.getLesson().sections().size());
        assertTrue(vm.nextSection());
        assertTrue(vm.nextSection());
        assertTrue(vm.nextSection());
        assertEquals(3, vm.getCurrentSection());
        assertFalse(vm.nextSection(), "no section after the last");
        assertTrue(vm.previousSection());
        assertEquals(2, vm.getCurrentSection());
        vm.select("optimal-discriminator");
        assertEquals(0, vm.getCurrentSection(), "a newly opened lesson starts at its first section");
        assertFalse(vm.previousSection());
    }

    @Test
    void aReloadKeepsTheSelectionAndReShowsAChangedLesson() {
        vm.select("gan-intro");
        vm.nextSection();
        LessonBlock.Quiz quiz = (LessonBlock.Quiz) vm.getLesson().sections().get(1).blocks().get(1);
        vm.quiz(quiz).pick(1);
        int reloads = vm.reloadsProperty().get();

        Lesson edited = SampleCourse.intro("Edited intro with $x$.");
        source.publish(new Course(List.of(edited, SampleCourse.optimalD()), List.of(SampleCourse.broken())));
        assertEquals(reloads + 1, vm.reloadsProperty().get());
        assertEquals(edited, vm.getLesson());
        assertEquals(1, vm.getCurrentSection(), "the section position survives the reload");
        assertEquals(1, vm.quiz(quiz).pickedProperty().get(), "an unchanged quiz keeps its answer");

        // an unchanged course is not a reload
        source.publish(new Course(List.of(edited, SampleCourse.optimalD()), List.of(SampleCourse.broken())));
        assertEquals(reloads + 1, vm.reloadsProperty().get());

        // the lesson disappears: nothing is selected any more
        source.publish(new Course(List.of(SampleCourse.optimalD()), List.of()));
        assertNull(vm.selectedProperty().get());
        assertNull(vm.getLesson());
        assertEquals(1, vm.items().size());
    }

    @Test
    void closingStopsListeningAndSimulatorNavigates() {
        vm.close();
        source.publish(new Course(List.of(), List.of()));
        assertEquals(3, vm.items().size());
        vm.openSimulator();
        assertEquals(List.of(AppView.SIMULATOR), navigated);
    }

    @Test
    void emptyCourseSaysSo() {
        LessonsViewModel empty = new LessonsViewModel(CourseSource.empty(), progress, v -> { }, Runnable::run);
        assertTrue(empty.emptyMessage().orElseThrow().contains("No lessons"));
        assertTrue(vm.emptyMessage().isEmpty());
    }
}
