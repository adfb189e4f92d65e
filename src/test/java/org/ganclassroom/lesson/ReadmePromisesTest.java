package org.ganclassroom.lesson;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lessons that lessons/README.md calls errors, which the checker used to accept (issue 19, item 8). */
class ReadmePromisesTest {
    @TempDir
    Path dir;

    private List<String> problems(String text) {
        Path file = dir.resolve("l.md");
        LessonFile f = LessonParser.parse(file, text);
        String prefix = file + ":";
        return f.problems().stream().map(p -> p.format().substring(prefix.length())).toList();
    }

    private static String front(String body) {
        return "---\nid: t\ntitle: T\norder: 1\n---\n" + body;
    }

    @Test
    void answerYesIsNotTrue() {
        assertEquals(List.of("8: 'answer' must be true or false, not 'yes'"),
                problems(front("```truefalse\n- statement: S\n  answer: yes\n```\n")));
    }

    @Test
    void correctOnAndFreezeGeneratorOffAreNotBooleans() {
        assertEquals(List.of("10: 'correct' must be true or false, not 'on'"), problems(front(
                "```quiz\nquestion: Q\nchoices:\n  - text: a\n    correct: on\n  - text: b\n    correct: true\n```\n")));
        assertEquals(List.of("8: 'freezeGenerator' must be true or false, not 'off'"),
                problems(front("```simulator\npreset: mixture2\nfreezeGenerator: off\n```\n")));
    }

    @Test
    void capitalisedTrueStillCounts() {
        assertEquals(List.of(), problems(front("```truefalse\n- statement: S\n  answer: True\n```\n")));
    }

    @Test
    void wholeNumbersAreDecimal() {
        // YAML 1.1 reads 017 as octal 15 and 0x10 as 16
        assertEquals(List.of("4: 'order' must be a whole number, not '0x10'"),
                problems("---\nid: t\ntitle: T\norder: 0x10\n---\n"));
        assertEquals(7, LessonParser.parse(dir.resolve("l.md"), "---\nid: t\ntitle: T\norder: 007\n---\n")
                .order());
    }

    @Test
    void chipsMustBeAList() {
        assertEquals(List.of("8: 'chips' must be a list, such as chips: [r1] or one '- item' per line"),
                problems(front("```simulator\npreset: mixture2\nchips: r1\n```\n")));
    }

    @Test
    void objectivesMustBeAList() {
        assertEquals(List.of("4: 'objectives' must be a list, such as objectives: [hi] or one '- item' per line"),
                problems("---\nid: t\ntitle: T\nobjectives: hi\norder: 1\n---\n"));
    }

    @Test
    void proofMathHoldsNoDollars() {
        String msg = "proof 'math' is one display formula without '$' or '$$' around it (write \\$ for a dollar sign)";
        assertEquals(List.of("9: " + msg), problems(front("```proof\nsteps:\n  - text: t\n    math: '$$x$$'\n```\n")));
        assertEquals(List.of("9: " + msg), problems(front("```proof\nsteps:\n  - text: t\n    math: '$x$'\n```\n")));
        assertEquals(List.of(), problems(front("```proof\nsteps:\n  - text: t\n    math: 'a = \\$5'\n```\n")));
    }

    @Test
    void frontMatterClosedByDotsIsRefused() {
        assertEquals(List.of("5: front matter must be closed by a '---' line, not '...'"),
                problems("---\nid: t\ntitle: T\norder: 1\n...\ntext\n"));
    }

    @Test
    void checkLessonsWithAnEmptyFolderNameIsAUsageError() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CheckLessonsCommand.run(new String[] {""}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(CheckLessonsCommand.USAGE, code);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("check-lessons: the folder name is empty"));
    }
}
