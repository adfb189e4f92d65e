package org.ganclassroom.sim.cli;

import org.ganclassroom.sim.config.ConfigException;
import org.ganclassroom.sim.config.ExperimentPresets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Property-based fuzzing of the {@code sim} command line (seeded): random argv from a dictionary of flags,
 * keys and hostile values, parsed and resolved into an experiment (no training). Only a usage error or a
 * {@link ConfigException} may come out, as one line that starts with the flag or the file it is about.
 */
class SimArgumentsFuzzTest {
    private static final String[] FLAGS = {"--preset", "--steps", "--seed", "--out", "--config", "--set", "--eval-every",
            "--list-presets", "--help", "-h", "--bogus", "-", "--", "", "--set=", "--STEPS"};
    private static final String[] KEYS = {"training.lrG", "training.lrD", "training.objective", "training.optimizer",
            "training.batchSize", "generator.hidden", "discriminator.hidden", "generator.noiseDim", "seed", "data.preset",
            "data.points", "stabilisers.r1.gamma", "stabilisers.r1.enabled", "stabilisers.dSteps", "measure.grid1d",
            "training", "stabilisers.r1", ".", "..", "a..b", "training.", ".training", "x", "training.lrG.x",
            "seed.x", "é", "training lrG", "\u0000"};
    private static final String[] VALUES = {"0", "1", "-1", "0.001", "1e400", "NaN", "Infinity", "-0", "\u0663",
            "\u0661\u0660", "9223372036854775807", "9223372036854775808", "99999999999999999999999", "", " ", "..",
            ".", "true", "null", "[]", "{}", "[16,16]", "16,16", "1,2,3,4,5", "[[[[[[[[[[[[[[[[[[[[[[[[", "\"x\"",
            "adam", "fgan-kl", "ring8", "drawn", "[[0.5],[1.2]]", "[[1,2],[3]]", "+5", "5 ", "0x10", "\n", "é"};
    private static Path dir;
    private static List<String> configs;

    @BeforeContainer
    static void files() throws Exception {
        dir = Files.createTempDirectory("sim-args-fuzz");
        Files.writeString(dir.resolve("good.json"), "{\"training\": {\"lrG\": 0.002}}");
        Files.writeString(dir.resolve("dup.json"), "{\"seed\": 1, \"seed\": 2}");
        Files.writeString(dir.resolve("nan.json"), "{\"training\": {\"lrD\": NaN}}");
        Files.write(dir.resolve("bin.json"), new byte[] {'{', (byte) 0xff, '}'});
        configs = List.of(dir.resolve("good.json").toString(), dir.resolve("dup.json").toString(),
                dir.resolve("nan.json").toString(), dir.resolve("bin.json").toString(),
                dir.resolve("missing.json").toString(), dir.toString(), "/dev/null");
    }

    @AfterContainer
    static void clean() throws Exception {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    @Property(tries = 1500, seed = "2019", edgeCases = EdgeCasesMode.NONE)
    void anyArgvParsesOrIsRefusedNamingTheArgument(@ForAll("argvs") List<String> argv) {
        String[] args = argv.toArray(String[]::new);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try {
                SimArguments a = SimArguments.parse(args);
                SimCommand.resolve(a);
            } catch (SimArguments.UsageException e) {
                assertOneLine(e.getMessage(), argv);
                assertTrue(e.getMessage().startsWith("--") || e.getMessage().startsWith("unknown option \""),
                        () -> "names the flag: " + e.getMessage() + " for " + argv);
            } catch (ConfigException e) {
                assertOneLine(e.getMessage(), argv);
                String m = e.getMessage();
                assertTrue(m.startsWith("--preset: ") || m.startsWith("--set ") || configs.stream().anyMatch(m::startsWith),
                        () -> "names the argument or file: " + m + " for " + argv);
            } catch (RuntimeException | StackOverflowError e) {
                fail("escaped: " + e + " for " + argv, e);
            }
        });
    }

    private static void assertOneLine(String msg, List<String> argv) {
        assertFalse(msg.contains("\n") || msg.contains("\r"), () -> "one line: " + msg + " for " + argv);
        // one line that still names every valid preset (about 30) when the preset is unknown
        assertTrue(msg.length() < 600, () -> "short: " + msg);
        assertFalse(msg.contains("Exception") || msg.contains("Feature") || msg.contains("Constraints"), msg);
    }

    @Provide
    Arbitrary<List<String>> argvs() {
        return Arbitraries.randomValue(SimArgumentsFuzzTest::argv);
    }

    private static List<String> argv(Random r) {
        List<String> out = new ArrayList<>();
        for (int i = r.nextInt(7); i >= 0; i--) {
            String flag = FLAGS[r.nextInt(FLAGS.length)];
            out.add(flag);
            if (r.nextInt(10) == 0) {
                continue; // a flag without its value
            }
            switch (flag) {
                case "--set" -> out.add(r.nextInt(8) == 0 ? "generator.hidden=" + "1,".repeat(r.nextInt(5000)) + "1"
                        : KEYS[r.nextInt(KEYS.length)] + (r.nextInt(10) == 0 ? "" : "=") + VALUES[r.nextInt(VALUES.length)]);
                case "--config" -> out.add(configs.get(r.nextInt(configs.size())));
                case "--preset" -> out.add(r.nextBoolean() ? ExperimentPresets.names().get(r.nextInt(ExperimentPresets
                        .names().size())) : VALUES[r.nextInt(VALUES.length)]);
                case "--out" -> out.add(r.nextBoolean() ? dir.resolve("o").toString() : VALUES[r.nextInt(VALUES.length)]);
                default -> out.add(VALUES[r.nextInt(VALUES.length)]);
            }
        }
        return out;
    }
}
