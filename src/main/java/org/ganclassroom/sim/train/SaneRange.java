package org.ganclassroom.sim.train;


/**
 * The one definition of a run that has left the sane range, checked by {@link GanTrainer} after every
 * update (so the app's simulator and the {@code sim} command report the same failures). A run fails when
 * <ul>
 *   <li>a loss, a gradient norm ‖∇‖₂ or a weight is NaN or infinite, or larger in magnitude than
 *       {@link #MAX_MAGNITUDE}; or</li>
 *   <li>at least {@link #OUTSIDE_SHARE} of each generated minibatch lies outside the plotted window
 *       [lower, upper]<sup>dim</sup> for {@link #OUTSIDE_STEPS} generator updates in a row.</li>
 * </ul>
 * Healthy runs of every bundled preset stay orders of magnitude inside these bounds (docs/SIM_OUTPUT.md).
 */
public final class SaneRange {
    /** Largest |loss|, gradient norm or |weight| of a sane run. */
    public static final double MAX_MAGNITUDE = 1e6;
    /** Share of a generated minibatch outside the plotted window that counts as "essentially all". */
    public static final double OUTSIDE_SHARE = 0.99;
    /** Generator updates in a row with essentially all samples outside the window that make a failure. */
    public static final int OUTSIDE_STEPS = 500;

    private int outsideStreak;

    /**
     * What of one player left the range, as a clause for "Training blew up at step N: …", or null.
     *
     * @param player "discriminator" or "generator"
     */
    String check(String player, double loss, double gradNorm, double[] params) {
        if (!(Math.abs(loss) <= MAX_MAGNITUDE)) {
            return beyond("the " + player + " loss", loss);
        }
        if (!(gradNorm <= MAX_MAGNITUDE)) {
            return beyond("the " + player + "'s gradient norm", gradNorm);
        }
        double largest = maxAbs(params);
        if (!(largest <= MAX_MAGNITUDE)) {
            return Double.isNaN(largest) ? "the " + player + "'s weights became NaN"
                    : beyond("a weight of the " + player, largest);
        }
        return null;
    }

    /** Counts generator updates whose batch lies essentially all outside the window; a clause at the limit. */
    String checkOutside(double[][] fakes, int dim, int m, double lower, double upper) {
        int outside = 0;
        for (int b = 0; b < m; b++) {
            boolean out = false;
            for (int j = 0; j < dim; j++) {
                double x = fakes[j][b];
                out |= !(x >= lower && x <= upper);
            }
            outside += out ? 1 : 0;
        }
        outsideStreak = outside >= OUTSIDE_SHARE * m ? outsideStreak + 1 : 0;
        if (outsideStreak < OUTSIDE_STEPS) {
            return null;
        }
        return "essentially all generated samples (at least " + Math.round(OUTSIDE_SHARE * 100) + " %) stayed outside"
                + " the plotted range [" + fmt(lower) + ", " + fmt(upper) + "] for " + OUTSIDE_STEPS + " steps";
    }

    private static String beyond(String what, double v) {
        if (Double.isNaN(v)) {
            return what + " became NaN";
        }
        if (Double.isInfinite(v)) {
            return what + " became infinite";
        }
        return what + " reached " + fmt(v) + ", beyond the sane range ±" + fmt(MAX_MAGNITUDE);
    }

    /** max |v| over the array; NaN if any element is NaN (Math.max propagates it). */
    private static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    private static String fmt(double v) {
        return Significant.of(v, 4);
    }
}
