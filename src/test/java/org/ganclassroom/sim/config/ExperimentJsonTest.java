package org.ganclassroom.sim.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ganclassroom.sim.nn.Activation;
import org.ganclassroom.sim.optim.OptimizerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExperimentJsonTest {

    private static ExperimentConfig unusual() {
        Stabilisers.Builder s = Stabilisers.none().toBuilder();
        s.dSteps = 3;
        s.labelSmoothing = true;
        s.smoothedLabel = 0.8;
        s.r1 = true;
        s.r1Gamma = 2.5;
        s.generatorEma = true;
        return new ExperimentConfig(-77, DataSpec.preset("ring8"), 3,
                new NetworkSpec(List.of(), Activation.RELU),
                new NetworkSpec(List.of(8, 128, 4, 1), Activation.LEAKY_RELU),
                new TrainingSpec("fgan-hellinger", OptimizerKind.MOMENTUM, 0.02, 0.003, 0.7, 0.9, 17,
                        new LrDecay(true, 2500, 700, 0.05)),
                s.build(), new MeasureSpec(300, 32, 512, 1024));
    }

    @Test
    void configRoundTripsThroughJson() throws Exception {
        ExperimentConfig c = unusual();
        Experiment back = ExperimentJson.fromTree(ExperimentJson.parse(ExperimentJson.toJson(new Experiment(c, null)), "t"));
        assertEquals(c, back.config());
        assertFalse(back.hasState());
    }

    @Test
    void weightsRoundTripThroughAFile(@TempDir Path dir) throws Exception {
        ExperimentConfig c = unusual();
        int gCount = NetworkShapes.paramCount(NetworkShapes.generator(c));
        int dCount = NetworkShapes.paramCount(NetworkShapes.discriminator(c));
        double[] g = new double[gCount];
        double[] d = new double[dCount];
        for (int i = 0; i < gCount; i++) {
            g[i] = Math.sin(i) * 1e-3 + 1.0 / 3;
        }
        for (int i = 0; i < dCount; i++) {
            d[i] = Math.cos(i) * 7.123456789012345;
        }
        Path file = dir.resolve("sub/exp.json");
        ExperimentJson.write(new Experiment(c, new ExperimentState(1234, g, d, null)), file);
        Experiment back = ExperimentJson.read(file);
        assertEquals(c, back.config());
        assertEquals(1234, back.state().step());
        assertArrayEquals(g, back.state().generator(), 0.0, "weights must survive bit for bit");
        assertArrayEquals(d, back.state().discriminator(), 0.0);
        assertNull(back.state().generatorEma());
    }

    @Test
    void generatorWithoutHiddenLayerIsExpressible() throws Exception {
        Experiment e = ExperimentJson.fromTree(ExperimentJson.parse(
                "{\"data\":{\"preset\":\"gaussian\"},\"generator\":{\"hidden\":[]}}", "t"));
        assertEquals(List.of(), e.config().generator().hidden());
        assertEquals(2, NetworkShapes.paramCount(NetworkShapes.generator(e.config())), "G(z) = a z + b has two parameters");
    }

    @Test
    void missingFieldsTakeThePresetDefaults() throws Exception {
        Experiment e = ExperimentJson.fromTree(ExperimentJson.parse("{\"data\":{\"preset\":\"ring8\"}}", "t"));
        assertEquals(ExperimentPresets.get("ring8"), e.config());
    }

    @Test
    void drawnPointsRoundTrip() throws Exception {
        String json = "{\"data\":{\"preset\":\"drawn\",\"points\":[[0.5,1],[1.5,-1],[2,0]]}}";
        Experiment e = ExperimentJson.fromTree(ExperimentJson.parse(json, "t"));
        assertEquals(2, e.config().data().dimension());
        Experiment back = ExperimentJson.fromTree(ExperimentJson.parse(ExperimentJson.toJson(e), "t"));
        assertArrayEquals(new double[]{0.5, 1.5, 2}, back.config().data().xs());
        assertArrayEquals(new double[]{1, -1, 0}, back.config().data().ys());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"generator\":{\"hidden\":[16,300]}}|generator.hidden[1]: 300 is out of range; allowed 1..128",
            "{\"generator\":{\"hidden\":[1,2,3,4,5]}}|generator.hidden: 5 hidden layers; allowed 0..4",
            "{\"generator\":{\"noiseDim\":9}}|generator.noiseDim: 9 is out of range; allowed 1..8",
            "{\"discriminator\":{\"activation\":\"swish\"}}|discriminator.activation: unknown value \"swish\"",
            "{\"training\":{\"lrG\":0}}|training.lrG: 0 is out of range; allowed (0, 1]",
            "{\"training\":{\"lrD\":\"fast\"}}|training.lrD: expected a number in (0, 1], found \"fast\"",
            "{\"training\":{\"objective\":\"magic\"}}|training.objective: unknown value \"magic\"",
            "{\"training\":{\"batchSize\":2.5}}|training.batchSize: expected a whole number in 1..1024, found 2.5",
            "{\"training\":{\"lrDecay\":{\"factor\":0}}}|training.lrDecay.factor: 0 is out of range; allowed (0, 1]",
            "{\"training\":{\"lrDecay\":{\"factor\":1.5}}}|training.lrDecay.factor: 1.5 is out of range; allowed (0, 1]",
            "{\"training\":{\"lrDecay\":{\"steps\":0}}}|training.lrDecay.steps: 0 is out of range; allowed 1..1000000000",
            "{\"training\":{\"lrDecay\":{\"start\":-1}}}|training.lrDecay.start: -1 is out of range; allowed 0..1000000000",
            "{\"training\":{\"lrDecay\":true}}|training.lrDecay: expected an object",
            "{\"stabilisers\":{\"dSteps\":0}}|stabilisers.dSteps: 0 is out of range; allowed 1..20",
            "{\"stabilisers\":{\"r1\":{\"enabled\":\"yes\"}}}|stabilisers.r1.enabled: expected true or false",
            "{\"data\":{\"preset\":\"moon\"}}|data.preset: unknown value \"moon\"",
            "{\"data\":{\"preset\":\"drawn\",\"points\":[[1]]}}|data.points: a drawn data set needs",
            "{\"data\":{\"preset\":\"drawn\",\"points\":[[1],[2,3]]}}|data.points[1]: expected [x] like the first point",
            "{\"format\":\"something-else\"}|format: \"something-else\" is not a GAN Classroom experiment",
            "{\"version\":2}|version: 2 is out of range; allowed 1..1",
            "{\"state\":{\"generator\":[1,2],\"discriminator\":[]}}|state.generator: has 2 numbers but this network has",
            "{\"state\":{\"step\":1}}|state.generator: missing",
    })
    void badFieldsAreNamedWithTheAllowedRange(String json, String expected) {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ExperimentJson.fromTree(ExperimentJson.parse(json, "t")));
        assertTrue(e.getMessage().startsWith(expected), () -> "message was: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    @Test
    void malformedJsonNamesFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"seed\": 3,\n  \"training\": {\"lrG\": 0.001,,}\n}");
        ConfigException e = assertThrows(ConfigException.class, () -> ExperimentJson.read(file));
        assertTrue(e.getMessage().startsWith(file + ":3:"), () -> e.getMessage());
        assertTrue(e.getMessage().contains("malformed JSON"));
    }

    @Test
    void missingFileIsAClearMessage(@TempDir Path dir) {
        Path file = dir.resolve("nope.json");
        ConfigException e = assertThrows(ConfigException.class, () -> ExperimentJson.read(file));
        assertEquals(file + ": no such file", e.getMessage());
    }

    @Test
    void overridesSetNestedKeysWithTypedValues() throws Exception {
        ObjectNode tree = ExperimentJson.toTree(new Experiment(ExperimentPresets.get("mixture2"), null));
        ExperimentJson.applyOverride(tree, "training.lrG=0.0005");
        ExperimentJson.applyOverride(tree, "generator.hidden=8,4");
        ExperimentJson.applyOverride(tree, "stabilisers.spectralNorm.enabled=true");
        ExperimentJson.applyOverride(tree, "training.optimizer=sgd");
        ExperimentJson.applyOverride(tree, "training.lrDecay.enabled=true");
        ExperimentJson.applyOverride(tree, "training.lrDecay.start=3000");
        ExperimentConfig c = ExperimentJson.fromTree(tree).config();
        assertEquals(new LrDecay(true, 3000, LrDecay.none().steps(), LrDecay.none().factor()), c.training().lrDecay());
        assertEquals(0.0005, c.training().lrG());
        assertEquals(List.of(8, 4), c.generator().hidden());
        assertTrue(c.stabilisers().spectralNorm());
        assertEquals(OptimizerKind.SGD, c.training().optimizer());
    }

    @Test
    void unknownOverrideKeyIsRejected() {
        ObjectNode tree = ExperimentJson.toTree(new Experiment(ExperimentPresets.get("mixture2"), null));
        ConfigException e = assertThrows(ConfigException.class,
                () -> ExperimentJson.applyOverride(tree, "training.learningRate=1"));
        assertTrue(e.getMessage().contains("training.learningRate: unknown setting"), e.getMessage());
        assertThrows(ConfigException.class, () -> ExperimentJson.applyOverride(tree, "novalue"));
    }

    @Test
    void everyPresetIsAValidExperiment() throws Exception {
        for (String name : ExperimentPresets.names()) {
            ExperimentConfig c = ExperimentPresets.get(name);
            assertEquals(c, ExperimentJson.fromTree(ExperimentJson.toTree(new Experiment(c, null))).config(), name);
        }
    }
}
