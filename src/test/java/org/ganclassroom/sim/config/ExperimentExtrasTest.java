package org.ganclassroom.sim.config;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An experiment file's preset name and history: written, read back exactly, and checked like every other field. */
class ExperimentExtrasTest {
    @TempDir
    Path dir;

    private static Experiment saved() {
        ExperimentConfig c = ExperimentPresets.get("settled");
        int g = NetworkShapes.paramCount(NetworkShapes.generator(c));
        int d = NetworkShapes.paramCount(NetworkShapes.discriminator(c));
        ExperimentState state = new ExperimentState(30, new double[g], new double[d], null);
        SavedHistory h = new SavedHistory(new long[] {0, 10, 20, 30}, new double[] {0.6, 0.4, 0.2, 0.1},
                new double[] {Double.NaN, 1.3, 1.35, 1.38}, new double[] {0.7, 0.69, 0.7, 0.69});
        return new Experiment(c, state, "settled", h);
    }

    @Test
    void presetAndHistoryRoundTrip() throws Exception {
        Path file = dir.resolve("e.json");
        ExperimentJson.write(saved(), file);
        Experiment back = ExperimentJson.read(file);
        assertEquals("settled", back.preset());
        assertArrayEquals(saved().history().steps(), back.history().steps());
        assertArrayEquals(saved().history().jsd(), back.history().jsd());
        assertTrue(Double.isNaN(back.history().dLoss()[0]), "an undefined loss is written as null and read as NaN");
        assertEquals(saved().config(), back.config());
    }

    @Test
    void anOlderFileHasNeither() throws Exception {
        Path file = dir.resolve("e.json");
        ExperimentJson.write(new Experiment(saved().config(), saved().state()), file);
        Experiment back = ExperimentJson.read(file);
        assertNull(back.preset());
        assertNull(back.history());
    }

    @Test
    void aBadHistoryNamesItsField() throws Exception {
        ObjectNode late = ExperimentJson.toTree(saved());
        ((ArrayNode) late.path("history").path("steps")).set(3, 40);
        assertProblem(late, "history.steps[3]: 40 is out of range; allowed 21..30");
        ObjectNode shortJsd = ExperimentJson.toTree(saved());
        ((ArrayNode) shortJsd.path("history").path("jsd")).remove(3);
        assertProblem(shortJsd, "history.jsd: expected a list of 4 numbers (one per step), found [0.6,0.4,0.2]");
        ObjectNode word = ExperimentJson.toTree(saved());
        ((ArrayNode) word.path("history").path("gLoss")).set(1, "high");
        assertProblem(word, "history.gLoss[1]: expected a number or null, found \"high\"");
        ObjectNode numberPreset = ExperimentJson.toTree(saved());
        numberPreset.put("preset", 7);
        assertProblem(numberPreset, "preset: expected the name of an experiment preset, found 7");
        ObjectNode noState = ExperimentJson.toTree(saved());
        noState.remove("state");
        assertProblem(noState, "history: a history needs the saved state it leads to (\"state\")");
    }

    private void assertProblem(ObjectNode tree, String expected) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, tree.toPrettyString());
        ConfigException e = assertThrows(ConfigException.class, () -> ExperimentJson.read(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().endsWith(": " + expected), e.getMessage());
    }

    @Test
    void aPresetThisVersionDoesNotKnowOpensAsACustomRun() throws Exception {
        String text = ExperimentJson.toJson(saved()).replace("\"preset\" : \"settled\"", "\"preset\" : \"future\"");
        Path file = dir.resolve("e.json");
        Files.writeString(file, text);
        assertNull(ExperimentJson.read(file).preset());
    }
}
