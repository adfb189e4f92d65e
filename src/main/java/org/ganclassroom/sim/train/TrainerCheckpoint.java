package org.ganclassroom.sim.train;

import org.ganclassroom.sim.config.Stabilisers;
import org.ganclassroom.sim.config.TrainingSpec;
import org.ganclassroom.sim.loss.Objective;
import org.ganclassroom.sim.nn.Mlp;
import org.ganclassroom.sim.optim.Optimizer;

/**
 * Everything a {@link GanTrainer} is between two steps, copied: the step and update counts, G, D and G's moving
 * average (weights and spectral-norm state), both optimizers' moments and step counts, every random stream's state,
 * the settings in force, and what the views read of the last step (its batches, D's outputs on them, its losses and
 * gradient norms). A trainer restored from it and stepped on, with the same settings, makes the same steps bit for
 * bit as the trainer it was taken from. Immutable once made: restoring copies out of it, so it can be restored
 * any number of times.
 */
public final class TrainerCheckpoint {
    final long step;
    final long discriminatorUpdates;
    final long generatorUpdates;
    final Mlp g;
    final Mlp d;
    final Mlp gEma;
    final boolean emaInitialised;
    final Optimizer optG;
    final Optimizer optD;
    final SplitMix64.State[] streams;
    final TrainingSpec training;
    final Stabilisers stabilisers;
    final Objective objective;
    final int batchUsed;
    final boolean discriminatorRan;
    final double[][] lastReal;
    final double[][] lastFake;
    final double[][] lastFakePush;
    final double[][] dInReal;
    final double[] vReal;
    final double[] vFake;
    final double dLoss;
    final double gLoss;
    final double gradNormD;
    final double gradNormG;
    final double penalty;

    TrainerCheckpoint(long step, long discriminatorUpdates, long generatorUpdates, Mlp g, Mlp d, Mlp gEma,
                      boolean emaInitialised, Optimizer optG, Optimizer optD, SplitMix64.State[] streams,
                      TrainingSpec training, Stabilisers stabilisers, Objective objective, int batchUsed,
                      boolean discriminatorRan, double[][] lastReal, double[][] lastFake, double[][] lastFakePush,
                      double[][] dInReal, double[] vReal, double[] vFake, StepStats stats) {
        this.step = step;
        this.discriminatorUpdates = discriminatorUpdates;
        this.generatorUpdates = generatorUpdates;
        this.g = g.copy();
        this.d = d.copy();
        this.gEma = gEma.copy();
        this.emaInitialised = emaInitialised;
        this.optG = optG.copy();
        this.optD = optD.copy();
        this.streams = streams.clone();
        this.training = training;
        this.stabilisers = stabilisers;
        this.objective = objective;
        this.batchUsed = batchUsed;
        this.discriminatorRan = discriminatorRan;
        this.lastReal = copy(lastReal);
        this.lastFake = copy(lastFake);
        this.lastFakePush = copy(lastFakePush);
        this.dInReal = copy(dInReal);
        this.vReal = vReal.clone();
        this.vFake = vFake.clone();
        this.dLoss = stats.dLoss;
        this.gLoss = stats.gLoss;
        this.gradNormD = stats.gradNormD;
        this.gradNormG = stats.gradNormG;
        this.penalty = stats.penalty;
    }

    /** The step the trainer had made when this was taken. */
    public long step() {
        return step;
    }

    /** Bytes this checkpoint holds, roughly: its arrays of doubles (G, D and the average with their gradients and
     * effective weights, at most two moments per parameter, the batches). */
    public long bytes() {
        long nets = 3L * (2L * g.paramCount() + d.paramCount());
        long moments = 2L * (g.paramCount() + d.paramCount());
        long batches = 3L * lastReal.length * lastReal[0].length + (long) dInReal.length * dInReal[0].length
                + 2L * vReal.length;
        return (nets + moments + batches) * Double.BYTES;
    }

    static double[][] copy(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int j = 0; j < rows.length; j++) {
            out[j] = rows[j].clone();
        }
        return out;
    }

    static void copyInto(double[][] from, double[][] to) {
        for (int j = 0; j < from.length; j++) {
            System.arraycopy(from[j], 0, to[j], 0, from[j].length);
        }
    }
}
