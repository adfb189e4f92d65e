package org.ganclassroom.sim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ganclassroom.sim.config.Experiment;
import org.ganclassroom.sim.config.ExperimentJson;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SimCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesMetricsFinalAndExperimentFiles(@TempDir Path dir) throws Exception {
        assertEquals(0, run("--preset", "mixture2", "--steps", "300", "--seed", "5", "--out", dir.toString(),
                "--eval-every", "100"), errText());
        List<String> csv = Files.readAllLines(dir.resolve("metrics.csv"));
        assertEquals(MetricsCsv.HEADER, csv.get(0));
        assertEquals(5, csv.size(), "header + steps 0, 100, 200, 300");
        assertTrue(csv.get(4).startsWith("300,"));
        assertTrue(csv.get(0).contains("jsd_nats"));
        List<String> header = List.of(csv.get(0).split(","));
        String[] last = csv.get(4).split(",", -1);
        double frechet = Double.parseDouble(last[header.indexOf("frechet")]);
        double precision = Double.parseDouble(last[header.indexOf("precision")]);
        double recall = Double.parseDouble(last[header.indexOf("recall")]);
        assertTrue(frechet >= 0, "squared Fréchet distance " + frechet);
        assertTrue(precision >= 0 && precision <= 1, "precision " + precision);
        assertTrue(recall >= 0 && recall <= 1, "recall " + recall);

        JsonNode fin = new ObjectMapper().readTree(dir.resolve("final.json").toFile());
        int cells = fin.path("grid").path("cells").asInt();
        assertEquals(400, cells);
        for (String key : List.of("pData", "pG", "d", "dStar")) {
            assertEquals(cells, fin.path(key).size(), key);
        }
        assertEquals(5, fin.path("config").path("seed").asLong());
        double jsd = fin.path("metrics").path("jsd_nats").asDouble();
        assertEquals(Double.parseDouble(csv.get(4).split(",")[1]), jsd, 1e-12);

        Experiment saved = ExperimentJson.read(dir.resolve("experiment.json"));
        assertEquals(300, saved.state().step());
        assertEquals(5, saved.config().seed());
    }

    @Test
    void savedExperimentCanBeContinued(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("a");
        assertEquals(0, run("--steps", "50", "--out", first.toString()), errText());
        Path second = dir.resolve("b");
        assertEquals(0, run("--config", first.resolve("experiment.json").toString(), "--steps", "50",
                "--out", second.toString()), errText());
        assertEquals(100, ExperimentJson.read(second.resolve("experiment.json")).state().step());
    }

    @Test
    void withoutAPresetItRunsTheCoursesDefaultRun(@TempDir Path dir) throws Exception {
        assertEquals(0, run("--steps", "10", "--out", dir.toString()), errText());
        assertEquals(ExperimentPresets.get(ExperimentPresets.COURSE_DEFAULT).withSeed(1),
                ExperimentJson.read(dir.resolve("experiment.json")).config().withSeed(1),
                "sim without --preset starts where the lessons and the Mini Lab start");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--bogus|sim: unknown option \"--bogus\"",
            "--steps abc|sim: --steps: \"abc\" is not a whole number",
            "--steps -5|sim: --steps: -5 is out of range",
            "--steps|sim: --steps needs a value",
            "--preset moon|sim: --preset: unknown preset \"moon\"; valid presets: gaussian",
            "--set training.lrG=7|sim: --set training.lrG=7: training.lrG: 7 is out of range; allowed (0, 1]",
            "--set nonsense|sim: --set nonsense: expected key=value",
            "--eval-every 0|sim: --eval-every: 0 is out of range",
    })
    void badFlagsGiveOneLineAndExitCode2(String args, String expected) {
        assertEquals(2, run(args.split(" ")));
        String e = errText().strip();
        assertTrue(e.startsWith(expected), e);
        assertFalse(e.contains("\n"), "one line: " + e);
        assertFalse(e.contains("Exception"), "no stack trace: " + e);
    }

    @Test
    void corruptConfigFileIsNamed(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("exp.json");
        Files.writeString(cfg, "{\"generator\": {\"hidden\": [16, 999]}}");
        assertEquals(2, run("--config", cfg.toString(), "--out", dir.resolve("o").toString()));
        assertEquals("sim: " + cfg + ":1:31: generator.hidden[1]: 999 is out of range; allowed 1..128", errText().strip());
        assertFalse(Files.exists(dir.resolve("o")), "nothing written for a bad config");

        Files.writeString(cfg, "{ not json");
        assertEquals(2, run("--config", cfg.toString()));
        assertTrue(errText().contains(cfg + ":1:"), errText());
    }

    @Test
    void listsPresetsAndHelp() {
        assertEquals(0, run("--list-presets"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("mixture2") && text.contains("ring8") && text.contains("wgan-gp"), text);
        out.reset();
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--eval-every"));
    }

    @Test
    void blowUpStopsWithExitCode3AndSaysWhy(@TempDir Path dir) throws Exception {
        int code = run("--steps", "3000", "--out", dir.toString(), "--set", "training.optimizer=sgd",
                "--set", "training.lrD=1", "--set", "training.lrG=1", "--set", "training.objective=leastsquares",
                "--set", "discriminator.hidden=[]", "--set", "generator.hidden=[]");
        assertEquals(3, code, errText());
        assertTrue(errText().startsWith("sim: Training blew up at step "), errText());
        assertTrue(errText().contains("learning rate is too high"), errText());
        assertTrue(Files.exists(dir.resolve("metrics.csv")));
    }
}
