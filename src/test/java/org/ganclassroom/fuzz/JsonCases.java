package org.ganclassroom.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated field values for the settings and progress files: each knows the value the reader must keep (or
 * null) and the names it must report as dropped.
 */
final class JsonCases {
    static final JsonNodeFactory F = JsonNodeFactory.instance;

    private JsonCases() {
    }

    /**
     * One field: {@code node} null means the field is left out.
     *
     * @param dropped the names the notice must give (empty when the value is valid or absent)
     */
    record Field(String name, JsonNode node, Object kept, List<String> dropped) {
        static Field absent(String name) {
            return new Field(name, null, null, List.of());
        }

        static Field valid(String name, JsonNode node, Object kept) {
            return new Field(name, node, kept, List.of());
        }

        static Field invalid(String name, JsonNode node) {
            return new Field(name, node, null, List.of(name));
        }
    }

    /** Values of every JSON kind, none of them JSON null. */
    static Arbitrary<JsonNode> anyValue() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(F::textNode),
                Arbitraries.integers().map(F::numberNode),
                Arbitraries.longs().map(F::numberNode),
                Arbitraries.doubles().map(F::numberNode),
                Arbitraries.of(F.numberNode(new BigInteger("123456789012345678901234567890")),
                        F.numberNode(new BigDecimal("1e400")), F.numberNode(-0.0), F.numberNode(Integer.MIN_VALUE),
                        F.booleanNode(true), F.booleanNode(false), F.arrayNode(), F.objectNode(),
                        F.arrayNode().add(1).add("a"), F.objectNode().put("correct", 1), F.textNode(" "),
                        F.textNode("∞"), F.textNode("\u0000")));
    }

    /** A field left out, given as null, given a valid value, or given a value of the wrong kind. */
    static Arbitrary<Field> field(String name, Arbitrary<Field> valid, Arbitrary<JsonNode> invalid) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Field.absent(name))),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new Field(name, F.nullNode(), null, List.of()))),
                net.jqwik.api.Tuple.of(5, valid),
                net.jqwik.api.Tuple.of(3, invalid.map(n -> Field.invalid(name, n))));
    }

    /** The object with every field that is not left out, plus {@code extra} unknown fields the reader must ignore. */
    static ObjectNode object(List<Field> fields, List<String> extra) {
        ObjectNode o = F.objectNode();
        for (String e : extra) {
            o.put("future-" + e, e);
        }
        for (Field f : fields) {
            if (f.node() != null) {
                o.set(f.name(), f.node());
            }
        }
        return o;
    }

    static List<String> dropped(List<Field> fields) {
        List<String> out = new ArrayList<>();
        fields.forEach(f -> out.addAll(f.dropped()));
        return out;
    }
}
