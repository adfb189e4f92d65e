package org.ganclassroom.ui.lessons;

import org.ganclassroom.lesson.BrokenLesson;
import org.ganclassroom.lesson.Course;
import org.ganclassroom.lesson.Lesson;
import org.ganclassroom.lesson.LessonBlock;
import org.ganclassroom.lesson.LessonProblem;
import org.ganclassroom.lesson.LessonSection;

import java.nio.file.Path;
import java.util.List;

/** A small course built in code (the loader lives on another branch): maths, a table, every block type, a broken lesson. */
final class SampleCourse {
    static final Path DIR = Path.of("lessons-sample");
    static final Path BROKEN_FILE = DIR.resolve("03-wgan.md");

    private SampleCourse() {
    }

    static Lesson intro() {
        return intro("""
                A **generative adversarial network** pits two networks against each other: a generator $G$ that turns
                noise $z \\sim p_z$ into samples $G(z)$, and a discriminator $D$ that outputs the probability
                $D(x) \\in [0,1]$ that $x$ is real. A price like \\$5 stays a dollar, and `$HOME` stays code.

                | Network | Input | Output | Wants |
                |---|:---:|---|---|
                | Generator $G$ | noise $z$ | a sample $G(z)$ | $D(G(z)) \\to 1$ |
                | Discriminator $D$ | a sample $x$ | $D(x)$ | real → 1, fake → 0 |
                """);
    }

    static Lesson intro(String firstText) {
        return new Lesson("gan-intro", "What is a GAN?", 1,
                List.of("Name the two players of a GAN and what each one wants",
                        "Read the value function $V(D,G)$"),
                DIR.resolve("01-gan-intro.md"),
                List.of(
                        new LessonSection("", 6, List.of(new LessonBlock.Markdown(6, firstText))),
                        new LessonSection("The minimax game", 16, List.of(
                                new LessonBlock.Markdown(18, """
                                        Both play one game with the value function

                                        $$\\min_G \\max_D V(D,G) = \\mathbb{E}_{x\\sim p_{data}}[\\log D(x)] + \\mathbb{E}_{z\\sim p_z}[\\log(1-D(G(z)))]$$

                                        - $D$ *maximises* $V$: it wants $\\log D(x)$ large on real data.
                                        - $G$ *minimises* $V$ by fooling $D$.
                                        """),
                                new LessonBlock.Quiz(26, "What does the discriminator $D(x)$ output?", List.of(
                                        new LessonBlock.QuizChoice("A new sample", false,
                                                "That is the generator's job."),
                                        new LessonBlock.QuizChoice("The probability that $x$ is real", true,
                                                "Right: $D(x) \\in [0,1]$ is the estimated probability that $x$ came from the data."),
                                        new LessonBlock.QuizChoice("The noise $z$", false,
                                                "The noise is the generator's input."))))),
                        new LessonSection("Check yourself", 40, List.of(
                                new LessonBlock.TrueFalse(42, List.of(
                                        new LessonBlock.TrueFalseStatement(
                                                "At the global optimum $D^*(x) = \\tfrac12$ everywhere.", true,
                                                "Because $p_g = p_{data}$, so $D^* = p/(p+p) = 1/2$."),
                                        new LessonBlock.TrueFalseStatement(
                                                "The generator sees the real data directly.", false,
                                                "It only gets gradients through $D$."))),
                                new LessonBlock.Timeline(52, List.of(
                                        new LessonBlock.TimelineEntry(2014, "GAN", "Goodfellow et al.",
                                                "Two networks play a minimax game.", "Sampling without a likelihood",
                                                "mixture2", null),
                                        new LessonBlock.TimelineEntry(2017, "WGAN", "Arjovsky, Chintala, Bottou",
                                                "Use the Wasserstein distance.", "Vanishing gradients", null,
                                                "wasserstein"))))),
                        new LessonSection("Try it", 60, List.of(
                                new LessonBlock.Markdown(62, "Train a tiny GAN on two bumps."),
                                new LessonBlock.Simulator(64, "mixture2", List.of("nonsaturating"), false,
                                        "Watch $G$ spread its samples over both modes.")))));
    }

    static Lesson optimalD() {
        return new Lesson("optimal-discriminator", "The optimal discriminator", 2,
                List.of("Derive $D^*_G(x)$ for a fixed generator"),
                DIR.resolve("02-optimal-discriminator.md"),
                List.of(
                        new LessonSection("", 6, List.of(new LessonBlock.Markdown(6,
                                "Fix the generator. Which $D$ maximises $V(D,G)$?"))),
                        new LessonSection("Proposition 1", 10, List.of(
                                new LessonBlock.Proof(12, "Proposition 1 (optimal discriminator)",
                                        "For a fixed $G$, the optimal discriminator is $D^*_G(x) = \\frac{p_{data}(x)}{p_{data}(x)+p_g(x)}$.",
                                        List.of(
                                                new LessonBlock.ProofStep("Write the value as an integral over $x$:",
                                                        "V(D,G) = \\int_x p_{data}(x)\\log D(x) + p_g(x)\\log(1-D(x))\\,dx"),
                                                new LessonBlock.ProofStep(
                                                        "For $a, b > 0$ the function $y \\mapsto a\\log y + b\\log(1-y)$ peaks at",
                                                        "y^* = \\frac{a}{a+b}"),
                                                new LessonBlock.ProofStep(
                                                        "Maximise pointwise with $a = p_{data}(x)$ and $b = p_g(x)$. $\\square$",
                                                        null))))),
                        new LessonSection("What it means", 30, List.of(new LessonBlock.Markdown(32,
                                "Where $p_g = p_{data}$, $D^* = \\tfrac12$: the discriminator can only guess.")))));
    }

    static BrokenLesson broken() {
        return new BrokenLesson(BROKEN_FILE, "Wasserstein GAN", 3, List.of(
                new LessonProblem(BROKEN_FILE, 1, "front matter: missing required key 'id'"),
                new LessonProblem(BROKEN_FILE, 27, "unknown fence language 'quizz'")));
    }

    static Course course() {
        return new Course(List.of(intro(), optimalD()), List.of(broken()));
    }
}
