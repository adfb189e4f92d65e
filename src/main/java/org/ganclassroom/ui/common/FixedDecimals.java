package org.ganclassroom.ui.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * {@code String.format(Locale.ROOT, "%.nf", v)} for the numbers the live views print every frame, without the
 * {@link java.util.Formatter}: that parses the pattern with a regular expression and builds locale symbols on
 * every call, which made number formatting the largest allocation on the FX thread (about a quarter of the 1-D
 * simulator view's garbage, so more frequent collections during playback). The text is the same: Java's formatter rounds
 * the shortest decimal that identifies the double ({@link Double#toString}) half-up, and so does this.
 */
public final class FixedDecimals {
    private FixedDecimals() {
    }

    /** {@code v} with exactly {@code decimals} (0–15) digits after the point, as {@code %.nf} prints it. */
    public static String format(double v, int decimals) {
        if (decimals < 0 || decimals > 15) {
            throw new IllegalArgumentException("decimals must be 0..15, not " + decimals);
        }
        if (!Double.isFinite(v) || Math.abs(v) >= 1e15) {
            return String.format(Locale.ROOT, "%." + decimals + "f", v);
        }
        String s = new BigDecimal(Double.toString(v)).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        // BigDecimal has no negative zero; the formatter keeps the sign of −0.00001 and of −0.0
        boolean negative = v < 0 || (v == 0 && 1 / v < 0);
        return negative && s.charAt(0) != '-' ? "-" + s : s;
    }

    /** {@code n} with a comma between groups of three digits, as {@code String.format(Locale.ROOT, "%,d", n)}. */
    public static String grouped(long n) {
        String digits = Long.toString(n);
        int start = n < 0 ? 1 : 0;
        int len = digits.length() - start;
        StringBuilder sb = new StringBuilder(digits.length() + len / 3);
        sb.append(digits, 0, start);
        for (int i = 0; i < len; i++) {
            if (i > 0 && (len - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(digits.charAt(start + i));
        }
        return sb.toString();
    }
}
