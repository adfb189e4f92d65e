package org.ganclassroom.ui.charts;

import org.ganclassroom.ui.common.FixedDecimals;

import java.util.Locale;

/** "Nice" axis ticks (1, 2, 5 × 10ⁿ) and their labels. */
public final class Ticks {
    private Ticks() {
    }

    /** A nice step so that about {@code target} ticks cover [lo, hi]. */
    public static double step(double lo, double hi, int target) {
        double span = hi - lo;
        if (!(span > 0) || Double.isInfinite(span)) {
            return 1;
        }
        double raw = span / Math.max(1, target);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / mag;
        double nice = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
        return nice * mag;
    }

    /** First tick ≥ lo. */
    public static double first(double lo, double step) {
        return Math.ceil(lo / step - 1e-9) * step;
    }

    private static String trim(double v) {
        String s = FixedDecimals.format(v, 1);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** A tick label with as many decimals as the step needs ("−2", "0.5", "1e-3"). */
    public static String label(double v, double step) {
        if (Math.abs(v) < step * 1e-6) {
            v = 0;
        }
        double a = Math.abs(v);
        if (a >= 1e4 && a < 1e9 && step >= 1000 && Math.abs(v / 1000 - Math.rint(v / 1000)) < 1e-9) {
            String s = a >= 1e6 && step >= 1e5 ? trim(v / 1e6) + "M" : trim(v / 1e3) + "k";
            return s.replace('-', '−');
        }
        if (a != 0 && (a >= 1e5 || a < 1e-3)) {
            return String.format(Locale.ROOT, "%.0e", v).replace('-', '−');
        }
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        String s = FixedDecimals.format(v, Math.min(decimals, 6));
        return s.replace('-', '−');
    }
}
