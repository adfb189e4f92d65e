package org.ganclassroom.ui.lab;

import org.ganclassroom.sim.config.Chip;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.IkonResolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXFormula;

import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChipCardsTest {
    private static final Pattern INLINE = Pattern.compile("\\$([^$]+)\\$");

    @ParameterizedTest
    @EnumSource(Chip.class)
    void everyChipHasACardWithAFormulaThatParses(Chip chip) {
        ChipCard card = ChipCards.standard().card(chip).orElseThrow(() -> new AssertionError("no card for " + chip));
        assertEquals(chip, card.chip());
        assertFalse(card.papers().isEmpty(), chip + " names no paper");
        for (ChipCard.Paper p : card.papers()) {
            assertTrue(p.year() >= 2014 && p.year() <= 2019, p.citation());
        }
        assertDoesNotThrow(() -> new TeXFormula(card.formula()), chip + ": " + card.formula());
        for (String text : new String[] {card.what(), card.why(), card.watch()}) {
            Matcher m = INLINE.matcher(text);
            while (m.find()) {
                String tex = m.group(1);
                assertDoesNotThrow(() -> new TeXFormula(tex), chip + " inline: " + tex);
            }
        }
    }

    /** The chip button shows the card's icon and, in its tooltip, the plain summary: both come from chips.yaml. */
    @ParameterizedTest
    @EnumSource(Chip.class)
    void everyChipHasAnIconThatResolvesAndAPlainSummary(Chip chip) {
        ChipCard card = ChipCards.standard().card(chip).orElseThrow(() -> new AssertionError("no card for " + chip));
        Ikon ikon = IkonResolver.getInstance().resolve(card.icon()).resolve(card.icon());
        assertEquals(card.icon(), ikon.getDescription());
        assertFalse(card.summary().isBlank(), chip + " has an empty summary");
        assertFalse(card.summary().contains("$") || card.summary().contains("\\"), chip + ": " + card.summary());
    }

    @Test
    void aBrokenIconOrSummaryNamesTheChipAndTheField() {
        String card = "r1:\n  name: R1\n  icon: %s\n  summary: %s\n  what: w\n  formula: f\n  why: y\n"
                + "  papers: []\n  watch: w\n";
        assertEquals("mdi2t-target",
                ChipCards.read(new StringReader(card.formatted("mdi2t-target", "plain")), "chips.yaml")
                        .card(Chip.R1).orElseThrow().icon());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChipCards.read(
                new StringReader(card.formatted("mdi2t-no-such-icon", "plain")), "chips.yaml"));
        assertTrue(e.getMessage().startsWith("chips.yaml: r1.icon: \"mdi2t-no-such-icon\" is not an icon"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ChipCards.read(
                new StringReader(card.formatted("nopack-target", "plain")), "chips.yaml"));
        assertTrue(e.getMessage().startsWith("chips.yaml: r1.icon: \"nopack-target\" is not an icon"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ChipCards.read(
                new StringReader(card.formatted("mdi2t-target", "'penalises $\\gamma$'")), "chips.yaml"));
        assertTrue(e.getMessage().startsWith("chips.yaml: r1.summary: plain text only"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ChipCards.read(
                new StringReader(card.formatted("mdi2t-target", "''")), "chips.yaml"));
        assertEquals("chips.yaml: r1.summary: missing", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ChipCards.read(
                new StringReader(card.replace("  icon: %s\n", "").formatted("plain")), "chips.yaml"));
        assertEquals("chips.yaml: r1.icon: missing", e.getMessage());
    }

    @Test
    void theParserWouldCatchABrokenFormula() {
        assertThrows(ParseException.class, () -> new TeXFormula("\\lVert \\nabla D \\notacommand"));
        assertThrows(ParseException.class, () -> new TeXFormula("\\left( x"));
    }

    @Test
    void theMathsIsTheOneOfThePapers() {
        ChipCards cards = ChipCards.standard();
        String gp = cards.card(Chip.GRADIENT_PENALTY).orElseThrow().formula();
        assertTrue(gp.contains("- 1\\right)^2") && gp.contains("\\epsilon x + (1 - \\epsilon)\\, G(z)"), gp);
        assertTrue(cards.card(Chip.R1).orElseThrow().formula().contains("\\frac{\\gamma}{2}"));
        assertTrue(cards.card(Chip.SPECTRAL_NORM).orElseThrow().formula().contains("\\frac{W}{\\sigma(W)}"));
        String w = cards.card(Chip.WASSERSTEIN).orElseThrow().formula();
        assertTrue(w.contains("\\mathrm{clip}(w, -c, c)") && w.indexOf("D(G(z))") < w.indexOf("D(x)"), w);
        assertTrue(cards.card(Chip.LABEL_SMOOTHING).orElseThrow().formula().contains("0.9"));
        assertTrue(cards.card(Chip.EMA).orElseThrow().formula().contains("(1 - \\beta)"));
        assertEquals(2017, cards.card(Chip.GRADIENT_PENALTY).orElseThrow().papers().get(0).year());
        assertTrue(cards.card(Chip.R1).orElseThrow().citations().startsWith("Mescheder, Geiger, Nowozin (2018)"));
    }

    @Test
    void aBadFileNamesTheEntry() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChipCards.read(new StringReader("dropout:\n  name: x\n"), "chips.yaml"));
        assertTrue(e.getMessage().contains("\"dropout\" is not a chip id"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ChipCards.read(new StringReader("r1:\n  name: R1\n  icon: mdi2t-target\n  summary: s\n"
                        + "  what: w\n"), "chips.yaml"));
        assertEquals("chips.yaml: r1.formula: missing", e.getMessage());
    }

    @Test
    void safeConstructorRefusesJavaObjects() {
        assertThrows(RuntimeException.class, () -> ChipCards.read(
                new StringReader("r1: !!java.io.File [\"/tmp\"]\n"), "chips.yaml"));
    }
}
