package org.ganclassroom.sim.metrics;

import org.ganclassroom.sim.loss.FDivergence;
import org.ganclassroom.sim.loss.Logistic;

/**
 * Divergences between two densities p, q sampled at the cells of a grid, by the midpoint rule: Σ_k (…)·cell with
 * cell = dx (1-D) or dx² (2-D). All results are in nats ({@link #bits} converts). Inputs are used as given, not
 * renormalised: mass that fell outside the grid is simply absent (see {@link #jsd(double[], double[], double, double)}).
 * Non-positive entries count as 0. No method allocates.
 */
public final class Divergences {
    private static final double LN2 = Math.log(2.0);
    /** Floor for q in {@link #kl}: a missing mode then costs p·log(p/1e-300) ≈ 690·p nats, large but finite. */
    public static final double KL_FLOOR = 1e-300;
    private static final double LOG_KL_FLOOR = Math.log(KL_FLOOR);

    private Divergences() {
    }

    /**
     * Jensen–Shannon divergence JSD = ½Σ p log(p/m) + ½Σ q log(q/m), m = (p+q)/2, times cell, with 0·log 0 = 0.
     * In [0, log 2] for probability densities; equals log 2 for disjoint supports.
     */
    public static double jsd(double[] p, double[] q, double cell) {
        double s = 0;
        for (int k = 0; k < p.length; k++) {
            double a = p[k];
            double b = q[k];
            if (a > 0 && b > 0) {
                double sum = a + b;
                s += a * Math.log(2 * a / sum) + b * Math.log(2 * b / sum);
            } else if (a > 0) {
                s += a * LN2;
            } else if (b > 0) {
                s += b * LN2;
            }
        }
        return 0.5 * s * cell;
    }

    /**
     * {@link #jsd(double[], double[], double)} plus the term ½·qMassOutside·log 2 that q's mass outside the grid
     * contributes when p has (as the plotting range guarantees) negligible mass there.
     */
    public static double jsd(double[] p, double[] q, double cell, double qMassOutside) {
        return jsd(p, q, cell) + 0.5 * qMassOutside * LN2;
    }

    /**
     * KL(p‖q) = Σ p log(p / max(q, {@link #KL_FLOOR}))·cell, with 0·log 0 = 0. The floor turns the true +∞ of a
     * mode that q misses into a large finite number that still plots.
     */
    public static double kl(double[] p, double[] q, double cell) {
        double s = 0;
        for (int k = 0; k < p.length; k++) {
            double a = p[k];
            if (a > 0) {
                s += a * Math.log(a / Math.max(q[k], KL_FLOOR));
            }
        }
        return s * cell;
    }

    /**
     * D_f(p‖q) = Σ q·f(p/q)·cell with the limits of the integrand: q = 0, p &gt; 0 contributes
     * p·lim_{u→∞} f(u)/u ({@link FDivergence#slopeAtInfinity}, +∞ for KL and Pearson); p = 0, q &gt; 0 contributes
     * q·f(0) (+∞ for reverse KL); p = q = 0 contributes 0. The result may therefore be +∞, which is the true value.
     */
    public static double fDivergence(FDivergence f, double[] p, double[] q, double cell) {
        double slope = f.slopeAtInfinity();
        double s = 0;
        for (int k = 0; k < p.length; k++) {
            double a = Math.max(p[k], 0.0);
            double b = q[k];
            if (b > 0) {
                double u = a / b;
                s += Double.isInfinite(u) ? a * slope : b * f.f(u);
            } else if (a > 0) {
                s += a * slope;
            }
        }
        return s * cell;
    }

    /**
     * {@link #jsd(double[], double[], double, double)}, {@link #kl}(p, q) and {@link #kl}(q, p) in one pass that
     * shares the logarithms log p, log q, log m per cell (the separate methods take four), for the measurement
     * that runs after every step. p is the fixed target, so its logarithms come precomputed
     * ({@code logP[k] = log p[k]} where p[k] &gt; 0, see {@link #logs}): two logarithms per cell remain.
     * Writes {JSD, KL(p‖q), KL(q‖p)} into out[0..3).
     */
    public static void jsdAndKl(double[] p, double[] logP, double[] q, double cell, double qMassOutside,
                                double[] out) {
        double js = 0;
        double pq = 0;
        double qp = 0;
        for (int k = 0; k < p.length; k++) {
            double a = p[k];
            double b = q[k];
            if (a > 0 && b > 0) {
                double la = logP[k];
                double lb = Math.log(b);
                double lm = Math.log(0.5 * (a + b));
                js += a * (la - lm) + b * (lb - lm);
                pq += a * (la - (b >= KL_FLOOR ? lb : LOG_KL_FLOOR));
                qp += b * (lb - (a >= KL_FLOOR ? la : LOG_KL_FLOOR));
            } else if (a > 0) {
                js += a * LN2;
                pq += a * (logP[k] - LOG_KL_FLOOR);
            } else if (b > 0) {
                js += b * LN2;
                qp += b * (Math.log(b) - LOG_KL_FLOOR);
            }
        }
        out[0] = 0.5 * js * cell + 0.5 * qMassOutside * LN2;
        out[1] = pq * cell;
        out[2] = qp * cell;
    }

    /** log p[k] where p[k] &gt; 0, else −∞ (never read by {@link #jsdAndKl}): a fixed density's logarithms. */
    public static double[] logs(double[] p) {
        double[] out = new double[p.length];
        for (int k = 0; k < p.length; k++) {
            out[k] = p[k] > 0 ? Math.log(p[k]) : Double.NEGATIVE_INFINITY;
        }
        return out;
    }

    /** W1 = Σ |F_p − F_q|·dx for CDFs sampled on a 1-D grid (see {@link Cdf#atCentres}). */
    public static double wasserstein1(double[] cdfP, double[] cdfQ, double dx) {
        double s = 0;
        for (int k = 0; k < cdfP.length; k++) {
            s += Math.abs(cdfP[k] - cdfQ[k]);
        }
        return s * dx;
    }

    /**
     * The f-GAN variational lower bound Σ p·T·cell − Σ q·f*(T)·cell ≤ D_f(p‖q), for critic values T on the grid
     * (T = g_f(v) is always in dom f*). Cells with q = 0 contribute no f* term even if f*(T) = +∞ there.
     */
    public static double variationalBound(FDivergence f, double[] p, double[] q, double[] tValues, double cell) {
        double s = 0;
        for (int k = 0; k < p.length; k++) {
            double t = tValues[k];
            if (p[k] > 0) {
                s += p[k] * t;
            }
            if (q[k] > 0) {
                s -= q[k] * f.conjugate(t);
            }
        }
        return s * cell;
    }

    /**
     * The GAN value V(D, G) = Σ p log D·cell + Σ q log(1 − D)·cell for discriminator probabilities d on the grid.
     * 0·log 0 = 0: a cell with p = 0 contributes no log D term whatever D is, and likewise q = 0 for log(1 − D);
     * D = 0 where p &gt; 0 (or D = 1 where q &gt; 0) gives the true −∞. At D* = p/(p+q) it equals 2·JSD − log 4.
     */
    public static double valueFunction(double[] p, double[] q, double[] d, double cell) {
        double s = 0;
        for (int k = 0; k < p.length; k++) {
            if (p[k] > 0) {
                s += p[k] * Math.log(d[k]);
            }
            if (q[k] > 0) {
                s += q[k] * Math.log1p(-d[k]);
            }
        }
        return s * cell;
    }

    /**
     * {@link #valueFunction} from the discriminator's raw output v, D = σ(v), using log σ(v) = −softplus(−v) and
     * log(1 − σ(v)) = −softplus(v): stays finite where σ(v) rounds to 0 or 1 (|v| ≳ 37). Both terms share
     * one exp and one log: softplus(±v) = max(±v, 0) + log(1 + e^−|v|).
     */
    public static double valueFunctionFromLogits(double[] p, double[] q, double[] v, double cell) {
        return valueSum(p, q, v, 0, p.length) * cell;
    }

    /**
     * The sum over cells [from, to) of {@link #valueFunctionFromLogits}, not yet times the cell measure: a grid's
     * parts add theirs.
     */
    public static double valueSum(double[] p, double[] q, double[] v, int from, int to) {
        double s = 0;
        for (int k = from; k < to; k++) {
            double a = p[k] > 0 ? p[k] : 0.0;
            double b = q[k] > 0 ? q[k] : 0.0;
            if (a > 0 || b > 0) {
                double tail = Logistic.softplusTail(v[k]);
                s -= a * (Math.max(-v[k], 0.0) + tail) + b * (Math.max(v[k], 0.0) + tail);
            }
        }
        return s;
    }

    /** nats / ln 2. */
    public static double bits(double nats) {
        return nats / LN2;
    }
}
