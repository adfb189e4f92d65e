package org.ganclassroom.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Byte-level damage to a valid file: what a disk, an editor or a hostile user could leave behind. */
final class Mutations {
    private static final List<String> TOKENS = List.of("{", "}", "[", "]", "\"", ",", ":", "null", "-", "1e999", "NaN",
            "\u0000", "\\u", "//", "/*", "true", "9999999999999999999999", "\"correct\": 9", "\uFEFF", "}{", "\"a\":1,\"a\":");

    private Mutations() {
    }

    private record Op(int kind, double at, int length, String token) {
    }

    /** The file with one to four random edits. */
    static Arbitrary<byte[]> of(byte[] valid) {
        Arbitrary<Op> op = Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(1, 40), Arbitraries.of(TOKENS)).as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(4).map(ops -> {
            byte[] b = valid;
            for (Op o : ops) {
                b = apply(b, o);
            }
            return b;
        });
    }

    private static byte[] apply(byte[] b, Op o) {
        int at = (int) (o.at() * b.length);
        int end = Math.min(b.length, at + o.length());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (o.kind()) {
            case 0 -> { // flip one byte
                byte[] c = b.clone();
                if (at < c.length) {
                    c[at] ^= (byte) (1 << (o.length() % 8));
                }
                return c;
            }
            case 1 -> { // delete a range
                out.write(b, 0, at);
                out.write(b, end, b.length - end);
            }
            case 2 -> { // insert a token
                out.write(b, 0, at);
                out.writeBytes(o.token().getBytes(StandardCharsets.UTF_8));
                out.write(b, at, b.length - at);
            }
            case 3 -> { // repeat a range
                out.write(b, 0, end);
                out.write(b, at, end - at);
                out.write(b, end, b.length - end);
            }
            case 4 -> { // cut off
                return Arrays.copyOf(b, at);
            }
            case 5 -> { // nest the whole file very deep
                int depth = 500 * o.length();
                out.writeBytes("[".repeat(depth).getBytes(StandardCharsets.US_ASCII));
                out.writeBytes(b);
                out.writeBytes("]".repeat(depth).getBytes(StandardCharsets.US_ASCII));
            }
            case 6 -> { // a second document after the first
                out.writeBytes(b);
                out.writeBytes(b);
            }
            default -> { // overwrite with a token
                out.write(b, 0, at);
                out.writeBytes(o.token().getBytes(StandardCharsets.UTF_8));
                out.write(b, end, b.length - end);
            }
        }
        return out.toByteArray();
    }
}
