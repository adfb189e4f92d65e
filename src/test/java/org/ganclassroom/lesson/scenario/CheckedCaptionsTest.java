package org.ganclassroom.lesson.scenario;

import org.ganclassroom.lesson.CheckLessonsCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code check-lessons --run} holds a caption to its claim: a block whose scenario does what it says passes, one
 * whose scenario does not fails with the block's file:line, the claim and each seed's value.
 */
class CheckedCaptionsTest {
    @TempDir
    Path dir;

    /** Only D trains, so the fakes never move and the JSD stays near log 2 ≈ 0.693 nats. */
    private static final String FROZEN = """
            ---
            id: frozen
            title: Frozen
            order: 1
            ---
            Text.

            ```simulator
            preset: mixture2
            freezeGenerator: true
            caption: 'Only D trains.'
            expect:
              seeds: 2
              steps: 400
              every: 200
              claims:
                - '%s'
            ```
            """;

    private record Result(int code, String out) {
    }

    private Result check(String claim, String... flags) throws IOException {
        Files.writeString(dir.resolve("01-frozen.md"), FROZEN.formatted(claim));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] args = flags.length == 0 ? new String[]{"--run", dir.toString()} : flags;
        int code = CheckLessonsCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aCaptionThatHoldsPasses() throws IOException {
        Result r = check("jsd >= 0.6 over 200..400");
        assertEquals(CheckLessonsCommand.OK, r.code(), r.out());
        assertTrue(r.out().contains("ran 1 scenarios (2 runs): 0 unmet claims"), r.out());
    }

    @Test
    void aCaptionThatClaimsWhatTheRunDoesNotDoFailsWithFileLineAndTheValues() throws IOException {
        Result r = check("jsd <= 0.05 at 400");
        assertEquals(CheckLessonsCommand.PROBLEMS, r.code(), r.out());
        String file = dir.resolve("01-frozen.md").toString();
        // line 17 is the claim inside the fence
        assertTrue(r.out().contains(file + ":17: expected jsd <= 0.05 at 400 on 2 of 2 seeds, got 0 of 2 (seed 1: 0.6"),
                r.out());
        assertTrue(r.out().contains("; seed 2: 0.6"), r.out());
        assertTrue(r.out().contains("1 unmet claim"), r.out());
    }

    @Test
    void sampleBasedReadoutsAreMeasuredForTheClaimsThatNameThem() throws IOException {
        // the untrained G is a narrow blob: its Gaussian fit is far from the data's and it covers none of it
        Result r = check("recall <= 0.1 over 0..400");
        assertEquals(CheckLessonsCommand.OK, r.code(), r.out());
        Result f = check("frechet >= 1 over 0..400");
        assertEquals(CheckLessonsCommand.OK, f.code(), f.out());
        Result p = check("precision >= 1.5 at 0");
        assertTrue(p.out().contains("expected precision >= 1.5 at 0 on 2 of 2 seeds, got 0 of 2 (seed 1: 0."),
                p.out());
    }

    @Test
    void aRunSharedWithABlockThatClaimsRecallMeasuresItForBoth() throws IOException {
        String block = """
                ```simulator
                preset: mixture2
                freezeGenerator: true
                caption: 'Only D trains.'
                expect:
                  seeds: 2
                  steps: 400
                  every: 200
                  claims:
                    - '%s'
                ```
                """;
        // the first block starts the shared runs; the second one's recall claim must still find a number
        Files.writeString(dir.resolve("01-frozen.md"), FROZEN.formatted("jsd >= 0.6 over 200..400")
                + block.formatted("recall <= 0.1 over 0..400"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = CheckLessonsCommand.run(new String[]{"--run", dir.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(CheckLessonsCommand.OK, code, text);
        assertTrue(text.contains("ran 2 scenarios (2 runs): 0 unmet claims"), text);
    }

    @Test
    void withoutRunTheClaimIsOnlyReadNotRun() throws IOException {
        Result r = check("jsd <= 0.05 at 400", dir.toString());
        assertEquals(CheckLessonsCommand.OK, r.code(), r.out());
    }

    @Test
    void aClaimThatCannotBeReadIsAProblemEvenWithoutRun() throws IOException {
        Result r = check("jsd is small at 400", dir.toString());
        assertEquals(CheckLessonsCommand.PROBLEMS, r.code(), r.out());
        assertTrue(r.out().contains(":17: cannot read claim 'jsd is small at 400'"), r.out());
        r = check("jsdd <= 0.1 at 400", dir.toString());
        assertTrue(r.out().contains(":17: unknown readout 'jsdd'"), r.out());
        r = check("jsd <= 0.1 at 300", dir.toString());
        assertTrue(r.out().contains(":17: claim 'jsd <= 0.1 at 300' names a step that is not a multiple of every = 200"),
                r.out());
        r = check("jsd <= 0.1 over 200..800", dir.toString());
        assertTrue(r.out().contains("looks at step 800 but the run has 400 steps"), r.out());
    }

    @Test
    void aBlockWithoutAClaimFailsTheRun() throws IOException {
        Files.writeString(dir.resolve("01-frozen.md"), """
                ---
                id: frozen
                title: Frozen
                order: 1
                ---
                ```simulator
                preset: mixture2
                caption: 'Watch it learn.'
                ```
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = CheckLessonsCommand.run(new String[]{"--run", dir.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(CheckLessonsCommand.PROBLEMS, code);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("01-frozen.md:6: simulator block on 'mixture2' states"
                + " no 'expect:' claim"), out.toString(StandardCharsets.UTF_8));
    }
}
