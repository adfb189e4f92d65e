package org.ganclassroom.sim.train;

import org.ganclassroom.sim.nn.Mlp;
import org.ganclassroom.sim.nn.Tape;

/**
 * Every per-batch buffer of a {@link GanTrainer} for batches of exactly m D inputs (m·pack samples of G), made
 * when the batch size is set, never per step. Sized to the batch rather than to {@link GanTrainer#MAX_BATCH}
 * because rows of 1 024 doubles sit 8 KB apart, the same L1 cache sets every time, and a step thrashed them.
 * The last batches the views show are carried over from the buffers this one replaces.
 */
final class BatchBuffers {
    final int m;
    final Tape gTape;
    /** D's forward and backward pass over the real batch and the fake batch side by side (2m samples). */
    final Tape dBothTape;
    final Tape dPenaltyTape;
    final Tape dGeneratorTape;
    final double[][] real;
    final double[][] z;
    final double[][] dInReal;
    final double[][] dInFake;
    final double[][] interpolates;
    final double[][] dInBoth;
    final double[] vReal;
    final double[] vFake;
    final double[][] gradReal;
    final double[][] gradFake;
    final double[][] gradBoth;
    final double[][] dx;
    final double[][] dxSamples;
    final double[][] lastFake;
    final double[][] lastFakePush;
    final double[][] lastReal;

    /**
     * @param rows     D's input rows ({@link DiscriminatorInput#rows()})
     * @param previous the buffers replaced, whose last batches are kept (null for the first)
     */
    BatchBuffers(Mlp g, Mlp d, int dim, int noiseDim, int rows, int m, int pack, BatchBuffers previous) {
        this.m = m;
        int n = m * pack;
        gTape = g.newTape(n);
        dBothTape = d.newTape(2 * m);
        dPenaltyTape = d.newTape(m);
        dGeneratorTape = d.newTape(m);
        real = new double[dim][n];
        z = new double[noiseDim][n];
        dInReal = new double[rows][m];
        dInFake = new double[rows][m];
        interpolates = new double[rows][m];
        dInBoth = new double[rows][2 * m];
        vReal = new double[m];
        vFake = new double[m];
        gradReal = new double[1][m];
        gradFake = new double[1][m];
        gradBoth = new double[1][2 * m];
        dx = new double[rows][m];
        dxSamples = new double[dim][n];
        lastFake = resized(previous == null ? null : previous.lastFake, dim, n);
        lastFakePush = resized(previous == null ? null : previous.lastFakePush, dim, n);
        lastReal = resized(previous == null ? null : previous.lastReal, dim, n);
    }

    /** Puts back what a checkpoint kept of the last step (same batch size). */
    void restore(TrainerCheckpoint c) {
        TrainerCheckpoint.copyInto(c.lastReal, lastReal);
        TrainerCheckpoint.copyInto(c.lastFake, lastFake);
        TrainerCheckpoint.copyInto(c.lastFakePush, lastFakePush);
        TrainerCheckpoint.copyInto(c.dInReal, dInReal);
        System.arraycopy(c.vReal, 0, vReal, 0, vReal.length);
        System.arraycopy(c.vFake, 0, vFake, 0, vFake.length);
    }

    private static double[][] resized(double[][] old, int rows, int m) {
        double[][] out = new double[rows][m];
        if (old != null) {
            for (int j = 0; j < rows; j++) {
                System.arraycopy(old[j], 0, out[j], 0, Math.min(m, old[j].length));
            }
        }
        return out;
    }
}
