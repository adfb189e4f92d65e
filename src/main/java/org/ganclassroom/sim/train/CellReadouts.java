package org.ganclassroom.sim.train;

import org.ganclassroom.sim.loss.Objective;
import org.ganclassroom.sim.metrics.Divergences;
import org.ganclassroom.sim.metrics.GameOptimum;

/**
 * The readouts a measurement computes cell by cell once p_g and D are on the grid: D* = α·p_data/(p_data + p_g)
 * (unless instance noise blurs it, when the caller computes it), D as shown, the gap ½·Σ (p_data + p_g)·|D − D*|·cell
 * and V on the grid, Σ p_data·log D + p_g·log(1 − D) (before the cell measure). A grid's parts each do their own
 * cells; their sums are added in part order, so the totals are the same bits however the parts run.
 */
final class CellReadouts {
    private final double[] gapOf;
    private final double[] valueOf;
    private Objective objective;
    private boolean probability;
    private boolean value;
    private double realLabel;
    private boolean optimumLocal;

    CellReadouts(int parts) {
        gapOf = new double[parts];
        valueOf = new double[parts];
    }

    /**
     * The game of this measurement: its objective, whether D* is a probability (then the gap is summed), whether V
     * is computed (cross-entropy objectives), D*'s real label, and whether D* is each cell's own (no instance noise).
     */
    void game(Objective objective, boolean probability, boolean value, double realLabel, boolean optimumLocal) {
        this.objective = objective;
        this.probability = probability;
        this.value = value;
        this.realLabel = realLabel;
        this.optimumLocal = optimumLocal;
    }

    /** Whether D* is each cell's own in this measurement, so that {@link #part} computes it. */
    boolean optimumLocal() {
        return optimumLocal;
    }

    /** Whether V on the grid is computed in this measurement. */
    boolean value() {
        return value;
    }

    /** Cells [from, to) of part p: D* (when local) and D as shown into their arrays, and the part's sums. */
    void part(int part, int from, int to, double[] pData, double[] pG, double[] logits, double cell,
              double[] dShown, double[] dStar) {
        if (optimumLocal) {
            GameOptimum.withoutNoise(pData, pG, realLabel, from, to, dStar);
        }
        double gap = 0;
        for (int k = from; k < to; k++) {
            dShown[k] = objective.displayValue(logits[k]);
            if (probability) {
                gap += 0.5 * (pData[k] + pG[k]) * Math.abs(dShown[k] - dStar[k]) * cell;
            }
        }
        gapOf[part] = gap;
        valueOf[part] = value ? Divergences.valueSum(pData, pG, logits, from, to) : 0.0;
    }

    /** The D gap over every part's cells. */
    double gap() {
        double sum = 0;
        for (double g : gapOf) {
            sum += g;
        }
        return sum;
    }

    /** V on the grid over every part's cells, before the cell measure. */
    double valueSum() {
        double sum = 0;
        for (double v : valueOf) {
            sum += v;
        }
        return sum;
    }
}
