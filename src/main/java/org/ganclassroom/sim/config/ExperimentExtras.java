package org.ganclassroom.sim.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The optional parts of an experiment file beside its config and weights: {@code "preset"}, the experiment preset
 * the run started from, and {@code "history"}, its measured steps ({@link SavedHistory}; a loss that was not
 * defined is written as null). Both are checked like every other field: a bad one names itself.
 */
final class ExperimentExtras {
    private ExperimentExtras() {
    }

    static void write(ObjectNode root, Experiment e) {
        if (e.preset() != null) {
            root.put("preset", e.preset());
        }
        if (e.hasHistory()) {
            SavedHistory h = e.history();
            ObjectNode node = root.putObject("history");
            ArrayNode steps = node.putArray("steps");
            for (long s : h.steps()) {
                steps.add(s);
            }
            numbers(node.putArray("jsd"), h.jsd());
            numbers(node.putArray("dLoss"), h.dLoss());
            numbers(node.putArray("gLoss"), h.gLoss());
        }
    }

    private static void numbers(ArrayNode a, double[] values) {
        for (double v : values) {
            if (Double.isFinite(v)) {
                a.add(v);
            } else {
                a.addNull();
            }
        }
    }

    /**
     * The preset's name, or null when the file names none or one this version does not know (a newer app's file
     * still opens, as a custom run).
     */
    static String preset(JsonNode root) throws ConfigException {
        JsonNode n = root.get("preset");
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new ConfigException("preset: expected the name of an experiment preset, found " + JsonFields.describe(n));
        }
        return ExperimentPresets.names().contains(n.asText()) ? n.asText() : null;
    }

    /** The history, or null when the file has none; it needs a saved state, and ends at or before its step. */
    static SavedHistory history(JsonNode root, ExperimentState state) throws ConfigException {
        JsonNode h = JsonFields.object(root, "", "history");
        if (h == null) {
            return null;
        }
        if (state == null) {
            throw new ConfigException("history: a history needs the saved state it leads to (\"state\")");
        }
        JsonNode steps = h.get("steps");
        if (steps == null || !steps.isArray()) {
            throw new ConfigException("history.steps: expected a list of step numbers, found "
                    + (steps == null ? "nothing" : JsonFields.describe(steps)));
        }
        int n = steps.size();
        if (n > SavedHistory.MAX_POINTS) {
            throw new ConfigException("history.steps: " + n + " points; allowed 0.." + SavedHistory.MAX_POINTS);
        }
        long[] s = new long[n];
        for (int i = 0; i < n; i++) {
            s[i] = JsonFields.integerValue(steps.get(i), "history.steps[" + i + "]", i == 0 ? 0 : s[i - 1] + 1,
                    state.step());
        }
        return new SavedHistory(s, series(h, "jsd", n), series(h, "dLoss", n), series(h, "gLoss", n));
    }

    private static double[] series(JsonNode h, String name, int n) throws ConfigException {
        String p = "history." + name;
        JsonNode a = h.get(name);
        if (a == null || !a.isArray() || a.size() != n) {
            throw new ConfigException(p + ": expected a list of " + n + " numbers (one per step), found "
                    + (a == null ? "nothing" : JsonFields.describe(a)));
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            JsonNode v = a.get(i);
            if (v.isNull()) {
                out[i] = Double.NaN;
            } else if (v.isNumber() && Double.isFinite(v.asDouble())) {
                out[i] = v.asDouble();
            } else {
                throw new ConfigException(p + "[" + i + "]: expected a number or null, found " + JsonFields.describe(v));
            }
        }
        return out;
    }
}
