package org.ganclassroom.sim.cli;

import org.ganclassroom.sim.config.JsonText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hostile command lines and experiment files of issue 19, each answered with one plain line and exit 2. */
class SimHostileInputTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SimCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errLine() {
        String e = err.toString(StandardCharsets.UTF_8).strip();
        assertFalse(e.contains("\n"), "one line: " + e);
        for (String jackson : new String[] {"Exception", "Jackson", "Feature", "Constraints", "Input length",
                "com.fasterxml", "(code "}) {
            assertFalse(e.contains(jackson), "plain words, not " + jackson + ": " + e);
        }
        return e;
    }

    @ParameterizedTest(name = "--set {0}")
    @CsvSource(delimiter = '|', value = {
            ".=1|sim: --set .=1: \".\" is not a setting name",
            "..=1|sim: --set ..=1: \"..\" is not a setting name",
            "training..lrG=1|sim: --set training..lrG=1: \"training..lrG\" is not a setting name",
            "training.=1|sim: --set training.=1: \"training.\" is not a setting name",
    })
    void malformedSetKeysAreNamed(String set, String expected) {
        assertEquals(2, run("--set", set));
        assertTrue(errLine().startsWith(expected), errLine());
    }

    @Test
    void aLongListIsRefusedWithoutOverflowingTheStack() {
        String list = String.join(",", Collections.nCopies(5000, "1"));
        assertEquals(2, run("--set", "generator.hidden=" + list));
        assertEquals("sim: --set generator.hidden: a list of 5000 values; at most 100 are read"
                + " (generator.hidden takes 0..4)", errLine());
    }

    @Test
    void onlyAsciiDigitsAreNumbers(@TempDir Path dir) {
        assertEquals(2, run("--steps", "\u0663", "--out", dir.toString()));
        assertTrue(errLine().startsWith("sim: --steps: \"\u0663\" is not a whole number; use the digits 0-9"), errLine());
        assertFalse(Files.exists(dir.resolve("metrics.csv")));
    }

    @Test
    void anEmptyOutputFolderIsRefused() {
        assertEquals(2, run("--out", ""));
        assertEquals("sim: --out: empty; give a folder name", errLine());
        err.reset();
        assertEquals(2, run("--config", ""));
        assertEquals("sim: --config: empty; give a file name", errLine());
    }

    @Test
    void cannotWriteSaysWhy(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("afile");
        Files.writeString(file, "x");
        assertEquals(1, run("--steps", "1", "--out", file.toString()));
        assertEquals("sim: cannot write to " + file + ": a file of that name is in the way (a folder is needed there)",
                errLine());
        err.reset();
        assertEquals(1, run("--steps", "1", "--out", file.resolve("sub").toString()));
        assertTrue(errLine().endsWith(": part of the path is a file, not a folder"), errLine());
    }

    private Path config(Path dir, String text) throws Exception {
        Path f = dir.resolve("exp.json");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void trailingContentAndASecondObjectAreRefused(@TempDir Path dir) throws Exception {
        Path f = config(dir, "{\"seed\": 1}\n{\"seed\": 2}\n");
        assertEquals(2, run("--config", f.toString()));
        assertEquals("sim: " + f + ":2:1: more text after the experiment's closing }; a file holds exactly one JSON object",
                errLine());
        err.reset();
        config(dir, "{\"seed\": 1} trailing");
        assertEquals(2, run("--config", f.toString()));
        assertTrue(errLine().startsWith("sim: " + f + ":1:"), errLine());
        assertTrue(errLine().endsWith(": more text after the experiment's closing }; a file holds exactly one JSON object"),
                errLine());
    }

    @Test
    void duplicateKeysAreRefusedNamingKeyAndLine(@TempDir Path dir) throws Exception {
        Path f = config(dir, "{\n  \"training\": {\n    \"lrD\": 7,\n    \"lrD\": 0.001\n  }\n}");
        assertEquals(2, run("--config", f.toString()));
        String e = errLine();
        assertTrue(e.startsWith("sim: " + f + ":4:"), e);
        assertTrue(e.endsWith(": training.lrD: appears twice; each key may appear only once"), e);
    }

    @Test
    void nanTokenNamesFieldPositionAndWhatIsAllowed(@TempDir Path dir) throws Exception {
        Path f = config(dir, "{\n  \"training\": {\n    \"lrD\": NaN\n  }\n}");
        assertEquals(2, run("--config", f.toString()));
        assertEquals("sim: " + f + ":3:12: training.lrD: NaN is not a number (JSON has no NaN or Infinity);"
                + " use a number in (0, 1]", errLine());
    }

    @Test
    void outOfRangeValueInAFileHasLineAndColumn(@TempDir Path dir) throws Exception {
        Path f = config(dir, "{\n  \"stabilisers\": {\"r1\": {\"gamma\": 1000}}\n}");
        assertEquals(2, run("--config", f.toString()));
        assertEquals("sim: " + f + ":2:35: stabilisers.r1.gamma: 1000 is out of range; allowed [0, 100]", errLine());
    }

    @Test
    void notUtf8IsSaidSo(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("latin1.json");
        Files.write(f, "{\n\"data\": {\"preset\": \"caf\u00e9\"}}".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(2, run("--config", f.toString()));
        assertTrue(errLine().startsWith("sim: " + f + ":2: not UTF-8 text"), errLine());
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(200L << 20); // sparse: no 200 MB written
        }
        assertEquals(2, run("--config", f.toString()));
        assertEquals("sim: " + f + ": 209715200 bytes is larger than an experiment file can be; allowed up to "
                + JsonText.MAX_BYTES + " bytes (16 MiB)", errLine());
    }

    @Test
    void deepNestingAndHugeListsAreRefusedInBoundedMemory(@TempDir Path dir) throws Exception {
        Path f = config(dir, "[".repeat(200_000));
        assertEquals(2, run("--config", f.toString()));
        assertTrue(errLine().contains("nested more than 16 levels deep"), errLine());
        err.reset();
        config(dir, "{\"junk\": [" + "0,".repeat(1_500_000) + "0]}");
        assertEquals(2, run("--config", f.toString()));
        assertTrue(errLine().contains(": junk[") && errLine().contains("]: more than 1000000 values"), errLine());
    }

    @Test
    void aFolderOrDeviceIsNotAnExperimentFile(@TempDir Path dir) {
        assertEquals(2, run("--config", dir.toString()));
        assertTrue(errLine().endsWith(": not a regular file (a folder, device or pipe); give an experiment .json file"),
                errLine());
    }
}
