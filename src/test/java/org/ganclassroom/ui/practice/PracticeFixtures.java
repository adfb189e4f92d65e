package org.ganclassroom.ui.practice;

import org.ganclassroom.lesson.Course;
import org.ganclassroom.lesson.Lesson;
import org.ganclassroom.lesson.LessonBlock;
import org.ganclassroom.lesson.LessonBlock.QuizChoice;
import org.ganclassroom.lesson.LessonBlock.TimelineEntry;
import org.ganclassroom.lesson.LessonBlock.TrueFalseStatement;
import org.ganclassroom.lesson.LessonSection;

import java.nio.file.Path;
import java.util.List;

/** Courses built in code for the practice-page tests (the app ships no sample content). */
public final class PracticeFixtures {
    private PracticeFixtures() {
    }

    public static Course course(LessonBlock... blocks) {
        return course(List.of(List.of(blocks)));
    }

    /** One lesson per list of blocks, in order. */
    public static Course course(List<List<LessonBlock>> lessons) {
        List<Lesson> ls = new java.util.ArrayList<>();
        int n = 1;
        for (List<LessonBlock> blocks : lessons) {
            ls.add(new Lesson("lesson-" + n, "Lesson " + n, n, List.of(), Path.of("lessons", n + "-l.md"),
                    List.of(new LessonSection("", 1, blocks))));
            n++;
        }
        return new Course(ls, List.of());
    }

    public static LessonBlock.Quiz quiz(String question, int correctIndex, String... choices) {
        List<QuizChoice> cs = new java.util.ArrayList<>();
        for (int i = 0; i < choices.length; i++) {
            cs.add(new QuizChoice(choices[i], i == correctIndex, "Because " + choices[i].toLowerCase()
                    + (i == correctIndex ? " is right." : " is not it.")));
        }
        return new LessonBlock.Quiz(1, question, cs, false);
    }

    /** Author order: these fixtures' tests name choices by position (shuffling has its own tests). */
    private static LessonBlock.Quiz authorOrder(LessonBlock.Quiz q) {
        return new LessonBlock.Quiz(q.line(), q.question(), q.choices(), false);
    }

    public static TimelineEntry entry(int year, String title, String preset, String chip) {
        return new TimelineEntry(year, title, "Author of " + title, "The idea of " + title,
                "The problem " + title + " solved", preset, chip);
    }

    /** The realistic course used for screenshots and UI tests. */
    public static Course sample() {
        LessonBlock.Quiz q1 = new LessonBlock.Quiz(3, "What does the discriminator $D(x)$ output?", List.of(
                new QuizChoice("The probability that $x$ came from the data rather than from $G$", true,
                        "Right: $D$ is a classifier, real versus generated."),
                new QuizChoice("A new sample from the generator", false,
                        "That is the generator's job, not the discriminator's."),
                new QuizChoice("The Jensen–Shannon divergence", false,
                        "The divergence appears in the value of the game at the optimal $D^*$, not as $D$'s output."),
                new QuizChoice("The latent code $z$", false, "$z$ is the generator's input noise.")));
        LessonBlock.Quiz q2 = new LessonBlock.Quiz(9, "For a fixed $G$, the optimal discriminator is…", List.of(
                new QuizChoice("$D^*(x) = 1/2$ everywhere", false, "Only when $p_g = p_{data}$."),
                new QuizChoice("$D^*(x) = p_{data}(x) / (p_{data}(x) + p_g(x))$", true,
                        "Maximise $a \\log y + b \\log(1-y)$ pointwise: $y = a/(a+b)$."),
                new QuizChoice("$D^*(x) = p_g(x)$", false, "$D$ is a probability of being real, not a density.")));
        LessonBlock.Quiz q3 = new LessonBlock.Quiz(15, "Why use the non-saturating generator loss?", List.of(
                new QuizChoice("It gives strong gradients early, when $D$ easily rejects fakes", true,
                        "$\\log(1-D(G(z)))$ is flat when $D(G(z)) \\approx 0$; $-\\log D(G(z))$ is not."),
                new QuizChoice("It makes training converge in one step", false, "Nothing does that."),
                new QuizChoice("It removes the need for a discriminator", false, "Both networks are still needed.")));
        q1 = authorOrder(q1);
        q2 = authorOrder(q2);
        q3 = authorOrder(q3);
        LessonBlock.TrueFalse tf = new LessonBlock.TrueFalse(20, List.of(
                new TrueFalseStatement("At the global optimum, $D^*(x) = 1/2$ everywhere.", true,
                        "Because $p_g = p_{data}$, so $D^* = p/(p+p) = 1/2$."),
                new TrueFalseStatement("The generator sees real data directly.", false,
                        "It only learns through the discriminator's gradients."),
                new TrueFalseStatement("Mode collapse means G produces only a few kinds of samples.", true,
                        "G maps many $z$ to the same few outputs."),
                new TrueFalseStatement("WGAN uses a sigmoid output on the critic.", false,
                        "The critic outputs an unbounded score."),
                new TrueFalseStatement("Spectral normalisation constrains the discriminator's Lipschitz constant.",
                        true, "Each layer's weight is divided by its largest singular value."),
                new TrueFalseStatement("Training a GAN minimises a fixed loss function.", false,
                        "It is a two-player game; the loss landscape moves.")));
        LessonBlock.Timeline tl = new LessonBlock.Timeline(30, List.of(
                new TimelineEntry(2014, "Generative Adversarial Nets",
                        "Goodfellow, Pouget-Abadie, Mirza, Xu, Warde-Farley, Ozair, Courville, Bengio",
                        "Two networks play a minimax game: $G$ forges samples, $D$ tells real from fake.",
                        "Sampling from complex distributions without an explicit likelihood", "mixture2", null),
                new TimelineEntry(2014, "Conditional GAN", "Mirza, Osindero",
                        "Feed a label $y$ to both $G$ and $D$.", "Controlling what the generator produces",
                        null, null),
                new TimelineEntry(2015, "DCGAN", "Radford, Metz, Chintala",
                        "Convolutional architecture guidelines that make GANs train on images.",
                        "Unstable training of deep convolutional GANs", null, null),
                new TimelineEntry(2017, "Wasserstein GAN", "Arjovsky, Chintala, Bottou",
                        "Minimise the Earth-Mover distance with a Lipschitz critic.",
                        "Vanishing gradients and mode collapse", "wgan", "wasserstein"),
                new TimelineEntry(2017, "WGAN-GP", "Gulrajani, Ahmed, Arjovsky, Dumoulin, Courville",
                        "A gradient penalty instead of weight clipping.", "Clipping made the critic too simple",
                        "wgan-gp", "gradientpenalty"),
                new TimelineEntry(2017, "TTUR", "Heusel, Ramsauer, Unterthiner, Nessler, Hochreiter",
                        "Different learning rates for $G$ and $D$.", "Convergence to a local Nash equilibrium",
                        null, "ttur"),
                new TimelineEntry(2018, "Spectral Normalization", "Miyato, Kataoka, Koyama, Yoshida",
                        "Normalise each layer by its spectral norm.", "Cheap Lipschitz control for $D$",
                        null, "spectralnorm"),
                new TimelineEntry(2019, "StyleGAN", "Karras, Laine, Aila",
                        "A style-based generator with a mapping network.", "Control over image style and quality",
                        null, null)));
        return course(List.of(List.of(q1, tf, tl), List.of(q2, q3)));
    }
}
