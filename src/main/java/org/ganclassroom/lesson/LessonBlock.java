package org.ganclassroom.lesson;

import org.ganclassroom.lesson.scenario.Expectation;

import java.util.List;

/**
 * A piece of a lesson: Markdown prose, or one of the fenced interactive blocks. Every block knows the
 * 1-based line where it starts in its file, so problems and presenter positions can point at it.
 */
public sealed interface LessonBlock {
    int line();

    /** Markdown with inline {@code $…$} and display {@code $$…$$} LaTeX; tables, lists, emphasis, images. */
    record Markdown(int line, String text) implements LessonBlock {
    }

    /**
     * ```quiz: one multiple-choice question; exactly one or more choices are correct.
     *
     * @param shuffle whether the choices are shown in a shuffled order (false keeps author order, for a choice
     *                like "all of the above")
     */
    record Quiz(int line, String question, List<QuizChoice> choices, boolean shuffle) implements LessonBlock {
        public Quiz {
            choices = List.copyOf(choices);
        }

        public Quiz(int line, String question, List<QuizChoice> choices) {
            this(line, question, choices, true);
        }
    }

    /** ```truefalse: statements for the speed round (and shown as a self-check in the lesson). */
    record TrueFalse(int line, List<TrueFalseStatement> statements) implements LessonBlock {
        public TrueFalse {
            statements = List.copyOf(statements);
        }
    }

    /** ```timeline: milestones for the timeline view. */
    record Timeline(int line, List<TimelineEntry> entries) implements LessonBlock {
        public Timeline {
            entries = List.copyOf(entries);
        }
    }

    /** ```proof: a statement and its proof, revealed one step at a time. */
    record Proof(int line, String title, String statement, List<ProofStep> steps) implements LessonBlock {
        public Proof {
            steps = List.copyOf(steps);
        }
    }

    /**
     * ```simulator: a live simulator embedded in the lesson.
     *
     * @param preset          an experiment preset name (see {@code sim --list-presets})
     * @param chips           lab chip ids switched on at start
     * @param freezeGenerator train only D (the optimal-discriminator demo)
     * @param caption         what to watch for
     * @param expect          the caption's claim as data, checked by {@code check-lessons --run}; null when none
     * @param warmup          steps of the whole game played before the block's run starts, so G is partly trained;
     *                        D then starts afresh (0: none)
     */
    record Simulator(int line, String preset, List<String> chips, boolean freezeGenerator, String caption,
                     Expectation expect, int warmup) implements LessonBlock {
        public Simulator {
            chips = List.copyOf(chips);
        }

        public Simulator(int line, String preset, List<String> chips, boolean freezeGenerator, String caption,
                         Expectation expect) {
            this(line, preset, chips, freezeGenerator, caption, expect, 0);
        }

        public Simulator(int line, String preset, List<String> chips, boolean freezeGenerator, String caption) {
            this(line, preset, chips, freezeGenerator, caption, null);
        }
    }

    /**
     * ```dirac: the Dirac-GAN's live phase portrait (Mescheder et al. 2018), its settings at the start.
     *
     * @param loss     {@code gan}, {@code nonsaturating} or {@code wasserstein}
     * @param switches regularisers on at the start, from {@link LessonVocabulary#DIRAC_SWITCHES}
     * @param rate     the generator's learning rate h at the start
     * @param theta    the starting θ (the generator's Dirac position)
     * @param psi      the starting ψ (the discriminator's slope)
     * @param caption  what to watch for
     */
    record Dirac(int line, String loss, List<String> switches, double rate, double theta, double psi,
                 String caption) implements LessonBlock {
        public Dirac {
            switches = List.copyOf(switches);
        }
    }

    /** A choice of a quiz question with the explanation shown after it is picked. */
    record QuizChoice(String text, boolean correct, String explanation) {
    }

    /** A statement of the speed round, its truth, and why. */
    record TrueFalseStatement(String statement, boolean answer, String explanation) {
    }

    /**
     * A timeline milestone.
     *
     * @param labPreset experiment preset that demonstrates it, or null
     * @param labChip   lab chip that demonstrates it, or null
     */
    record TimelineEntry(int year, String title, String authors, String idea, String problem, String labPreset,
                         String labChip) {
    }

    /** One step of a proof: prose (Markdown with maths) and an optional display formula. */
    record ProofStep(String text, String math) {
    }
}
