package org.ganclassroom.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ganclassroom.sim.bench.BenchTable;
import org.ganclassroom.sim.bench.PaperRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A short run of the smoke suite: the table's shape, not its numbers (which need full-length training). */
class BenchCommandTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SimCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theSmokeSuiteWritesATableOfEveryRowBesideThePapers(@TempDir Path dir) throws Exception {
        Run r = run("bench", "--suite", "smoke", "--steps", "5", "--trials", "2", "--threads", "2", "--out",
                dir.toString());
        assertEquals(0, r.code(), r.err());
        // one progress line per trial: 2 methods × 2 data sets × 2 trials
        assertEquals(8, r.out().lines().filter(l -> l.startsWith("[")).count(), r.out());
        assertTrue(r.out().contains("[8/8]"), r.out());

        List<String> md = Files.readAllLines(dir.resolve("bench.md"));
        List<String> tableRows = md.stream().filter(l -> l.startsWith("| ")).toList();
        assertEquals(1 + 2 + PaperRows.ROWS.size(), tableRows.size(), String.join("\n", md));
        for (String row : tableRows) {
            assertEquals(11, row.split("\\|", -1).length, "nine columns between ten bars: " + row);
        }
        assertTrue(tableRows.get(1).startsWith("| ours: gan | 5 / 5 | 2 | "), tableRows.get(1));
        assertTrue(tableRows.get(2).startsWith("| ours: cured | 5 / 5 | 2 | "), tableRows.get(2));
        assertTrue(tableRows.get(1).contains(" ± "), "mean ± sd over the trials: " + tableRows.get(1));
        assertTrue(md.stream().anyMatch(l -> l.startsWith("| PacGAN4 (PacGAN Table 1) |")));

        List<String> csv = Files.readAllLines(dir.resolve("bench.csv"));
        assertEquals(BenchTable.CSV_HEADER, csv.get(0));
        assertEquals(5, csv.size(), "header and one line per (method, data)");
        for (String line : csv.subList(1, csv.size())) {
            assertEquals(13, line.split(",", -1).length, line);
        }
        List<String> trials = Files.readAllLines(dir.resolve("trials.csv"));
        assertEquals(1 + 8, trials.size());
    }

    @Test
    void badArgumentsAreOneLineAndExitTwo(@TempDir Path dir) {
        Run suite = run("bench", "--suite", "nope", "--out", dir.toString());
        assertEquals(2, suite.code());
        assertTrue(suite.err().contains("unknown suite \"nope\""), suite.err());
        Run set = run("bench", "--suite", "smoke", "--set", "training.lrG=7", "--out", dir.toString());
        assertEquals(2, set.code());
        assertTrue(set.err().startsWith("sim bench: --set training.lrG=7: "), set.err());
        assertEquals(1, set.err().lines().count());
        Run method = run("bench", "--methods", "vaegan", "--out", dir.toString());
        assertEquals(2, method.code());
        assertTrue(method.err().contains("methods: gan, pacgan4, unrolled, cured"), method.err());
        assertEquals(0, run("bench", "--help").code());
    }
}
