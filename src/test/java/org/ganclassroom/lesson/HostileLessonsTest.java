package org.ganclassroom.lesson;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The crashes and hangs of issue 19: each hostile lesson is a broken lesson with a one-line file:line problem,
 * the good lesson beside it still loads, and {@code check-lessons} prints no stack trace. The time limits are
 * generous hang detectors, not speed claims.
 */
class HostileLessonsTest {
    private static final Duration HANG = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private static String front(String extra, String body) {
        return "---\nid: x\ntitle: X\norder: 2\n" + extra + "---\n" + body;
    }

    /** Parses one hostile file beside a good one and returns the hostile file's problems. */
    private List<LessonProblem> loadBesideAGoodLesson(String hostile) throws Exception {
        Files.writeString(dir.resolve("01-good.md"), "---\nid: good\ntitle: Good\norder: 1\n---\nFine $x^2$.\n");
        Files.writeString(dir.resolve("02-bad.md"), hostile);
        Course course = assertTimeoutPreemptively(HANG, () -> LessonLoader.load(dir));
        assertEquals(List.of("good"), course.lessons().stream().map(Lesson::id).toList());
        assertEquals(1, course.broken().size());
        return course.broken().get(0).problems();
    }

    /** check-lessons output: every line is "file:line: message" or the summary, and short. */
    private String checkLessonsOutput() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = assertTimeoutPreemptively(HANG, () -> CheckLessonsCommand.run(new String[] {dir.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(CheckLessonsCommand.PROBLEMS, code, text);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        for (String line : text.split("\n")) {
            assertTrue(line.startsWith(dir.resolve("02-bad.md") + ":") || line.startsWith("checked 2 lessons"), line);
            assertTrue(line.length() < 400, line);
        }
        return text;
    }

    private void assertProblem(String hostile, int line, String containing) throws Exception {
        List<LessonProblem> problems = loadBesideAGoodLesson(hostile);
        assertTrue(problems.stream().anyMatch(p -> p.line() == line && p.message().contains(containing)),
                problems.toString());
        String out = checkLessonsOutput();
        assertTrue(out.contains("02-bad.md:" + line + ": "), out);
    }

    @Test
    void recursiveYamlAliasInFrontMatter() throws Exception {
        assertProblem(front("objectives: &a [*a]\n", "text\n"), 5, "anchor");
    }

    @Test
    void yamlAliasInABlock() throws Exception {
        assertProblem(front("", "```simulator\npreset: &p mixture2\ncaption: *p\n```\n"), 7, "anchor");
    }

    @Test
    void twentyThousandOpenBraces() throws Exception {
        assertProblem(front("", "$" + "{".repeat(20_000) + "x$\n"), 6, "characters long; the limit is 4000");
    }

    @Test
    void threeThousandNestedFractions() throws Exception {
        assertProblem(front("", "$$" + "\\frac{".repeat(3_000) + "1" + "}{2}".repeat(3_000) + "$$\n"), 6,
                "the limit is");
    }

    @Test
    void nestingJustOverTheDepthLimitWithinTheLengthLimit() throws Exception {
        int n = LatexGuard.MAX_DEPTH + 1;
        assertProblem(front("", "$" + "x_{".repeat(n) + "y" + "}".repeat(n) + "$\n"), 6,
                "nested " + n + " levels deep");
    }

    @Test
    void fiveThousandNestedSubscripts() throws Exception {
        assertProblem(front("", "$" + "x_{".repeat(5_000) + "y" + "}".repeat(5_000) + "$\n"), 6, "the limit is");
    }

    @Test
    void deeplyNestedMarkdown() throws Exception {
        assertProblem(front("", "text\n\n" + ">".repeat(50_000) + " deep\n"), 8, "Markdown is nested more than");
    }

    @Test
    void twoHundredThousandInlineFormulas() throws Exception {
        assertProblem(front("", "$x$ ".repeat(200_000) + "\n"), 6, "more than 2000 formulas");
    }

    @Test
    void fiveMegabytesOfParagraphsWithMaths() throws Exception {
        String paragraph = "The value $V(D,G) = \\log D(x)$ is read from the inside out.\n\n";
        assertProblem(front("", paragraph.repeat(5_000_000 / paragraph.length())), 0, "larger than 1048576 bytes");
    }

    @Test
    void aLongLineOfLoneDollarsIsCheckedQuickly() throws Exception {
        // every '$a' opens an inline formula that never closes: a naive scan is quadratic in the line length
        assertProblem(front("", "$a ".repeat(300_000) + "\n$\\nope$\n"), 7, "'nope'");
    }

    @Test
    void manyUnclosedBacktickRunsAreCheckedQuickly() throws Exception {
        StringBuilder runs = new StringBuilder();
        for (int k = 1; k <= 400; k++) {
            runs.append("`".repeat(k)).append(' ');
        }
        assertProblem(front("", runs + "\n$\\nope$\n"), 7, "'nope'");
    }
}
