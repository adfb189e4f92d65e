package org.ganclassroom.lesson;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What {@link MathText} reads as maths where CommonMark's block structure decides (see MathAgreementTest). */
class MathTextTest {
    private static List<String> latex(String text) {
        return MathText.scan(text).formulas().stream().map(MathText.Formula::latex).toList();
    }

    @Test
    void aFenceAfterAHardLineBreakIsStillAFence() {
        assertEquals(List.of(), latex("end of line\\\n```\n$x$ in a fence that runs to the end"));
        assertEquals(List.of("y"), latex("end of line\\\n$y$"));
    }

    @Test
    void aCodeSpanEndsWithItsParagraph() {
        assertEquals(List.of("x"), latex("a lone `tick\n\n$x$ and another`"));
        assertEquals(List.of("x"), latex("a lone `tick\n```\ncode\n```\n$x$ and another`"));
        assertEquals(List.of("x"), latex("a lone `tick\n# Heading\n$x$ and another`"));
        assertEquals(List.of(), latex("a code span `across\n$x$ two lines`"));
    }

    @Test
    void inlineMathsDoesNotCrossAnEscapedLineBreak() {
        assertEquals(List.of(), latex("$a\\\nb$"));
    }

    @Test
    void loneBackticksAreTheOnesThatOpenNoCodeSpan() {
        assertEquals(List.of(0, 12), MathText.scan("`$$\n\n$$ `x` `").loneBackticks());
        assertEquals(List.of(0, 1, 2), MathText.scan("```$`$").loneBackticks());
        assertEquals(List.of(), MathText.scan("`code` and ``more``").loneBackticks());
    }
}
