package org.ganclassroom.lesson.scenario;

import java.util.Locale;

/**
 * One checked sentence of a caption, e.g. {@code jsd <= 0.05 at 10000} (at one evaluation step),
 * {@code jsd <= 0.08 over 10000..50000} (at every evaluation in the range), {@code modes <= 3 over 2000..20000 in 80%}
 * (at least that share of the evaluations) or {@code dPeak >= 0.95 over 500..2000 once} (at some evaluation).
 *
 * @param line      1-based file line of the claim
 * @param text      the claim as written
 * @param readout   what is measured
 * @param op        the comparison
 * @param threshold the number compared against
 * @param from      first evaluation step of the window
 * @param to        last evaluation step of the window
 * @param share     share of the window's evaluations that must pass (1 = all); 0 means "at least one"
 */
public record Claim(int line, String text, Readout readout, Op op, double threshold, long from, long to,
                    double share) {

    /** A comparison of a readout with a threshold. */
    public enum Op {
        LE("<="), GE(">="), LT("<"), GT(">");

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        boolean test(double value, double threshold) {
            return switch (this) {
                case LE -> value <= threshold;
                case GE -> value >= threshold;
                case LT -> value < threshold;
                case GT -> value > threshold;
            };
        }
    }

    /** Whether one run meets the claim, and if not, the value that shows why. */
    public record Outcome(boolean met, String got) {
    }

    public Outcome check(Trace t) {
        if (from == to) {
            int k = t.indexOf(from);
            if (k < 0) {
                return new Outcome(false, t.failure() != null ? t.failure() : "no measurement at step " + from);
            }
            double v = t.value(readout, k);
            return new Outcome(op.test(v, threshold), fmt(v));
        }
        int inWindow = 0;
        int passed = 0;
        int worst = -1;
        for (int k = 0; k < t.steps().length; k++) {
            long step = t.steps()[k];
            if (step < from || step > to) {
                continue;
            }
            inWindow++;
            double v = t.value(readout, k);
            if (op.test(v, threshold)) {
                passed++;
            } else if (worst < 0 || further(v, t.value(readout, worst))) {
                worst = k;
            }
        }
        long expected = (to - from) / Math.max(1, stride(t)) + 1;
        if (inWindow < expected && t.failure() != null) {
            return new Outcome(false, t.failure());
        }
        if (share == 0) {
            return new Outcome(passed > 0, passed > 0 ? "met" : "never; closest " + closest(t));
        }
        boolean met = inWindow > 0 && passed >= Math.ceil(share * inWindow - 1e-9);
        if (share >= 1) {
            return new Outcome(met, met ? "met" : fmt(t.value(readout, worst)) + " at step " + t.steps()[worst]);
        }
        return new Outcome(met, Math.round(100.0 * passed / Math.max(1, inWindow)) + "% of " + inWindow
                + " evaluations");
    }

    private String closest(Trace t) {
        int best = -1;
        for (int k = 0; k < t.steps().length; k++) {
            long step = t.steps()[k];
            if (step >= from && step <= to && (best < 0 || further(t.value(readout, best), t.value(readout, k)))) {
                best = k;
            }
        }
        return best < 0 ? "no evaluations" : fmt(t.value(readout, best)) + " at step " + t.steps()[best];
    }

    /** Whether a fails the claim by more than b (NaN is the worst). */
    private boolean further(double a, double b) {
        if (Double.isNaN(a)) {
            return !Double.isNaN(b);
        }
        if (Double.isNaN(b)) {
            return false;
        }
        return op == Op.LE || op == Op.LT ? a > b : a < b;
    }

    private static long stride(Trace t) {
        return t.steps().length > 1 ? t.steps()[1] - t.steps()[0] : 1;
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        return a != 0 && (a < 1e-3 || a >= 1e5) ? String.format(Locale.ROOT, "%.3g", v)
                : String.format(Locale.ROOT, "%.4g", v);
    }
}
