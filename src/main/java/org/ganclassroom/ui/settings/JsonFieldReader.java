package org.ganclassroom.ui.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the fields of one JSON object leniently: a missing or null field is absent, a field of the wrong kind is
 * recorded as dropped (with the field's name and what was wrong) and also absent, so one bad field never costs
 * the others.
 */
public final class JsonFieldReader {
    private static final int SHOWN_CHARS = 40;

    private final ObjectNode object;
    private final List<String> dropped = new ArrayList<>();

    public JsonFieldReader(ObjectNode object) {
        this.object = object;
    }

    /** The dropped fields so far, one line each. */
    public List<String> dropped() {
        return List.copyOf(dropped);
    }

    /** Records a dropped field: {@code name (why)}. */
    public void drop(String name, String why) {
        dropped.add(name + " (" + why + ")");
    }

    /** The field's node, or empty if it is missing or null. */
    public Optional<JsonNode> node(String name) {
        JsonNode n = object.get(name);
        return n == null || n.isNull() ? Optional.empty() : Optional.of(n);
    }

    /** A string field; a non-string value is dropped. */
    public Optional<String> text(String name) {
        return node(name).flatMap(n -> {
            if (n.isTextual()) {
                return Optional.of(n.textValue());
            }
            drop(name, show(n) + " is not text");
            return Optional.empty();
        });
    }

    /** A true/false field; anything else is dropped. */
    public Optional<Boolean> bool(String name) {
        return node(name).flatMap(n -> {
            if (n.isBoolean()) {
                return Optional.of(n.booleanValue());
            }
            drop(name, show(n) + " is not true or false");
            return Optional.empty();
        });
    }

    /** A finite number field; anything else is dropped. */
    public Optional<Double> number(String name) {
        return node(name).flatMap(n -> {
            if (n.isNumber() && Double.isFinite(n.doubleValue())) {
                return Optional.of(n.doubleValue());
            }
            drop(name, show(n) + " is not a finite number");
            return Optional.empty();
        });
    }

    /** A whole number from 0 to {@link Integer#MAX_VALUE}; anything else is dropped. */
    public Optional<Integer> count(String name) {
        return node(name).flatMap(n -> {
            Optional<Integer> c = countValue(n);
            if (c.isEmpty()) {
                drop(name, show(n) + " is not a whole number of at least 0");
            }
            return c;
        });
    }

    /** {@code n} as a whole number from 0 to {@link Integer#MAX_VALUE}, if it is one. */
    public static Optional<Integer> countValue(JsonNode n) {
        if (n != null && n.isIntegralNumber() && n.canConvertToInt() && n.intValue() >= 0) {
            return Optional.of(n.intValue());
        }
        return Optional.empty();
    }

    /** A short rendering of a JSON value for a message: {@code "x"}, {@code 9}, {@code [1,2,…}. */
    public static String show(JsonNode n) {
        String s = n.toString();
        return s.length() <= SHOWN_CHARS ? s : s.substring(0, SHOWN_CHARS) + "…";
    }
}
