package org.ganclassroom.sim.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads typed, range-checked fields from a JSON tree and, when one is wrong, throws a
 * {@link ConfigException} naming the field's dotted path, what was found and what is allowed.
 */
final class JsonFields {
    private JsonFields() {
    }

    static String path(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    static JsonNode object(JsonNode parent, String parentPath, String name) throws ConfigException {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            throw new ConfigException(path(parentPath, name) + ": expected an object {…}, found " + describe(n));
        }
        return n;
    }

    static double number(JsonNode parent, String parentPath, String name, double fallback, double min, double max,
                         boolean minExclusive) throws ConfigException {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            return fallback;
        }
        String p = path(parentPath, name);
        String range = (minExclusive ? "(" : "[") + fmt(min) + ", " + fmt(max) + "]";
        if (!n.isNumber()) {
            throw new ConfigException(p + ": expected a number in " + range + ", found " + describe(n));
        }
        double v = n.asDouble();
        if (!Double.isFinite(v) || v > max || v < min || (minExclusive && v == min)) {
            throw new ConfigException(p + ": " + fmt(v) + " is out of range; allowed " + range);
        }
        return v;
    }

    static long integer(JsonNode parent, String parentPath, String name, long fallback, long min, long max)
            throws ConfigException {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            return fallback;
        }
        return integerValue(n, path(parentPath, name), min, max);
    }

    static long integerValue(JsonNode n, String p, long min, long max) throws ConfigException {
        String range = min + ".." + max;
        boolean any = min == Long.MIN_VALUE && max == Long.MAX_VALUE;
        if (!n.isIntegralNumber() && !(n.isNumber() && n.asDouble() == Math.rint(n.asDouble()))) {
            throw new ConfigException(p + ": expected a whole number" + (any ? "" : " in " + range) + ", found "
                    + describe(n));
        }
        if (!n.canConvertToLong()) {
            throw new ConfigException(p + ": " + n.asText() + " is out of range; allowed " + range);
        }
        long v = n.asLong();
        if (v < min || v > max) {
            throw new ConfigException(p + ": " + v + " is out of range; allowed " + range);
        }
        return v;
    }

    static boolean bool(JsonNode parent, String parentPath, String name, boolean fallback) throws ConfigException {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.isBoolean()) {
            throw new ConfigException(path(parentPath, name) + ": expected true or false, found " + describe(n));
        }
        return n.asBoolean();
    }

    static String choice(JsonNode parent, String parentPath, String name, String fallback, List<String> allowed)
            throws ConfigException {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            return fallback;
        }
        String p = path(parentPath, name);
        if (!n.isTextual()) {
            throw new ConfigException(p + ": expected one of " + String.join(", ", allowed) + ", found " + describe(n));
        }
        String v = n.asText().toLowerCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            throw new ConfigException(p + ": unknown value " + describe(n) + "; allowed: " + String.join(", ", allowed));
        }
        return v;
    }

    static List<Integer> widths(JsonNode parent, String parentPath, String name, List<Integer> fallback,
                                int maxLayers, int maxWidth) throws ConfigException {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            return fallback;
        }
        String p = path(parentPath, name);
        if (!n.isArray()) {
            throw new ConfigException(p + ": expected a list of 0.." + maxLayers + " layer widths like [16, 16], found "
                    + describe(n));
        }
        if (n.size() > maxLayers) {
            throw new ConfigException(p + ": " + n.size() + " hidden layers; allowed 0.." + maxLayers);
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            out.add((int) integerValue(n.get(i), p + "[" + i + "]", 1, maxWidth));
        }
        return out;
    }

    /** A list of finite numbers of a required length (or any length when {@code length} is negative). */
    static double[] numbers(JsonNode n, String p, int length) throws ConfigException {
        if (!n.isArray()) {
            throw new ConfigException(p + ": expected a list of numbers, found " + describe(n));
        }
        if (length >= 0 && n.size() != length) {
            throw new ConfigException(p + ": has " + n.size() + " numbers but this network has " + length
                    + " parameters");
        }
        double[] out = new double[n.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode e = n.get(i);
            if (!e.isNumber() || !Double.isFinite(e.asDouble())) {
                throw new ConfigException(p + "[" + i + "]: expected a finite number, found " + describe(e));
            }
            out[i] = e.asDouble();
        }
        return out;
    }

    static String describe(JsonNode n) {
        // toString is JSON: quoted and escaped, so a message stays one line whatever the text holds
        String text = n.toString();
        if (text.length() > 40) {
            text = text.substring(0, 37) + "…";
        }
        return text;
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    static List<String> lower(Object[] values) {
        return Arrays.stream(values).map(v -> v.toString().toLowerCase(Locale.ROOT).replace("_", "")).toList();
    }
}
