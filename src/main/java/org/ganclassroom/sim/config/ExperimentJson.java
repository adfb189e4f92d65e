package org.ganclassroom.sim.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Map;

/**
 * The experiment file: a JSON document holding a run's config and, optionally, its trained weights.
 * The format is described in {@code docs/EXPERIMENT_FORMAT.md}. Reading validates every field and
 * reports the first problem as one line naming the field; missing fields take the preset's defaults.
 */
public final class ExperimentJson {
    public static final String FORMAT = "gan-classroom-experiment";
    public static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExperimentJson() {
    }

    // ---------------------------------------------------------------- writing

    public static ObjectNode toTree(Experiment e) {
        return ExperimentTreeWriter.toTree(e, MAPPER.createObjectNode());
    }

    public static String toJson(Experiment e) {
        try {
            return MAPPER.writeValueAsString(toTree(e));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Writes atomically: a crash mid-write never leaves a half-written file in place of a good one. */
    public static void write(Experiment e, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, toJson(e));
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException ex) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    // ---------------------------------------------------------------- reading

    /** Parses JSON text strictly and within bounds (see {@link JsonText}); errors name line and column. */
    public static JsonNode parse(String text, String source) throws ConfigException {
        return JsonText.parse(text, source).tree();
    }

    public static JsonNode parseFile(Path file) throws ConfigException {
        return JsonText.readFile(file).tree();
    }

    /** Reads and validates an experiment file; a bad field is reported as {@code file:line:column: field: …}. */
    public static Experiment read(Path file) throws ConfigException {
        JsonText text = JsonText.readFile(file);
        try {
            return fromTree(text.tree());
        } catch (ConfigException ex) {
            throw text.locate(ex);
        }
    }

    /**
     * What the field at a dotted path allows, as the validator words it ("a number in (0, 1]"), or null for
     * a path that is not a setting: found by validating the defaults with a text in that place.
     */
    static String allowedAt(String dotted) {
        if (dotted == null || dotted.isEmpty()) {
            return null;
        }
        ObjectNode tree = toTree(new Experiment(ExperimentPresets.get(ExperimentPresets.DEFAULT), null));
        JsonNode parent = null;
        JsonNode node = tree;
        String last = null;
        int lastIndex = -1;
        for (String part : OverrideKey.segments(dotted)) {
            parent = node;
            if (part.startsWith("[")) {
                try {
                    lastIndex = Integer.parseInt(part.substring(1, part.length() - 1));
                } catch (NumberFormatException ex) {
                    return null;
                }
                last = null;
                node = node.path(lastIndex);
            } else {
                last = part;
                lastIndex = -1;
                node = node.path(part);
            }
            if (node.isMissingNode()) {
                return null;
            }
        }
        if (parent instanceof ObjectNode o && last != null) {
            o.put(last, "?");
        } else if (parent instanceof ArrayNode a && lastIndex >= 0) {
            a.set(lastIndex, a.textNode("?"));
        } else {
            return null;
        }
        try {
            fromTree(tree);
            return null;
        } catch (ConfigException e) {
            String m = e.getMessage();
            String lead = dotted + ": expected ";
            int found = m.lastIndexOf(", found ");
            return m.startsWith(lead) && found > lead.length() ? m.substring(lead.length(), found) : null;
        }
    }

    /**
     * Reads a tree. Fields it leaves out take the defaults of the preset named in {@code data.preset}
     * (or of the default preset for the data's dimension).
     */
    public static Experiment fromTree(JsonNode root) throws ConfigException {
        return ExperimentTreeReader.fromTree(root);
    }

    /**
     * Applies a {@code key=value} override to a tree: the key is a dotted path such as
     * {@code training.lrG} or {@code stabilisers.r1.enabled}; the value is JSON ({@code 0.01}, {@code true},
     * {@code [16,16]}), a comma list of numbers ({@code 16,16}), or else a plain string.
     */
    public static void applyOverride(ObjectNode root, String assignment) throws ConfigException {
        OverrideKey.apply(root, assignment, toTree(new Experiment(ExperimentPresets.get(ExperimentPresets.DEFAULT),
                null)));
    }

    /** A user's text as a message shows it: at most 60 characters, control characters escaped. */
    public static String shown(String text) {
        return OverrideKey.shorten(text);
    }

    /** Deep-merges {@code overlay} into {@code base}: objects merge field by field, anything else replaces. */
    public static void merge(ObjectNode base, JsonNode overlay) {
        Iterator<Map.Entry<String, JsonNode>> it = overlay.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode existing = base.get(e.getKey());
            if (existing instanceof ObjectNode obj && e.getValue().isObject()) {
                merge(obj, e.getValue());
            } else {
                base.set(e.getKey(), e.getValue().deepCopy());
            }
        }
    }
}
