package org.ganclassroom.ui.simulator;

import org.ganclassroom.sim.cli.SimCommand;
import org.ganclassroom.sim.config.ConfigException;
import org.ganclassroom.sim.config.ExperimentJson;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.config.SettingRules;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One validation for every place a setting is entered: the Simulator's form, an experiment file and
 * {@code sim --set} accept the same values and reject the same ones with the same message (a file's adds its
 * file:line:column, the command line its {@code --set key=value}).
 */
class SettingsAgreeEverywhereTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "training.lrG|1e6|training.lrG: 1000000 is out of range; allowed (0, 1]",
            "training.lrG|0|training.lrG: 0 is out of range; allowed (0, 1]",
            "training.lrG|-0.5|training.lrG: -0.5 is out of range; allowed (0, 1]",
            "training.lrG|abc|training.lrG: expected a number in (0, 1], found \"abc\"",
            "training.lrG|1e-3|",
            "training.lrG|1|",
            "training.lrD|2|training.lrD: 2 is out of range; allowed (0, 1]",
            "training.lrD|0.05|",
            "training.batchSize|5000|training.batchSize: 5000 is out of range; allowed 1..1024",
            "training.batchSize|0|training.batchSize: 0 is out of range; allowed 1..1024",
            "training.batchSize|12.5|training.batchSize: expected a whole number in 1..1024, found 12.5",
            "training.batchSize|64|",
            "stabilisers.dSteps|21|stabilisers.dSteps: 21 is out of range; allowed 1..20",
            "stabilisers.dSteps|5|",
            "generator.noiseDim|9|generator.noiseDim: 9 is out of range; allowed 1..8",
            "generator.noiseDim|2|",
            "seed|abc|seed: expected a whole number, found \"abc\"",
            "seed|-3|",
            "seed|42|"})
    void theFormTheFileAndTheCommandLineAgree(String key, String text, String expected) throws Exception {
        assertEquals(expected, SettingRules.problem(key, text), "the one rule");
        assertEquals(expected, formSays(key, text), "the Simulator's form, beside the field");
        assertEquals(expected, fileSays(key, text), "the experiment file reader");
        assertEquals(expected, commandLineSays(key, text), "sim --set");
    }

    private static String formSays(String key, String text) {
        ConfigForm form = new ConfigForm(ExperimentPresets.get(ExperimentPresets.DEFAULT),
                () -> ExperimentPresets.get(ExperimentPresets.DEFAULT), () -> { });
        switch (key) {
            case SettingRules.LR_G, SettingRules.LR_D -> {
                (key.equals(SettingRules.LR_G) ? form.lrGProperty() : form.lrDProperty()).set(text);
                boolean applied = form.training() != null;
                assertEquals(applied, form.fieldErrorProperty(key).get().isEmpty(), "only a valid rate is applied");
            }
            case SettingRules.SEED -> {
                form.seedTextProperty().set(text);
                Long seed = form.seed();
                assertEquals(seed != null, form.fieldErrorProperty(key).get().isEmpty());
                if (seed != null) {
                    assertEquals(Long.parseLong(text), seed);
                }
            }
            default -> {
                Integer v = form.typedWhole(key, text);
                assertEquals(v == null, !form.fieldErrorProperty(key).get().isEmpty());
                if (v != null) {
                    assertEquals(Integer.parseInt(text), v);
                }
            }
        }
        return blankToNull(form.fieldErrorProperty(key).get());
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** The value as it would be written in a file: a number or a word as JSON, anything else quoted. */
    private String fileSays(String key, String text) throws Exception {
        String[] parts = key.split("\\.");
        boolean number = text.matches("-?[0-9.]+(e-?[0-9]+)?");
        String value = number ? text : "\"" + text + "\"";
        String json = parts.length == 1 ? "{\"" + key + "\": " + value + "}"
                : "{\"" + parts[0] + "\": {\"" + parts[1] + "\": " + value + "}}";
        Path file = dir.resolve("e.json");
        Files.writeString(file, json);
        try {
            ExperimentJson.read(file);
            return null;
        } catch (ConfigException e) {
            String m = e.getMessage();
            assertTrue(m.startsWith(file.toString() + ":"), "a file's message names the file: " + m);
            return m.substring(m.indexOf(key + ":"));
        }
    }

    private String commandLineSays(String key, String text) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = SimCommand.run(new String[] {"--steps", "1", "--out", dir.resolve("run").toString(),
                "--set", key + "=" + text}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String line = err.toString(StandardCharsets.UTF_8).trim();
        if (code == 0) {
            assertEquals("", line);
            return null;
        }
        String lead = "sim: --set " + key + "=" + text + ": ";
        assertTrue(line.startsWith(lead), line);
        return line.substring(lead.length());
    }
}
