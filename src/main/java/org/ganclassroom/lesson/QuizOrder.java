package org.ganclassroom.lesson;

import org.ganclassroom.lesson.LessonBlock.Quiz;
import org.ganclassroom.lesson.LessonBlock.QuizChoice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The order a quiz block's choices are shown in during one attempt: a shuffle seeded by the attempt and the
 * question (so a review of the same attempt shows the same order), or author order for {@code shuffle: false}.
 */
public final class QuizOrder {
    private QuizOrder() {
    }

    /** The question as presented in the attempt with seed {@code attemptSeed}: same block, choices reordered. */
    public static Quiz presented(Quiz quiz, long attemptSeed) {
        if (!quiz.shuffle() || quiz.choices().size() < 2) {
            return quiz;
        }
        List<QuizChoice> choices = new ArrayList<>(quiz.choices());
        Collections.shuffle(choices, new Random(questionSeed(quiz, attemptSeed)));
        return new Quiz(quiz.line(), quiz.question(), choices, true);
    }

    // one stream per question, so two questions of an attempt are not shuffled alike
    private static long questionSeed(Quiz quiz, long attemptSeed) {
        long h = attemptSeed * 0x9E3779B97F4A7C15L + quiz.question().hashCode() * 31L + quiz.line();
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        return h ^ (h >>> 33);
    }
}
