package org.ganclassroom.sim.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Property-based fuzzing of the experiment reader (seeded, a few thousand inputs, seconds): generated
 * experiment trees with wrong types, huge numbers, NaN tokens, deep nesting, unknown and duplicate keys,
 * trailing text; and randomly mutated bytes of every preset's file. Whatever comes in, the reader returns an
 * experiment or throws a {@link ConfigException} whose one line names the file, line:column or the field.
 */
class ExperimentReaderFuzzTest {
    private static final String SOURCE = "fuzz.json";
    private static final Pattern LINE_COLUMN = Pattern.compile("^:[0-9]{1,9}:[0-9]{1,9}: .*");
    private static final Pattern LINE = Pattern.compile("^:[0-9]{1,9}: not UTF-8 text.*");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> PRESETS = ExperimentPresets.names();
    private static Path dir;

    @BeforeContainer
    static void makeFolder() throws Exception {
        dir = Files.createTempDirectory("experiment-fuzz");
    }

    @AfterContainer
    static void removeFolder() throws Exception {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    @Property(tries = 1200, seed = "19", edgeCases = EdgeCasesMode.NONE)
    void generatedExperimentsReadOrAreRefusedByField(@ForAll("experimentTexts") String text) {
        assertReadsOrNames(() -> {
            JsonText parsed = JsonText.parse(text, SOURCE);
            try {
                return ExperimentJson.fromTree(parsed.tree());
            } catch (ConfigException e) {
                throw parsed.locate(e);
            }
        }, text);
    }

    @Property(tries = 1200, seed = "1919", edgeCases = EdgeCasesMode.NONE)
    void mutatedPresetFilesReadOrAreRefusedByPosition(@ForAll("mutatedPresetBytes") byte[] bytes) throws Exception {
        Path file = dir.resolve(SOURCE);
        Files.write(file, bytes);
        String shown = new String(bytes, StandardCharsets.UTF_8);
        assertReadsOrNames(() -> ExperimentJson.read(file), shown, file.toString());
    }

    private interface Read {
        Object read() throws ConfigException;
    }

    private static void assertReadsOrNames(Read read, String input) {
        assertReadsOrNames(read, input, SOURCE);
    }

    private static void assertReadsOrNames(Read read, String input, String source) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try {
                read.read();
            } catch (ConfigException e) {
                assertWellFormed(e.getMessage(), source, input);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                fail("escaped: " + e + " for input " + abbreviate(input), e);
            }
        });
    }

    static void assertWellFormed(String msg, String source, String input) {
        String context = msg + "\n  for input " + abbreviate(input);
        assertTrue(msg.length() < 400, () -> "short: " + context);
        assertFalse(msg.contains("\n") || msg.contains("\r"), () -> "one line: " + context);
        for (String jackson : new String[] {"Exception", "Jackson", "Feature", "Constraints", "Input length",
                "com.fasterxml", "(code "}) {
            assertFalse(msg.contains(jackson), () -> "plain words, not " + jackson + ": " + context);
        }
        assertTrue(msg.startsWith(source + ":"), () -> "names the file: " + context);
        String rest = msg.substring(source.length());
        boolean located = LINE_COLUMN.matcher(rest).matches() || LINE.matcher(rest).matches();
        boolean field = rest.startsWith(": ") && JsonText.leadingPath(rest.substring(2)) != null;
        boolean whole = rest.startsWith(": expected a JSON object");
        assertTrue(located || field || whole, () -> "names line:column or the field: " + context);
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…(" + s.length() + " chars)" : s;
    }

    // ------------------------------------------------------------------ generated experiment trees

    private static final String[] RAW = {"NaN", "Infinity", "-Infinity", "+Infinity", "nan", "1e400", "-1e400",
            "1e-400", "-0", "0.0", "123456789012345678901234567890", "9223372036854775808", "1." , ".5", "01",
            "0x10", "tru", "undefined", "'single'"};

    @Provide
    Arbitrary<String> experimentTexts() {
        return Arbitraries.randomValue(ExperimentReaderFuzzTest::mutatedExperiment);
    }

    private static String mutatedExperiment(Random r) {
        ObjectNode tree = ExperimentJson.toTree(new Experiment(ExperimentPresets.get(PRESETS.get(r.nextInt(PRESETS.size()))),
                null));
        if (r.nextInt(4) == 0) {
            ObjectNode s = tree.putObject("state");
            s.put("step", r.nextInt(3) == 0 ? -1 : 10);
            s.set("generator", randomArray(r, r.nextInt(400)));
            s.set("discriminator", randomArray(r, r.nextInt(400)));
        }
        int mutations = 1 + r.nextInt(5);
        for (int i = 0; i < mutations; i++) {
            List<String[]> paths = new ArrayList<>();
            collect(tree, new ArrayList<>(), paths);
            String[] path = paths.get(r.nextInt(paths.size()));
            ObjectNode parent = parentOf(tree, path);
            String key = path[path.length - 1];
            switch (r.nextInt(4)) {
                case 0 -> parent.set(key, randomValue(r, 0));
                case 1 -> parent.set("x" + Integer.toString(r.nextInt(1000), 36), randomValue(r, 0));
                case 2 -> parent.remove(key);
                default -> parent.set(key, randomValue(r, 3));
            }
        }
        String text;
        try {
            text = r.nextBoolean() ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree)
                    : MAPPER.writeValueAsString(tree);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        for (String raw : RAW) {
            text = text.replace("\"@@" + raw + "@@\"", raw);
        }
        switch (r.nextInt(8)) {
            case 0 -> text = text + (r.nextBoolean() ? "{\"seed\": 2}" : " x");
            case 1 -> text = duplicateAKey(text, r);
            case 2 -> text = "[".repeat(1 + r.nextInt(5000)) + text;
            case 3 -> text = text.substring(0, r.nextInt(text.length()));
            default -> {
            }
        }
        return text;
    }

    private static String duplicateAKey(String text, Random r) {
        int at = text.indexOf("\"", 1 + r.nextInt(Math.max(1, text.length() - 1)));
        int end = at < 0 ? -1 : text.indexOf(',', at);
        if (at < 0 || end < 0) {
            return text;
        }
        return text.substring(0, end + 1) + text.substring(at, end + 1) + text.substring(end + 1);
    }

    private static void collect(JsonNode n, List<String> prefix, List<String[]> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> p = new ArrayList<>(prefix);
            p.add(e.getKey());
            out.add(p.toArray(String[]::new));
            if (e.getValue().isObject()) {
                collect(e.getValue(), p, out);
            }
        }
    }

    private static ObjectNode parentOf(ObjectNode root, String[] path) {
        JsonNode n = root;
        for (int i = 0; i < path.length - 1; i++) {
            n = n.get(path[i]);
        }
        return (ObjectNode) n;
    }

    private static ArrayNode randomArray(Random r, int n) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < n; i++) {
            a.add(r.nextInt(50) == 0 ? randomValue(r, 1) : JsonNodeFactory.instance.numberNode(r.nextGaussian()));
        }
        return a;
    }

    private static JsonNode randomValue(Random r, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (r.nextInt(depth > 0 ? 12 : 10)) {
            case 0 -> f.textNode("@@" + RAW[r.nextInt(RAW.length)] + "@@");
            case 1 -> f.numberNode(r.nextInt());
            case 2 -> f.numberNode(Math.pow(10, r.nextInt(40) - 20) * (r.nextBoolean() ? 1 : -1));
            case 3 -> f.numberNode(new java.math.BigInteger(120, r));
            case 4 -> f.textNode(randomText(r));
            case 5 -> f.booleanNode(r.nextBoolean());
            case 6 -> f.nullNode();
            case 7 -> f.numberNode(r.nextDouble());
            case 8 -> f.arrayNode().add(r.nextInt(200)).add(r.nextInt(200) - 50);
            case 9 -> f.objectNode();
            case 10 -> {
                ArrayNode a = f.arrayNode();
                for (int i = r.nextInt(6); i >= 0; i--) {
                    a.add(randomValue(r, depth - 1));
                }
                yield a;
            }
            default -> {
                ObjectNode o = f.objectNode();
                for (int i = r.nextInt(4); i >= 0; i--) {
                    o.set(randomText(r), randomValue(r, depth - 1));
                }
                yield o;
            }
        };
    }

    private static String randomText(Random r) {
        String[] pool = {"adam", "sgd", "tanh", "fgan-kl", "mixture2", "drawn", "", " ", "\n", "\u0000", "é",
                "\u202E", "\uD83D\uDE00", "enabled", "lrG", "x".repeat(r.nextInt(3) == 0 ? 20_000 : 3)};
        return pool[r.nextInt(pool.length)];
    }

    // ------------------------------------------------------------------ mutated bytes

    @Provide
    Arbitrary<byte[]> mutatedPresetBytes() {
        return Arbitraries.randomValue(r -> {
            byte[] b = ExperimentJson.toJson(new Experiment(ExperimentPresets.get(PRESETS.get(r.nextInt(PRESETS.size()))),
                    null)).getBytes(StandardCharsets.UTF_8);
            int ops = 1 + r.nextInt(6);
            for (int i = 0; i < ops && b.length > 0; i++) {
                int at = r.nextInt(b.length);
                switch (r.nextInt(5)) {
                    case 0 -> b[at] ^= (byte) (1 << r.nextInt(8));
                    case 1 -> b[at] = "{}[]\",:0-.eE \n\\\u00ff".getBytes(StandardCharsets.ISO_8859_1)[r.nextInt(16)];
                    case 2 -> b = splice(b, at, Math.min(b.length, at + r.nextInt(20)), new byte[0]);
                    case 3 -> b = splice(b, at, at, java.util.Arrays.copyOfRange(b, at, Math.min(b.length,
                            at + r.nextInt(40))));
                    default -> {
                        byte[] junk = new byte[1 + r.nextInt(4)];
                        r.nextBytes(junk);
                        b = splice(b, at, at, junk);
                    }
                }
            }
            return b;
        });
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        byte[] out = new byte[b.length - (to - from) + insert.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(b, to, out, from + insert.length, b.length - to);
        return out;
    }
}
