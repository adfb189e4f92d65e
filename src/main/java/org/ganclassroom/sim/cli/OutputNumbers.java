package org.ganclassroom.sim.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ganclassroom.sim.run.HistoryCsv;

/**
 * The one encoding of numbers in the files {@code sim} writes (docs/SIM_OUTPUT.md): a finite number as
 * itself; an infinite value (an infinite divergence, say KL where p_g misses a mode) as {@code inf} or
 * {@code -inf} (CSV) and the strings {@code "inf"} / {@code "-inf"} (JSON), which pandas' read_csv and
 * Python's float() read as ±infinity; "does not apply" (NaN) as an empty CSV field and JSON null.
 * No file ever holds the NaN or Infinity tokens that strict JSON parsers refuse.
 */
final class OutputNumbers {
    static final String INF = "inf";
    static final String NEG_INF = "-inf";

    private OutputNumbers() {
    }

    static String csv(double v) {
        return HistoryCsv.number(v);
    }

    static void put(ObjectNode node, String name, double v) {
        if (Double.isNaN(v)) {
            node.putNull(name);
        } else if (Double.isInfinite(v)) {
            node.put(name, v > 0 ? INF : NEG_INF);
        } else {
            node.put(name, v);
        }
    }

    static void add(ArrayNode array, double v) {
        if (Double.isNaN(v)) {
            array.addNull();
        } else if (Double.isInfinite(v)) {
            array.add(v > 0 ? INF : NEG_INF);
        } else {
            array.add(v);
        }
    }
}
