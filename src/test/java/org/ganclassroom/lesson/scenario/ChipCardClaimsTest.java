package org.ganclassroom.lesson.scenario;

import org.ganclassroom.lesson.LessonProblem;
import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Mini Lab's chip cards whose "what to watch" is stated as data hold on their seeds. */
class ChipCardClaimsTest {
    private static final String CARDS = "/org/ganclassroom/ui/lab/chips.yaml";

    @Test
    void everyCheckedChipCardHolds() throws Exception {
        var in = ChipCardClaimsTest.class.getResourceAsStream(CARDS);
        assertNotNull(in, CARDS);
        ChipCardClaims.Report r;
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            r = ChipCardClaims.check(reader, Path.of("chips.yaml"));
        }
        assertTrue(r.cards() >= 2, "cards with a checked claim: " + r.cards());
        assertEquals("", r.problems().stream().map(p -> p.file() + ":" + p.line() + ": " + p.message())
                .reduce("", (a, b) -> a + b + "\n"));
    }

    @Test
    void aCardThatClaimsWhatItsScenarioDoesNotDoIsReportedAtItsLine() {
        String yaml = """
                labelsmoothing:
                  name: One-sided label smoothing
                  watch: D(x) climbs to 1 over the data.
                  scenario: saturating
                  expect:
                    seeds: 2
                    steps: 500
                    claims:
                      - 'dPeak >= 0.99 over 250..500'
                """;
        ChipCardClaims.Report r = ChipCardClaims.check(new StringReader(yaml), Path.of("cards.yaml"));
        assertEquals(1, r.problems().size(), r.problems().toString());
        LessonProblem p = r.problems().get(0);
        assertEquals(9, p.line());
        assertTrue(p.message().startsWith("expected dPeak >= 0.99 over 250..500 on 2 of 2 seeds, got 0 of 2"),
                p.message());
    }

    @Test
    void aClaimWithoutAScenarioIsReported() {
        String yaml = """
                ema:
                  watch: smooth
                  expect:
                    seeds: 1
                    claims:
                      - 'jsd <= 0.1 at 250'
                """;
        ChipCardClaims.Report r = ChipCardClaims.check(new StringReader(yaml), Path.of("cards.yaml"));
        assertEquals(1, r.problems().size());
        assertEquals(4, r.problems().get(0).line());
        assertTrue(r.problems().get(0).message().contains("needs 'scenario:'"), r.problems().get(0).message());
    }
}
