package org.ganclassroom.lesson;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped course covers every topic, formula, proof, quiz item and lab idea of the two seed documents
 * (../shared/seeds), lesson by lesson, and has the interactive items the product promises.
 */
class CourseCoversTheSeedsTest {
    private static Course course;
    private static String text;

    @BeforeAll
    static void load() throws Exception {
        Path dir = Path.of("lessons");
        course = LessonLoader.load(dir);
        assertEquals(List.of(), course.broken().stream().map(b -> b.file() + ": " + b.problems()).toList());
        StringBuilder all = new StringBuilder();
        for (Path f : LessonLoader.lessonFiles(dir)) {
            all.append(Files.readString(f)).append('\n');
        }
        text = all.toString();
    }

    private static String lessonText(int order) throws Exception {
        Lesson l = course.lessons().stream().filter(x -> x.order() == order).findFirst()
                .orElseThrow(() -> new AssertionError("no lesson with order " + order));
        return Files.readString(l.file());
    }

    @Test
    void fourteenLessonsInOrder() {
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14), course.lessons().stream().map(Lesson::order).toList());
    }

    @ParameterizedTest(name = "lesson {0} mentions {1}")
    @CsvSource(delimiter = '|', value = {
            "1|Z \\to X", "1|\\hat{p}", "1|explicit density",
            "2|Forger", "2|Detective", "2|fun fact", "2|walk into a bar", "2|learns to fool",
            "3|\\min_G \\max_D", "3|\\log 4", "3|JSD", "3|\\mathrm{KL}",
            "4|k", "4|\\log D(G(z))", "4|saturat", "4|\\nabla_\\theta",
            "5|Proposition", "5|E-step", "5|```proof",
            "6|Theorem", "6|C(G)", "6|```proof", "6|-\\log 4",
            "7|f^{\\ast}", "7|conjugate", "7|\\sup", "7|Pearson", "7|Hellinger", "7|T_\\phi",
            "9|1701.00160", "9|1511.06434", "9|Arjovsky", "9|Karras", "9|Nowozin", "9|G draws dreams from random haze",
            "9|Mix and train till losses drop", "9|do not fall to signal success",
            "10|Theorem 2.5", "10|Proposition 2", "10|mode-seeking", "10|```proof",
            "11|Dirac", "11|Mescheder", "11|```dirac", "11|f'(0)", "11|alternating", "11|R1",
            "12|PacGAN", "12|unrolled", "12|minibatch", "12|Metz", "12|Salimans", "12|Karras",
            "13|Fréchet", "13|Inception Score", "13|Kynkäänniemi", "13|k = 3",
            "14|Pearson", "14|Mao", "14|hinge", "14|integral probability metric",
    })
    void lessonMentions(int order, String needle) throws Exception {
        String t = lessonText(order);
        assertTrue(t.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT)),
                "lesson " + order + " should mention " + needle);
    }

    @Test
    void everyLabChipIsTaughtInTheStabilisingLesson() throws Exception {
        String t = lessonText(8);
        for (String chip : LessonVocabulary.CHIPS) {
            assertTrue(t.contains(chip), "lesson 8 should link chip " + chip);
        }
    }

    @Test
    void timelineHasTheSeedMilestones() {
        String milestones = course.blocks(LessonBlock.Timeline.class).stream()
                .flatMap(b -> b.entries().stream()).map(e -> e.year() + " " + e.title())
                .collect(Collectors.joining("; "));
        for (String m : List.of("2014 GAN", "2015 DCGAN", "2017 WGAN", "2019 StyleGAN")) {
            assertTrue(milestones.contains(m), milestones);
        }
    }

    @Test
    void enoughQuizAndTrueFalseItemsWithTheSeedQuestion() {
        List<LessonBlock.Quiz> quiz = course.blocks(LessonBlock.Quiz.class);
        assertTrue(quiz.size() >= 12, "quiz questions: " + quiz.size());
        assertTrue(quiz.stream().anyMatch(q -> q.question().contains("E-step")), "the seeds' E-step question");
        long statements = course.blocks(LessonBlock.TrueFalse.class).stream()
                .mapToLong(b -> b.statements().size()).sum();
        assertTrue(statements >= 25, "true/false statements: " + statements);
        for (LessonBlock.Quiz q : quiz) {
            assertTrue(q.choices().stream().allMatch(c -> !c.explanation().isBlank()), "explained: " + q.question());
        }
    }

    @Test
    void lessonsThatCanShowTheirIdeaLiveEmbedASimulator() {
        long withSimulator = course.lessons().stream()
                .filter(l -> l.sections().stream().flatMap(s -> s.blocks().stream())
                        .anyMatch(b -> b instanceof LessonBlock.Simulator))
                .count();
        assertTrue(withSimulator >= 7, "lessons with a live simulator: " + withSimulator);
        assertTrue(text.contains("freezeGenerator: true"), "the optimal-discriminator demo freezes G");
    }
}
