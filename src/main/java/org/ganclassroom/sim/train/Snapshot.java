package org.ganclassroom.sim.train;

import org.ganclassroom.sim.config.Stabilisers;
import org.ganclassroom.sim.config.TrainingSpec;
import org.ganclassroom.sim.metrics.GameOptimum;

/**
 * An immutable picture of a run after one step: what the simulator views draw. Published by the
 * simulation thread; the UI takes the latest one each frame. Grid arrays are flat: in 1-D cell i has
 * centre lower + (i+½)·(upper−lower)/gridSize; in 2-D index j·gridSize + i (i along x, j along y).
 *
 * @param metrics      every scalar readout
 * @param dimension    1 or 2
 * @param gridSize     cells (1-D) or cells per side (2-D)
 * @param pData        exact target density on the grid
 * @param pG           generator density on the grid
 * @param d            D(x) on the grid, on the objective's display scale
 * @param dStar        D*(x) of the game played, α·p̃_data/(p̃_data+p̃_g) ({@link GameOptimum}; p_data/(p_data+p_g) with
 *                     no label smoothing or instance noise), or null when the objective has no such optimum
 * @param realBatch    the last real minibatch {@code [dim][m]}
 * @param fakeBatch    the last generated minibatch {@code [dim][m]}
 * @param fakePush     −∂L_G/∂x at each fake: the direction the generator's gradient moves it
 * @param generated    the fixed quadrature noise set pushed through G {@code [dim][M]}
 * @param failure      why training stopped, or null
 * @param updates      each player's updates so far
 */
public record Snapshot(Metrics metrics, int dimension, double lower, double upper, int gridSize,
                       double[] pData, double[] pG, double[] d, double[] dStar,
                       double[][] realBatch, double[][] fakeBatch, double[][] fakePush, double[][] generated,
                       TrainingSpec training, Stabilisers stabilisers, TrainingFailure failure,
                       PlayerUpdates updates) {

    /** Which optimum {@link #dStar} is, in a line, e.g. "D* of the game played: label smoothing 0.9 → …". */
    public String optimumDescription() {
        if (stabilisers == null) {
            return GameOptimum.describe(1.0, 0, 0, false);
        }
        double sigma = stabilisers.instanceNoiseSigmaAt(metrics.step());
        return GameOptimum.describe(stabilisers.realTarget(), sigma, stabilisers.noiseAnnealSteps(),
                stabilisers.instanceNoise());
    }

    /** Whether label smoothing or instance noise moves {@link #dStar} off p_data/(p_data+p_g). */
    public boolean optimumMoved() {
        return stabilisers != null
                && GameOptimum.moved(stabilisers.realTarget(), stabilisers.instanceNoiseSigmaAt(metrics.step()));
    }

    /** Centre of 1-D cell i (or of column/row i in 2-D). */
    public double cellCentre(int i) {
        return lower + (i + 0.5) * (upper - lower) / gridSize;
    }
}
