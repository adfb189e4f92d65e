package org.ganclassroom.ui.progress;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a student has done, as stored in {@code progress.json}. Immutable; the store replaces it on every change.
 *
 * @param visitedLessons   ids of lessons opened at least once
 * @param completedLessons ids of lessons marked completed
 * @param quizBest         best full quiz run, or null
 * @param quizLast         most recent full quiz run, or null
 * @param speedRoundBest   most statements answered right in one speed round
 * @param lastLesson       id of the lesson opened most recently (the Lessons page reopens it), or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Progress(Set<String> visitedLessons, Set<String> completedLessons, QuizScore quizBest,
                       QuizScore quizLast, int speedRoundBest, String lastLesson) {
    public Progress {
        visitedLessons = copy(visitedLessons);
        completedLessons = copy(completedLessons);
        speedRoundBest = Math.max(0, speedRoundBest);
        lastLesson = lastLesson == null || lastLesson.isBlank() ? null : lastLesson;
    }

    private static Set<String> copy(Set<String> ids) {
        Set<String> out = new LinkedHashSet<>();
        if (ids != null) {
            ids.stream().filter(id -> id != null && !id.isBlank()).forEach(out::add);
        }
        return Collections.unmodifiableSet(out);
    }

    public static Progress empty() {
        return new Progress(Set.of(), Set.of(), null, null, 0, null);
    }

    Progress withVisited(String id) {
        Set<String> v = new LinkedHashSet<>(visitedLessons);
        v.add(id);
        return new Progress(v, completedLessons, quizBest, quizLast, speedRoundBest, id);
    }

    Progress withCompleted(String id) {
        Set<String> v = new LinkedHashSet<>(visitedLessons);
        v.add(id);
        Set<String> c = new LinkedHashSet<>(completedLessons);
        c.add(id);
        return new Progress(v, c, quizBest, quizLast, speedRoundBest, lastLesson);
    }

    Progress withQuizRun(QuizScore score) {
        QuizScore best = score.beats(quizBest) ? score : quizBest;
        return new Progress(visitedLessons, completedLessons, best, score, speedRoundBest, lastLesson);
    }

    Progress withSpeedRound(int score) {
        return new Progress(visitedLessons, completedLessons, quizBest, quizLast, Math.max(speedRoundBest, score),
                lastLesson);
    }
}
