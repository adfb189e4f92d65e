package org.ganclassroom.ui.markdown;

import org.ganclassroom.lesson.MathText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MathPlaceholdersTest {
    private static List<String> formulas(String md) {
        return MathPlaceholders.extract(md).formulas().stream()
                .map(f -> (f.kind() == MathText.Kind.DISPLAY ? "$$" : "$") + f.latex()).toList();
    }

    @Test
    void findsInlineAndDisplayMaths() {
        assertEquals(List.of("$x_1^2", "$$\\frac{a}{b}"), formulas("A $x_1^2$ and\n\n$$\\frac{a}{b}$$\n"));
        assertFalse(MathPlaceholders.extract("A $x_1^2$").markdown().contains("x_1"));
    }

    @Test
    void escapedDollarsAndCodeSpansAreNotMaths() {
        assertTrue(formulas("costs \\$5 and \\$10").isEmpty());
        assertTrue(formulas("run `echo $HOME $PATH` now").isEmpty());
        assertTrue(formulas("```\nprice = $a$ + $b$\n```\n").isEmpty());
        assertTrue(formulas("costs $5 and $10").isEmpty(), "no maths between prices");
        assertEquals(List.of("$a\\$b"), formulas("$a\\$b$"));
    }

    @Test
    void inlineMathsStaysOnItsLine() {
        assertTrue(formulas("one $dollar\n\nand $ another").isEmpty());
        assertTrue(formulas("one $x\ny$ two").isEmpty(), "the checker sees no maths here, so neither does the view");
    }

    @Test
    void splitAndRestoreRoundTrip() {
        MathPlaceholders.Extracted ex = MathPlaceholders.extract("a $x$ b $$ y $$ c");
        List<MathPlaceholders.Piece> pieces = MathPlaceholders.split(ex.markdown(), ex.formulas());
        assertEquals(5, pieces.size());
        assertEquals("x", pieces.get(1).formula().latex());
        assertEquals("a $x$ b $$ y $$ c", MathPlaceholders.restore(ex.markdown(), ex.formulas()));
    }
}
