package org.ganclassroom.lesson;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LessonParserTest {
    @TempDir
    Path dir;

    private Lesson parseOk(String text) {
        LessonFile f = LessonParser.parse(dir.resolve("01-test.md"), text);
        assertEquals(List.of(), f.problems().stream().map(LessonProblem::format).toList());
        assertTrue(f.ok());
        return f.lesson();
    }

    private static String front(String body) {
        return "---\nid: test-lesson\ntitle: A test\norder: 3\nobjectives:\n  - one\n  - two\n---\n" + body;
    }

    @Test
    void frontMatterAndSections() {
        Lesson l = parseOk(front("""
                Intro $x$ text.

                ## First $\\alpha$ section

                Para one.

                ```python
                ## not a heading
                x = "$"
                ```

                ## Second
                Last.
                """));
        assertEquals("test-lesson", l.id());
        assertEquals("A test", l.title());
        assertEquals(3, l.order());
        assertEquals(List.of("one", "two"), l.objectives());
        assertEquals(3, l.sections().size());
        LessonSection intro = l.sections().get(0);
        assertEquals("", intro.heading());
        assertEquals(new LessonBlock.Markdown(9, "Intro $x$ text."), intro.blocks().get(0));
        LessonSection first = l.sections().get(1);
        assertEquals("First $\\alpha$ section", first.heading());
        assertEquals(11, first.line());
        LessonBlock.Markdown md = assertInstanceOf(LessonBlock.Markdown.class, first.blocks().get(0));
        assertEquals(13, md.line());
        assertEquals("Para one.\n\n```python\n## not a heading\nx = \"$\"\n```", md.text());
        assertEquals("Second", l.sections().get(2).heading());
        assertEquals(20, l.sections().get(2).line());
    }

    @Test
    void noIntroSectionWhenTheBodyStartsWithAHeading() {
        Lesson l = parseOk(front("\n## Only\ntext\n"));
        assertEquals(1, l.sections().size());
        assertEquals("Only", l.sections().get(0).heading());
    }

    @Test
    void quiz() {
        Lesson l = parseOk(front("""
                ## Q
                ```quiz
                question: 'What is $D^*(x)$?'
                choices:
                  - text: '$\\frac{p}{p+q}$'
                    correct: true
                    explain: Pointwise maximum.
                  - text: A likelihood
                    explain: No.
                ```
                """));
        LessonBlock.Quiz q = assertInstanceOf(LessonBlock.Quiz.class, l.sections().get(0).blocks().get(0));
        assertEquals(10, q.line());
        assertEquals("What is $D^*(x)$?", q.question());
        assertEquals(List.of(new LessonBlock.QuizChoice("$\\frac{p}{p+q}$", true, "Pointwise maximum."),
                new LessonBlock.QuizChoice("A likelihood", false, "No.")), q.choices());
        assertTrue(q.shuffle(), "choices are shuffled unless the block says otherwise");
    }

    @Test
    void simulatorWarmupIsAStepCountInRange() {
        String block = "```simulator\npreset: mixture2\nwarmup: %s\nfreezeGenerator: true\n```\n";
        Lesson l = parseOk(front(block.formatted("200")));
        LessonBlock.Simulator sim = assertInstanceOf(LessonBlock.Simulator.class, l.sections().get(0).blocks().get(0));
        assertEquals(200, sim.warmup());
        LessonFile bad = LessonParser.parse(dir.resolve("01-test.md"), front(block.formatted("99999")));
        assertEquals(List.of(dir.resolve("01-test.md") + ":11: simulator 'warmup' must be a step count from 0 to 5000,"
                + " not 99999"), bad.problems().stream().map(LessonProblem::format).toList());
    }

    @Test
    void diracBlockReadsItsSettingsAndDefaults() {
        Lesson l = parseOk(front("""
                ```dirac
                loss: wasserstein
                switches: [r1, ttur]
                rate: 0.25
                start: [-1, 0.5]
                caption: 'Watch $\\theta$ circle.'
                ```
                """));
        assertEquals(new LessonBlock.Dirac(9, "wasserstein", List.of("r1", "ttur"), 0.25, -1, 0.5,
                "Watch $\\theta$ circle."), l.sections().get(0).blocks().get(0));
        LessonBlock.Dirac minimal = assertInstanceOf(LessonBlock.Dirac.class,
                parseOk(front("```dirac\ncaption: plain\n```\n")).sections().get(0).blocks().get(0));
        assertEquals(new LessonBlock.Dirac(9, "gan", List.of(), 0.1, 1, 1, "plain"), minimal);
    }

    @Test
    void diracBlockNamesWhatIsWrongAndWhere() {
        String text = front("""
                ```dirac
                loss: wassersten
                switches: [r1, noise]
                rate: 3
                start: [9, 0]
                speed: 2
                ```
                """);
        LessonFile bad = LessonParser.parse(dir.resolve("01-test.md"), text);
        List<String> problems = bad.problems().stream().map(LessonProblem::format).toList();
        String f = dir.resolve("01-test.md").toString();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(f + ":10: unknown dirac loss 'wassersten' (did you mean"
                + " 'wasserstein'?)")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(f + ":11: unknown dirac switch 'noise'")), problems.toString());
        assertTrue(problems.contains(f + ":12: dirac 'rate' must be a number above 0 and at most 1.0, not '3'"),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(f + ":13: dirac 'start' must be [θ, ψ]")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(f + ":14:") && p.contains("speed")), problems.toString());
    }

    @Test
    void quizCanKeepAuthorOrderAndTheFlagMustBeABoolean() {
        String block = """
                ```quiz
                question: Which hold?
                shuffle: %s
                choices:
                  - text: A
                  - text: All of the above
                    correct: true
                ```
                """;
        Lesson l = parseOk(front(block.formatted("false")));
        LessonBlock.Quiz q = assertInstanceOf(LessonBlock.Quiz.class, l.sections().get(0).blocks().get(0));
        assertFalse(q.shuffle());
        assertEquals(q, QuizOrder.presented(q, 42), "author order is kept in every attempt");

        LessonFile bad = LessonParser.parse(dir.resolve("01-test.md"), front(block.formatted("maybe")));
        assertFalse(bad.ok());
        assertEquals(List.of(dir.resolve("01-test.md") + ":11: 'shuffle' must be true or false, not 'maybe'"),
                bad.problems().stream().map(LessonProblem::format).toList());
    }

    @Test
    void trueFalse() {
        Lesson l = parseOk(front("""
                ```truefalse
                - statement: "At the optimum D(x) = 1/2."
                  answer: true
                  explain: Because p_g = p_data.
                - statement: G sees the data.
                  answer: false
                ```
                """));
        LessonBlock.TrueFalse tf = assertInstanceOf(LessonBlock.TrueFalse.class, l.sections().get(0).blocks().get(0));
        assertEquals(9, tf.line());
        assertEquals(List.of(new LessonBlock.TrueFalseStatement("At the optimum D(x) = 1/2.", true,
                "Because p_g = p_data."), new LessonBlock.TrueFalseStatement("G sees the data.", false, "")),
                tf.statements());
    }

    @Test
    void timeline() {
        Lesson l = parseOk(front("""
                ```timeline
                - year: 2014
                  title: GAN
                  authors: Goodfellow, Bengio
                  idea: Two networks play a minimax game.
                  problem: Sampling without a likelihood
                  lab: { preset: mixture2 }
                - year: 2017
                  title: WGAN
                  lab: { preset: wgan, chip: wasserstein }
                - year: 2019
                  title: Chip only
                  lab:
                    chip: r1
                ```
                """));
        LessonBlock.Timeline t = assertInstanceOf(LessonBlock.Timeline.class, l.sections().get(0).blocks().get(0));
        assertEquals(List.of(
                new LessonBlock.TimelineEntry(2014, "GAN", "Goodfellow, Bengio", "Two networks play a minimax game.",
                        "Sampling without a likelihood", "mixture2", null),
                new LessonBlock.TimelineEntry(2017, "WGAN", "", "", "", "wgan", "wasserstein"),
                new LessonBlock.TimelineEntry(2019, "Chip only", "", "", "", null, "r1")), t.entries());
    }

    @Test
    void proof() {
        Lesson l = parseOk(front("""
                ```proof
                title: "Proposition 1"
                statement: 'For a fixed $G$, $D^*_G(x) = \\frac{p_{data}(x)}{p_{data}(x)+p_g(x)}$.'
                steps:
                  - text: 'Write the value as an integral over $x$:'
                    math: 'V(D,G) = \\int_x p_{data}(x)\\log D(x) + p_g(x)\\log(1-D(x))\\,dx'
                  - text: Maximise pointwise.
                  - math: |
                      \\frac{a}{a+b}
                ```
                """));
        LessonBlock.Proof p = assertInstanceOf(LessonBlock.Proof.class, l.sections().get(0).blocks().get(0));
        assertEquals("Proposition 1", p.title());
        assertEquals("For a fixed $G$, $D^*_G(x) = \\frac{p_{data}(x)}{p_{data}(x)+p_g(x)}$.", p.statement());
        assertEquals(3, p.steps().size());
        assertEquals("V(D,G) = \\int_x p_{data}(x)\\log D(x) + p_g(x)\\log(1-D(x))\\,dx", p.steps().get(0).math());
        assertEquals(new LessonBlock.ProofStep("Maximise pointwise.", null), p.steps().get(1));
        assertEquals("\\frac{a}{a+b}\n", p.steps().get(2).math());
    }

    @Test
    void simulator() {
        Lesson l = parseOk(front("""
                Before.

                ```simulator
                preset: mixture2
                chips: [nonsaturating, r1]
                freezeGenerator: true
                caption: 'Watch $D(x)$ approach $D^*(x)$.'
                ```

                After.
                """));
        List<LessonBlock> blocks = l.sections().get(0).blocks();
        assertEquals(3, blocks.size());
        assertEquals(new LessonBlock.Markdown(9, "Before."), blocks.get(0));
        assertEquals(new LessonBlock.Simulator(11, "mixture2", List.of("nonsaturating", "r1"), true,
                "Watch $D(x)$ approach $D^*(x)$."), blocks.get(1));
        assertEquals(new LessonBlock.Markdown(18, "After."), blocks.get(2));
        LessonBlock.Simulator minimal = assertInstanceOf(LessonBlock.Simulator.class,
                parseOk(front("```simulator\npreset: gaussian\n```\n")).sections().get(0).blocks().get(0));
        assertEquals(List.of(), minimal.chips());
        assertFalse(minimal.freezeGenerator());
    }

    @Test
    void dollarsThatAreNotMathsAndMultiLineDisplayMaths() {
        Lesson l = parseOk(front("""
                It costs $5 or \\$10, and `$x` is code; a lone $ too.

                $$
                \\min_G \\max_D V(D,G)
                = \\mathbb{E}[\\log D(x)]
                $$

                ~~~
                $\\broken{$ inside code
                ~~~
                """));
        assertEquals(1, l.sections().size());
    }

    @Test
    void imagesInsideTheFolderAreAccepted() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("images"));
        java.nio.file.Files.write(dir.resolve("images/gan.png"), new byte[] {1});
        parseOk(front("![A GAN](images/gan.png) and <img src=\"images/gan.png\">\n"));
    }

    @Test
    void byteOrderMarkAndWindowsLineEndings() {
        Lesson l = parseOk("\uFEFF---\r\nid: crlf\r\ntitle: T\r\norder: 1\r\n---\r\n## H\r\ntext\r\n");
        assertEquals("crlf", l.id());
        assertEquals("H", l.sections().get(0).heading());
        assertEquals(6, l.sections().get(0).line());
    }

    @Test
    void brokenFileKeepsReadableTitleAndOrder() {
        LessonFile f = LessonParser.parse(dir.resolve("07-x.md"), "---\nid: x\ntitle: Readable\norder: 7\n---\n"
                + "```quiz\nquestion: q\n```\n");
        assertFalse(f.ok());
        assertNull(f.lesson());
        assertEquals("Readable", f.broken().title());
        assertEquals(7, f.broken().order());
        LessonFile g = LessonParser.parse(dir.resolve("08-y.md"), "no front matter\n");
        assertEquals("08-y.md", g.title());
        assertEquals(Integer.MAX_VALUE, g.order());
    }
}
