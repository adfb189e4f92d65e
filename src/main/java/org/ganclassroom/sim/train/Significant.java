package org.ganclassroom.sim.train;

import java.util.Locale;

/** Numbers in a failure message, to a few significant digits: "−1.249", not "−1.2491999999999999". */
final class Significant {
    private Significant() {
    }

    /** v to {@code digits} significant digits, trailing zeros dropped; whole numbers below 10⁴ as integers. */
    static String of(double v, int digits) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e4) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%." + digits + "g", v);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        if (mantissa.indexOf('.') >= 0) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return e < 0 ? mantissa : mantissa + s.substring(e);
    }
}
