package org.ganclassroom.sim.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code --set key=value}: the key is checked by hand (no regular expression, whose backtracking recursed
 * on long inputs), the value read as JSON, a comma list of at most {@link #MAX_LIST_ITEMS} numbers, or text.
 */
final class OverrideKey {
    /** Most items in a comma list: more than any list setting takes. */
    static final int MAX_LIST_ITEMS = 100;
    static final int MAX_SEGMENT_CHARS = 64;
    static final int MAX_SEGMENTS = 8;

    private OverrideKey() {
    }

    static void apply(ObjectNode root, String assignment, ObjectNode reference) throws ConfigException {
        int eq = assignment.indexOf('=');
        String shown = shorten(assignment);
        if (eq <= 0) {
            throw new ConfigException("--set " + shown + ": expected key=value, e.g. training.lrG=0.0005");
        }
        String key = assignment.substring(0, eq).trim();
        List<String> parts = names(key, shown);
        if (!known(reference, parts)) {
            throw new ConfigException("--set " + shorten(key) + ": unknown setting; see docs/EXPERIMENT_FORMAT.md for the keys");
        }
        ObjectNode node = root;
        for (int i = 0; i < parts.size() - 1; i++) {
            JsonNode child = node.get(parts.get(i));
            if (child == null) {
                child = node.putObject(parts.get(i));
            } else if (!child.isObject()) {
                throw new ConfigException("--set " + shorten(key) + ": " + String.join(".", parts.subList(0, i + 1))
                        + " is not a group of settings");
            }
            node = (ObjectNode) child;
        }
        node.set(parts.get(parts.size() - 1), value(assignment.substring(eq + 1).trim(), key));
    }

    /** The dot-separated names of a key, each a non-empty run of ASCII letters and digits. */
    private static List<String> names(String key, String shown) throws ConfigException {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= key.length(); i++) {
            if (i == key.length() || key.charAt(i) == '.') {
                String part = key.substring(start, i);
                if (part.isEmpty() || part.length() > MAX_SEGMENT_CHARS || !asciiWord(part)
                        || parts.size() == MAX_SEGMENTS) {
                    throw new ConfigException("--set " + shown + ": \"" + shorten(key) + "\" is not a setting name;"
                            + " keys are dotted names of letters and digits like training.lrG"
                            + " (see docs/EXPERIMENT_FORMAT.md)");
                }
                parts.add(part);
                start = i + 1;
            }
        }
        return parts;
    }

    private static boolean asciiWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean known(ObjectNode reference, List<String> parts) {
        String key = String.join(".", parts);
        JsonNode n = reference;
        for (String part : parts) {
            n = n.get(part);
            if (n == null) {
                return key.equals("data.points") || key.equals("seed");
            }
        }
        return true;
    }

    private static JsonNode value(String raw, String key) throws ConfigException {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (isNumberList(raw)) {
            int items = 1;
            for (int i = 0; i < raw.length(); i++) {
                items += raw.charAt(i) == ',' ? 1 : 0;
            }
            if (items > MAX_LIST_ITEMS) {
                throw new ConfigException("--set " + shorten(key) + ": a list of " + items + " values; at most "
                        + MAX_LIST_ITEMS + " are read (generator.hidden takes 0..4)");
            }
            ArrayNode list = f.arrayNode();
            int start = 0;
            for (int i = 0; i <= raw.length(); i++) {
                if (i == raw.length() || raw.charAt(i) == ',') {
                    JsonNode item = JsonText.scalar(raw.substring(start, i));
                    if (item == null || !item.isNumber()) {
                        return f.textNode(raw);
                    }
                    list.add(item);
                    start = i + 1;
                }
            }
            return list;
        }
        JsonNode json = JsonText.scalar(raw);
        return json != null ? json : f.textNode(raw);
    }

    /** Digits, signs, points and exponents with at least one comma: {@code 16,16}. */
    private static boolean isNumberList(String raw) {
        boolean comma = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            comma |= c == ',';
            if (!(c == ',' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E' || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return comma;
    }

    /** The parts of a dotted path with list indices as their own parts: {@code a.b[3]} → a, b, [3]. */
    static List<String> segments(String dotted) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= dotted.length(); i++) {
            char c = i == dotted.length() ? '.' : dotted.charAt(i);
            if (c == '.' || c == '[') {
                if (i > start) {
                    out.add(dotted.substring(start, i));
                }
                start = c == '.' ? i + 1 : i;
            } else if (c == ']') {
                out.add(dotted.substring(start, i + 1));
                start = i + 1;
            }
        }
        return out;
    }

    /** At most 60 characters, control characters shown as \\uXXXX: a message stays one short line. */
    static String shorten(String s) {
        String t = s.length() > 60 ? s.substring(0, 57) + "…" : s;
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            sb.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return sb.toString();
    }
}
