package org.ganclassroom.ui.charts;

/**
 * The largest and smallest finite values of a series, and the range a critic's T(x) is drawn on: shared by the
 * app's charts and the clip renderer so that both scale the same data the same way.
 */
public final class FiniteValues {
    private FiniteValues() {
    }

    public static boolean finite(double v) {
        return !Double.isNaN(v) && !Double.isInfinite(v);
    }

    /** The largest finite value; NaN when there is none (or v is null). */
    public static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        if (v != null) {
            for (double x : v) {
                if (finite(x) && x > m) {
                    m = x;
                }
            }
        }
        return m == Double.NEGATIVE_INFINITY ? Double.NaN : m;
    }

    /** The smallest finite value; NaN when there is none (or v is null). */
    public static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        if (v != null) {
            for (double x : v) {
                if (finite(x) && x < m) {
                    m = x;
                }
            }
        }
        return m == Double.POSITIVE_INFINITY ? Double.NaN : m;
    }

    /**
     * {lo, hi}: the finite range of a critic's values, widened to two units around a flat (or empty) critic so
     * that the axis never has zero length.
     */
    public static double[] criticRange(double[] d) {
        double lo = min(d);
        double hi = max(d);
        if (!(hi > lo)) {
            lo = finite(lo) ? lo - 1 : -1;
            hi = lo + 2;
        }
        return new double[]{lo, hi};
    }
}
