package org.ganclassroom.sim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ganclassroom.sim.config.ExperimentJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What sim writes is strict JSON and plain CSV, after a blow-up too; an infinite value is "inf". */
class SimOutputEncodingTest {
    /** Jackson's defaults refuse NaN and Infinity tokens, as Python's json with parse_constant raising would. */
    private static final ObjectMapper STRICT = new ObjectMapper();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SimCommand.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static void assertNoNonFiniteTokens(Path file) throws Exception {
        String text = Files.readString(file);
        for (String bad : List.of("NaN", "Infinity")) {
            assertFalse(text.contains(bad), file.getFileName() + " holds " + bad);
        }
    }

    @Test
    void aBlownUpRunWritesStrictJsonAndAnExperimentSimAcceptsAgain(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("blown");
        int code = run("--preset", "ring8", "--steps", "2000", "--out", first.toString(), "--set",
                "training.objective=fgan-kl", "--set", "training.optimizer=sgd", "--set", "training.lrD=1",
                "--set", "training.lrG=1");
        assertEquals(3, code, err.toString(StandardCharsets.UTF_8));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("sim: saved the last sane state (step "), e);

        JsonNode fin = STRICT.readTree(first.resolve("final.json").toFile());
        assertTrue(fin.path("failure").asText().startsWith("Training blew up at step "));
        long saved = fin.path("savedStep").asLong();
        assertEquals(saved, fin.path("metrics").path("step").asLong(), "final.json shows the kept state");
        for (String name : List.of("pG", "d")) {
            for (JsonNode v : fin.path(name)) {
                assertTrue(v.isNumber(), name + " holds " + v);
            }
        }
        assertNoNonFiniteTokens(first.resolve("final.json"));
        assertNoNonFiniteTokens(first.resolve("experiment.json"));
        assertEquals(saved, ExperimentJson.read(first.resolve("experiment.json")).state().step());

        err.reset();
        int again = run("--config", first.resolve("experiment.json").toString(), "--steps", "3",
                "--out", dir.resolve("again").toString());
        assertTrue(again == 0 || again == 3, "sim reads its own experiment file: " + err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anInfiniteDivergenceIsInfInBothFiles(@TempDir Path dir) throws Exception {
        assertEquals(0, run("--set", "training.objective=fgan-kl", "--steps", "100", "--out", dir.toString()));
        List<String> csv = Files.readAllLines(dir.resolve("metrics.csv"));
        int col = List.of(MetricsCsv.HEADER.split(",")).indexOf("f_true");
        assertEquals("inf", csv.get(1).split(",", -1)[col], "KL(p_data‖p_g) is infinite where p_g has no mass");
        JsonNode fin = STRICT.readTree(dir.resolve("final.json").toFile());
        assertEquals("inf", fin.path("metrics").path("f_true").asText());
        assertTrue(fin.path("metrics").path("f_true").isTextual());
        assertTrue(fin.path("metrics").path("d_gap").isNull(), "does not apply: null");
        assertNoNonFiniteTokens(dir.resolve("final.json"));
        for (Iterator<JsonNode> it = fin.path("metrics").elements(); it.hasNext(); ) {
            JsonNode v = it.next();
            assertTrue(v.isNumber() || v.isNull() || v.asText().equals("inf") || v.asText().equals("-inf"), v::toString);
        }
    }

    @Test
    void theEncodingIsOneFunction() {
        assertEquals("inf", OutputNumbers.csv(Double.POSITIVE_INFINITY));
        assertEquals("-inf", OutputNumbers.csv(Double.NEGATIVE_INFINITY));
        assertEquals("", OutputNumbers.csv(Double.NaN));
        assertEquals("0.50000000", OutputNumbers.csv(0.5));
    }
}
