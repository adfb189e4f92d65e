package org.ganclassroom.lesson;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Property-based fuzzing of the lesson parser, checker and loader (issue 19): shipped lessons mutated (characters
 * flipped, lines deleted or repeated, hostile YAML, LaTeX and Markdown fragments inserted, deep nesting) and random
 * lesson-like text. Whatever the input: no exception escapes, nothing hangs, and every problem is one short line
 * that names the file and a line inside it. Seeded, so a failure reproduces; a few seconds in all.
 */
class LessonFuzzTest {
    /** A hang detector, far above the time any input takes; not a speed claim. */
    private static final long HANG_SECONDS = 10;
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lesson-fuzz");
        t.setDaemon(true);
        return t;
    });
    private static final Path FILE = Path.of("lessons", "99-fuzz.md");

    static final List<String> HOSTILE = List.of(
            // YAML
            "&a [*a]", "*a", "<<: *a", "!!python/object/apply:os.system ['id']", "!foo x", "? [a]\n: b", "{", "[",
            "'", "\"\\frac\"", "answer: yes", "answer: ~", "chips: r1", "objectives: hi", "- ", ":", "%YAML 1.1",
            "--- !!map", "...", "---", "\t", "year: 99999999999999999999", "order: 0x10", "order: -0", "id: ../x",
            "correct: on", "math: '$$x$$'", "- text: ", "  - text: '$x$'\n    correct: true", "steps: []",
            "preset: nope", "lab: {preset: wgan, chip: r1}",
            // LaTeX
            "$", "$$", "\\$", "\\", "{", "}", "\\frac", "\\frac{", "\\includegraphics{http://127.0.0.1:9/x.png}",
            "\\includegraphics{/etc/hostname}", "\\newcommand{\\a}{\\a}\\a", "\\jlmXML{x}", "\\left(", "\\right)",
            "\\begin{array}{c}", "\\end{array}", "^", "_", "\\sqrt[", "\\\\", "&", "\\hline", "\\char0",
            "\\rule{9999cm}{9999cm}", "\\scalebox{1000}{x}", "\\kern99999pt", "\\fcscore{99999}", "x_{x_{x_{",
            "\\begin{matrix}", "\\text{$x$}", "\\mathbb{", "\\color{red}", "\\definecolor{a}{rgb}{1,0,0}",
            // Markdown
            "> ", "- ", "1. ", "```", "```quiz", "```proof", "```simulator", "~~~", "`", "![x](../etc/passwd)",
            "![x](http://127.0.0.1:9/x.png)", "![x](/etc/hostname)", "<img src=\"/etc/hostname\">", "## ", "* ", "**",
            "[", "](", "\r", "\r\n", "\u0000", "\uFEFF", "\u202E", "\uD83D\uDE00", "é", "\\u00e9");

    @AfterContainer
    static void stopWorker() {
        WORKER.shutdownNow();
    }

    /**
     * Runs on the worker with a time limit, so a hang fails the property instead of the build; the input that hung
     * is saved whole to target/lesson-fuzz-hang.txt, since jqwik's report cuts long samples.
     */
    private static <T> T bounded(String input, Supplier<T> work) {
        Future<T> future = WORKER.submit(work::get);
        try {
            return future.get(HANG_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            try {
                Files.writeString(Path.of("target", "lesson-fuzz-hang.txt"), input);
            } catch (IOException io) {
                // the failure below still reports the hang
            }
            return fail("no result within " + HANG_SECONDS + " s: a hang (input in target/lesson-fuzz-hang.txt)");
        } catch (Exception e) {
            return fail("an exception escaped: " + e.getCause(), e.getCause());
        }
    }

    private static void assertWellFormed(Path file, String text, List<LessonProblem> problems) {
        int lines = text.split("\r?\n", -1).length;
        assertTrue(problems.size() <= Problems.MAX + 1, "at most " + Problems.MAX + " problems are listed");
        for (LessonProblem p : problems) {
            assertEquals(file, p.file(), p.toString());
            assertTrue(p.line() >= 0 && p.line() <= lines + 1, "line " + p.line() + " of " + lines + ": " + p);
            assertFalse(p.message().isBlank(), p.toString());
            assertFalse(p.message().contains("\n") || p.message().contains("\r"), "one line: " + p);
            assertTrue(p.message().length() <= Problems.MAX_MESSAGE + 2, "short: " + p);
        }
    }

    static List<String> shippedLessons() {
        try (Stream<Path> s = Files.list(Path.of("lessons"))) {
            return s.filter(LessonLoader::isLessonFile).sorted().map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One edit of a lesson's text; {@code at} and {@code pick} are fractions that choose where and what. */
    record Mutation(int kind, double at, double pick, int repeat) {
        String apply(String text) {
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            int line = (int) (at * lines.size());
            int offset = (int) (at * text.length());
            String fragment = HOSTILE.get((int) (pick * HOSTILE.size()));
            return switch (kind) {
                case 0 -> text.substring(0, offset) + (char) (pick * 0x3000) + text.substring(Math.min(text.length(),
                        offset + 1));
                case 1 -> {
                    lines.remove(Math.min(line, lines.size() - 1));
                    yield String.join("\n", lines);
                }
                case 2 -> {
                    String l = lines.get(Math.min(line, lines.size() - 1));
                    lines.add(line, (l + "\n").repeat(repeat).stripTrailing());
                    yield String.join("\n", lines);
                }
                case 3 -> text.substring(0, offset) + fragment.repeat(repeat) + text.substring(offset);
                case 4 -> {
                    lines.add(line, fragment.repeat(repeat));
                    yield String.join("\n", lines);
                }
                default -> text.substring(0, offset) + fragment.repeat(repeat * 400) + text.substring(offset);
            };
        }
    }

    @Provide
    Arbitrary<String> mutatedLessons() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.integers().between(0, 5),
                Arbitraries.doubles().between(0, 0.999).ofScale(4), Arbitraries.doubles().between(0, 0.999).ofScale(4),
                Arbitraries.integers().between(1, 6)).as(Mutation::new);
        return Combinators.combine(Arbitraries.of(shippedLessons()), mutation.list().ofMinSize(1).ofMaxSize(6))
                .as((lesson, mutations) -> {
                    String text = lesson;
                    for (Mutation m : mutations) {
                        text = m.apply(text);
                    }
                    return text;
                });
    }

    @Provide
    Arbitrary<String> randomLessons() {
        Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.of(HOSTILE),
                Arbitraries.of("\n", " ", "id: a\n", "title: T\n", "order: 1\n", "text ", "x", "$x$", "$$\\int$$"),
                Arbitraries.strings().ofMaxLength(6));
        return Combinators.combine(Arbitraries.of("---\nid: f\ntitle: F\norder: 3\n---\n", "---\n", ""),
                token.list().ofMaxSize(60)).as((head, tokens) -> head + String.join("", tokens));
    }

    @Property(tries = 500, seed = "19", shrinking = ShrinkingMode.BOUNDED)
    void mutatedShippedLessonsAreCheckedSafely(@ForAll("mutatedLessons") String text) {
        LessonFile f = bounded(text, () -> LessonParser.parse(FILE, text));
        assertWellFormed(FILE, text, f.problems());
        assertEquals(f.problems().isEmpty(), f.ok());
    }

    @Property(tries = 600, seed = "20", shrinking = ShrinkingMode.BOUNDED)
    void randomLessonTextIsCheckedSafely(@ForAll("randomLessons") String text) {
        LessonFile f = bounded(text, () -> LessonParser.parse(FILE, text));
        assertWellFormed(FILE, text, f.problems());
    }

    @Property(tries = 1000, seed = "21", shrinking = ShrinkingMode.BOUNDED)
    void anyFormulaIsJudgedSafely(@ForAll("formulas") String latex) {
        bounded(latex, () -> TextChecks.latexError(latex));
    }

    @Provide
    Arbitrary<String> formulas() {
        Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.of(HOSTILE), Arbitraries.of("x", "1", " ", "\\alpha",
                "\\frac{a}{b}", "\\sum_{i=1}^n", "\\mathbb{E}", "\\log"));
        return token.list().ofMaxSize(30).map(t -> String.join("", t));
    }

    /** Whole folders through the loader and check-lessons, files written to disk as bytes (not always UTF-8). */
    @Property(tries = 40, seed = "22", shrinking = ShrinkingMode.OFF)
    void foldersOfMutatedLessonsLoadAndCheckSafely(@ForAll("mutatedLessons") String a,
            @ForAll("randomLessons") String b, @ForAll byte[] raw) throws IOException {
        Path dir = Files.createTempDirectory("lesson-fuzz");
        try {
            Files.writeString(dir.resolve("01-a.md"), a);
            Files.writeString(dir.resolve("02-b.md"), b);
            Files.write(dir.resolve("03-raw.md"), raw);
            Course course = bounded(a + "\n=====\n" + b, () -> LessonLoader.load(dir));
            assertEquals(3, course.lessons().size() + course.broken().size());
            for (BrokenLesson broken : course.broken()) {
                assertWellFormed(broken.file(), Files.readString(broken.file(), StandardCharsets.ISO_8859_1),
                        broken.problems());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = bounded(a + "\n=====\n" + b, () -> CheckLessonsCommand.run(new String[] {dir.toString()},
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
            assertTrue(code == CheckLessonsCommand.OK || code == CheckLessonsCommand.PROBLEMS, "exit code " + code);
            assertEquals("", err.toString(StandardCharsets.UTF_8));
            for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
                assertTrue(line.startsWith(dir.toString()) || line.startsWith("checked 3 lessons"), line);
            }
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
