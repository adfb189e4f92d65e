package org.ganclassroom.ui.common;

import java.util.Locale;

/** How every live readout prints a number: 4 decimals, a true minus sign, "—" when it does not apply. */
public final class Readout {
    private Readout() {
    }

    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return "—";
        }
        String s = Math.abs(v) >= 1e4 ? String.format(Locale.ROOT, "%.3e", v) : FixedDecimals.format(v, 4);
        return s.replace('-', '−');
    }
}
