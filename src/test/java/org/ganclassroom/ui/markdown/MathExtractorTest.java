package org.ganclassroom.ui.markdown;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MathExtractorTest {
    private static List<MathExtractor.Formula> formulas(String md) {
        return MathExtractor.extract(md).formulas();
    }

    @Test
    void findsInlineAndDisplayMaths() {
        List<MathExtractor.Formula> f = formulas("A $x_1^2$ and\n\n$$\\frac{a}{b}$$\n");
        assertEquals(List.of(new MathExtractor.Formula("x_1^2", false), new MathExtractor.Formula("\\frac{a}{b}", true)), f);
        assertFalse(MathExtractor.extract("A $x_1^2$").markdown().contains("x_1"));
    }

    @Test
    void escapedDollarsAndCodeSpansAreNotMaths() {
        assertTrue(formulas("costs \\$5 and \\$10").isEmpty());
        assertTrue(formulas("run `echo $HOME $PATH` now").isEmpty());
        assertTrue(formulas("```\nprice = $a$ + $b$\n```\n").isEmpty());
        assertTrue(formulas("costs $5 and $10").isEmpty(), "no maths between prices");
        assertEquals(List.of(new MathExtractor.Formula("a\\$b", false)), formulas("$a\\$b$"));
    }

    @Test
    void inlineMathsDoesNotCrossABlankLine() {
        assertTrue(formulas("one $dollar\n\nand $ another").isEmpty());
    }

    @Test
    void splitAndRestoreRoundTrip() {
        MathExtractor.Extracted ex = MathExtractor.extract("a $x$ b $$y$$ c");
        List<MathExtractor.Piece> pieces = MathExtractor.split(ex.markdown(), ex.formulas());
        assertEquals(5, pieces.size());
        assertEquals("x", pieces.get(1).formula().latex());
        assertEquals("a $x$ b $$y$$ c", MathExtractor.restore(ex.markdown(), ex.formulas()));
    }
}
