package org.ganclassroom.lesson;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every problem a lesson can have, with its exact line and message. */
class LessonProblemsTest {
    @TempDir
    Path dir;

    /** Valid front matter of 5 lines: body line k is file line 5 + k. */
    private static String front(String body) {
        return "---\nid: t\ntitle: T\norder: 1\n---\n" + body;
    }

    private List<String> problems(String text) {
        Path file = dir.resolve("l.md");
        LessonFile f = LessonParser.parse(file, text);
        assertFalse(f.ok(), "expected problems");
        String prefix = file + ":";
        return f.problems().stream().map(p -> p.format().substring(prefix.length())).toList();
    }

    private void assertProblems(String text, String... expected) {
        assertEquals(List.of(expected), problems(text));
    }

    // front matter

    @Test
    void missingFrontMatter() {
        assertProblems("# Hello\n", "1: missing front matter: a lesson starts with a '---' line, then 'id:', "
                + "'title:' and 'order:' lines, then '---'");
    }

    @Test
    void unclosedFrontMatter() {
        assertProblems("---\nid: a\ntitle: T\n", "1: front matter is not closed: add a '---' line after the id, "
                + "title and order");
    }

    @Test
    void missingIdTitleOrder() {
        assertProblems("---\nobjectives: [a]\n---\ntext\n",
                "1: front matter needs 'id' (lower-case letters, digits and '-')",
                "1: front matter needs 'title'",
                "1: front matter needs 'order' (a whole number: the lesson's place in the course)");
    }

    @Test
    void wrongTypes() {
        assertProblems("---\nid: a\ntitle: [x]\norder: five\nobjectives: {a: b}\n---\n",
                "3: 'title' must be text",
                "4: 'order' must be a whole number, not 'five'",
                "5: 'objectives' must be a list");
    }

    @Test
    void unparseableFrontMatterGivesTheLine() {
        List<String> p = problems("---\nid: a\ntitle: T\norder: 1\nobjectives:\n  - [unclosed\n---\n");
        assertEquals(1, p.size());
        assertEquals(true, p.get(0).startsWith("6: front matter is not valid YAML: expected ',' or ']'"), p.get(0));
    }

    @Test
    void idFormat() {
        assertProblems("---\nid: Optimal D\ntitle: T\norder: 1\n---\n",
                "2: id 'Optimal D' must use only lower-case letters a-z, digits and '-'");
    }

    @Test
    void unknownFrontMatterKey() {
        assertProblems("---\nid: a\ntitel: T\ntitle: T\norder: 1\n---\n",
                "3: unknown key 'titel' in front matter (did you mean 'title'?); allowed keys: id, title, order, "
                        + "objectives");
    }

    @Test
    void yamlTagsAreRefused() {
        assertProblems("---\nid: a\ntitle: !!python/object:os.system T\norder: 1\n---\n",
                "3: front matter is not valid YAML: Global tag is not allowed: tag:yaml.org,2002:python/object:os.system");
        assertProblems("---\nid: a\ntitle: T\norder: !local 1\n---\n",
                "4: YAML tags such as '!local' are not allowed in lessons (lessons are plain data)");
    }

    // fences

    @Test
    void unknownFenceLanguage() {
        assertProblems(front("text\n\n```quizz\nquestion: q\n```\n"),
                "8: unknown fence language 'quizz' (did you mean 'quiz'?); blocks are quiz, truefalse, timeline, "
                        + "proof, simulator; code fences may be text, java, python or have no language");
    }

    @Test
    void unclosedFence() {
        assertProblems(front("```quiz\nquestion: q\n"), "6: the ```quiz fence opened here is never closed");
    }

    @Test
    void unparseableBlockYamlGivesItsLine() {
        List<String> p = problems(front("intro\n```quiz\nquestion: q\nchoices:\n  - text: [a\n```\n"));
        assertEquals(1, p.size());
        assertEquals(true, p.get(0).matches("1[01]: quiz block is not valid YAML: .*"), p.get(0));
    }

    @Test
    void backslashInDoubleQuotes() {
        assertProblems(front("```truefalse\n- statement: ok\n  answer: true\n  explain: \"so $\\frac{1}{2}$\"\n```\n"),
                "9: 'explain' is in double quotes, where YAML turns '\\f…' into an escape, not LaTeX: use single "
                        + "quotes ('…') or no quotes");
        List<String> p = problems(front("```truefalse\n- statement: \"$\\log x$\"\n  answer: true\n```\n"));
        assertEquals(true, p.get(0).startsWith("7: truefalse block is not valid YAML: found unknown escape character"),
                p.get(0));
    }

    // quiz

    @Test
    void quizWithoutCorrectAnswer() {
        assertProblems(front("```quiz\nquestion: q\nchoices:\n  - text: a\n  - text: b\n    correct: false\n```\n"),
                "6: quiz has no correct choice: mark one with 'correct: true'");
    }

    @Test
    void quizWithOneChoice() {
        assertProblems(front("```quiz\nquestion: q\nchoices:\n  - text: a\n    correct: true\n```\n"),
                "9: quiz has 1 choice; it needs at least 2");
    }

    @Test
    void quizWithoutQuestionOrChoices() {
        assertProblems(front("```quiz\nchoices: []\n```\n"),
                "7: quiz needs 'question'",
                "7: quiz has 0 choices; it needs at least 2");
        assertProblems(front("```quiz\nquestion: q\n```\n"), "6: quiz needs 'choices', a list of at least 2");
    }

    @Test
    void unknownKeyInQuizChoice() {
        assertProblems(front("```quiz\nquestion: q\nchoices:\n  - text: a\n    corect: true\n  - text: b\n```\n"),
                "6: quiz has no correct choice: mark one with 'correct: true'",
                "10: unknown key 'corect' in quiz choice (did you mean 'correct'?); allowed keys: text, correct, "
                        + "explain");
    }

    @Test
    void correctMustBeBoolean() {
        assertProblems(front("```quiz\nquestion: q\nchoices:\n  - text: a\n    correct: \"true\"\n"
                        + "  - text: b\n    correct: true\n```\n"),
                "10: 'correct' must be true or false, not 'true'");
    }

    // truefalse

    @Test
    void trueFalseWithoutBooleanAnswer() {
        assertProblems(front("```truefalse\n- statement: a\n  answer: true\n- statement: b\n  answer: maybe\n"
                        + "- statement: c\n```\n"),
                "10: 'answer' must be true or false, not 'maybe'",
                "11: truefalse statement needs 'answer: true' or 'answer: false'");
    }

    @Test
    void trueFalseMustBeAList() {
        assertProblems(front("```truefalse\nstatement: a\nanswer: true\n```\n"),
                "7: truefalse block must be a list of statements ('- statement: ...' with 'answer: true|false')");
    }

    // timeline

    @Test
    void timelineEntryWithoutYearOrTitle() {
        assertProblems(front("```timeline\n- year: 2014\n  title: GAN\n- title: No year\n- year: 2017\n"
                        + "- year: soon\n  title: T\n```\n"),
                "9: timeline entry needs 'year'",
                "10: timeline entry needs 'title'",
                "11: 'year' must be a whole number, not 'soon'");
    }

    @Test
    void timelineLabWithUnknownPresetOrChip() {
        assertProblems(front("```timeline\n- year: 2014\n  title: GAN\n  lab: { preset: mixture5, chip: nope }\n```\n"),
                "9: " + Problems.shortLine("unknown preset 'mixture5' (did you mean 'mixture2'?); known: " + presets()),
                "9: unknown lab chip 'nope'; known: " + chips());
    }

    // proof

    @Test
    void proofWithoutSteps() {
        assertProblems(front("```proof\ntitle: P\nstatement: S\n```\n"),
                "6: proof has no steps: add 'steps:' with at least one '- text: ...'");
        assertProblems(front("```proof\ntitle: P\nsteps: []\n```\n"),
                "6: proof has no steps: add 'steps:' with at least one '- text: ...'");
    }

    @Test
    void proofStepWithNeitherTextNorMath() {
        assertProblems(front("```proof\nsteps:\n  - text: a\n  - explain: b\n```\n"),
                "9: unknown key 'explain' in proof step; allowed keys: text, math",
                "9: proof step needs 'text' or 'math'");
    }

    // simulator

    @Test
    void simulatorWithUnknownPresetOrChip() {
        assertProblems(front("```simulator\npreset: wgan-pg\nchips: [nonsaturating, wasserstien]\n```\n"),
                "7: " + Problems.shortLine("unknown preset 'wgan-pg' (did you mean 'wgan-gp'?); known: " + presets()),
                "8: unknown lab chip 'wasserstien' (did you mean 'wasserstein'?); known: " + chips());
    }

    @Test
    void simulatorWithoutPresetAndBadFlag() {
        assertProblems(front("```simulator\nfreezeGenerator: yes please\ncaption: c\n```\n"),
                "7: simulator needs 'preset'",
                "7: 'freezeGenerator' must be true or false, not 'yes please'");
    }

    // LaTeX

    @Test
    void badLatexInMarkdownGivesTheLineOfTheFormula() {
        assertProblems(front("Fine $x^2$.\n\nThen $\\fracc{a}{b}$ here.\n"),
                "8: LaTeX does not parse: Unknown symbol or command or predefined TeXFormula: 'fracc' in "
                        + "$\\fracc{a}{b}$");
    }

    @Test
    void badLatexInMultiLineDisplayMaths() {
        assertProblems(front("Text\n$$\n\\frac{a}{b\n$$\n"),
                "7: LaTeX does not parse: a '{' is never closed in $$ \\frac{a}{b $$");
    }

    @Test
    void unclosedDisplayMaths() {
        assertProblems(front("Text\n\n$$ x^2\n\nmore\n"), "8: display maths opened with $$ is never closed");
    }

    @Test
    void badLatexInHeading() {
        assertProblems(front("## The $\\nope$ idea\n"),
                "6: LaTeX does not parse: Unknown symbol or command or predefined TeXFormula: 'nope' in $\\nope$");
    }

    @Test
    void badLatexInQuizTrueFalseAndProof() {
        assertProblems(front("""
                        ```quiz
                        question: 'Is $\\badq$ right?'
                        choices:
                          - text: '$x}$'
                            correct: true
                          - text: b
                        ```

                        ```truefalse
                        - statement: ok
                          answer: true
                          explain: |
                            line one
                            and $\\badtf$
                        ```

                        ```proof
                        statement: 'fine $x$'
                        steps:
                          - text: 'and $\\badstep$'
                            math: '\\left( x'
                        ```
                        """),
                "7: LaTeX does not parse: Unknown symbol or command or predefined TeXFormula: 'badq' in $\\badq$",
                "9: LaTeX does not parse: Found a closing '}' without an opening '{'! in $x}$",
                "19: LaTeX does not parse: Unknown symbol or command or predefined TeXFormula: 'badtf' in $\\badtf$",
                "25: LaTeX does not parse: Unknown symbol or command or predefined TeXFormula: 'badstep' in "
                        + "$\\badstep$",
                "26: LaTeX does not parse: Problem with command left at position 0:7 The token \\left must be "
                        + "closed by \\right in \\left( x");
    }

    // images

    @Test
    void missingImage() {
        assertProblems(front("Text\n\n![gan](images/nothere.png)\n"),
                "8: image 'images/nothere.png' not found in the lessons folder");
    }

    @Test
    void imagesThatEscapeTheFolder() {
        String rule = " must be a file inside the lessons folder, such as images/x.png (no URLs, absolute paths "
                + "or '..': lessons read no other files and make no web requests)";
        assertProblems(front("![a](../secret.png)\n![b](/etc/passwd.png)\n![c](https://example.org/x.png)\n"
                        + "<img src=\"file:///x.png\">\n`![code](http://not.checked)`\n"),
                "6: image '../secret.png'" + rule,
                "7: image '/etc/passwd.png'" + rule,
                "8: image 'https://example.org/x.png'" + rule,
                "9: image 'file:///x.png'" + rule);
    }

    private static String presets() {
        return org.ganclassroom.sim.config.ExperimentPresets.listed(LessonVocabulary.PRESETS);
    }

    private static String chips() {
        return String.join(", ", LessonVocabulary.CHIPS);
    }

    @Test
    void anOverlongListIsCutBetweenNamesNotInsideOne() {
        StringBuilder sb = new StringBuilder("unknown preset 'x'; known: ");
        for (int k = 0; k < 60; k++) {
            sb.append(k == 0 ? "" : ", ").append("preset").append(k);
        }
        String cut = Problems.shortLine(sb.toString());
        assertTrue(cut.length() <= Problems.MAX_MESSAGE, cut);
        assertTrue(cut.matches(".*preset\\d+, … preset\\d+.*"), "cut at the spaces between names: " + cut);
    }
}
