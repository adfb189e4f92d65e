package org.ganclassroom.lesson.scenario;

import org.ganclassroom.lesson.CheckLessonsCommand;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Blocks that start the same experiment share one run per seed: each block still sees exactly the evaluations
 * its own run would have made, so sharing changes what is run, never what is judged.
 */
class SharedRunsTest {
    @TempDir
    Path dir;

    @Test
    void aSharedRunGivesEachBlockTheMeasurementsOfItsOwnRun() {
        ExperimentConfig c = ScenarioRunner.config("mixture2", List.of());
        // one block measures every 100 steps to 300, another every 150 steps to 450: the shared run measures both
        Trace shared = ScenarioRunner.run(c, false, 0, 2, new long[]{0, 100, 150, 200, 300, 450}, false);
        for (long[] block : new long[][]{{100, 300}, {150, 450}}) {
            Trace own = ScenarioRunner.run(c, false, 2, block[1], block[0]);
            Trace seen = shared.restrictedTo(block[0], block[1]);
            assertArrayEquals(own.steps(), seen.steps(), "evaluation steps of the block every " + block[0]);
            for (Readout r : List.of(Readout.JSD, Readout.D_PEAK, Readout.GRAD_NORM_G, Readout.PG_PEAK)) {
                assertEquals(own.series(r), seen.series(r), r.id() + " of the block every " + block[0]);
            }
        }
    }

    @Test
    void blocksOnTheSameExperimentAreRunOncePerSeedAndEachIsJudgedOnItsOwnSteps() throws IOException {
        Files.writeString(dir.resolve("01-two.md"), """
                ---
                id: two
                title: Two blocks, one experiment
                order: 1
                ---
                ```simulator
                preset: mixture2
                freezeGenerator: true
                caption: 'Only D trains.'
                expect:
                  seeds: 2
                  steps: 400
                  every: 200
                  claims:
                    - 'jsd >= 0.6 over 0..400'
                ```

                ```simulator
                preset: mixture2
                freezeGenerator: true
                caption: 'Only D trains; looked at more often.'
                expect:
                  seeds: 2
                  steps: 300
                  every: 100
                  claims:
                    - 'jsd <= 0.1 over 0..300 once'
                ```
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = CheckLessonsCommand.run(new String[]{"--run", dir.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, text);
        assertTrue(text.contains("ran 2 scenarios (2 runs): 1 unmet"), text);
        // the second block's failure names its own evaluations (0, 100, 200, 300), not the shared run's 400
        assertTrue(text.contains("01-two.md:27: expected jsd <= 0.1 over 0..300 once on 2 of 2 seeds, got 0 of 2"),
                text);
        assertTrue(!text.contains("at step 400"), text);
    }
}
