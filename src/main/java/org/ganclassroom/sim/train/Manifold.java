package org.ganclassroom.sim.train;

import org.ganclassroom.sim.nn.Mlp;
import org.ganclassroom.sim.nn.Tape;

/**
 * The generator's "manifold": a regular grid of lines in noise space pushed through G, so a view can show
 * how G folds and stretches the noise (GAN Lab's "generator transformation"). With one noise dimension it is
 * one curve; with two or more, lines along z₁ and z₂ (the other coordinates held at 0). Pure Java; call on
 * the thread that owns the network.
 */
public final class Manifold {
    private Manifold() {
    }

    /**
     * @param g             the generator (input noiseDim, output the data dimension)
     * @param linesPerAxis  lines along each of z₁ and z₂ (≥ 1)
     * @param pointsPerLine points along each line (≥ 2)
     * @param extent        the noise range [−extent, extent] each line covers (e.g. 2.5 standard deviations)
     * @return {@code lines[line][outputDim][point]}: G's output along each noise line
     */
    public static double[][][] lines(Mlp g, int linesPerAxis, int pointsPerLine, double extent) {
        return new Tracer().lines(g, linesPerAxis, pointsPerLine, extent);
    }

    /**
     * {@link Manifold#lines} for a caller that asks again and again (the simulator, once a frame): the noise grid
     * and the generator's buffers are kept between calls and made again only when the shape changes; only the
     * returned lines are new. A fresh tape per call was most of the 2-D view's garbage (≈ 100 MB/s). Use it on
     * one thread, the one that owns the network.
     */
    public static final class Tracer {
        private Tape tape;
        private double[][] z;
        private int noiseDim = -1;
        private int lines = -1;
        private int points = -1;
        private double extent = Double.NaN;

        /** As {@link Manifold#lines}. */
        public double[][][] lines(Mlp g, int linesPerAxis, int pointsPerLine, double extent) {
            if (linesPerAxis < 1 || pointsPerLine < 2 || !(extent > 0)) {
                throw new IllegalArgumentException("need ≥ 1 line per axis, ≥ 2 points per line and a positive extent");
            }
            int noiseDim = g.inputDim();
            int outDim = g.outputDim();
            int lineCount = noiseDim == 1 ? 1 : 2 * linesPerAxis;
            int n = lineCount * pointsPerLine;
            if (noiseDim != this.noiseDim || linesPerAxis != lines || pointsPerLine != points
                    || Double.compare(extent, this.extent) != 0) {
                z = noiseGrid(noiseDim, linesPerAxis, lineCount, pointsPerLine, extent);
                this.noiseDim = noiseDim;
                lines = linesPerAxis;
                points = pointsPerLine;
                this.extent = extent;
            }
            if (!g.canUse(tape, n)) {
                tape = g.newTape(n);
            }
            double[][] out = g.evaluate(tape, z, n);
            double[][][] result = new double[lineCount][outDim][pointsPerLine];
            for (int l = 0; l < lineCount; l++) {
                for (int d = 0; d < outDim; d++) {
                    System.arraycopy(out[d], l * pointsPerLine, result[l][d], 0, pointsPerLine);
                }
            }
            return result;
        }
    }

    private static double[][] noiseGrid(int noiseDim, int linesPerAxis, int lineCount, int pointsPerLine,
                                        double extent) {
        double[][] z = new double[noiseDim][lineCount * pointsPerLine];
        int p = 0;
        for (int l = 0; l < lineCount; l++) {
            int along = noiseDim == 1 ? 0 : (l < linesPerAxis ? 0 : 1);
            int across = 1 - along;
            double fixed = linesPerAxis == 1 ? 0 : -extent + 2 * extent * (l % linesPerAxis) / (linesPerAxis - 1);
            for (int i = 0; i < pointsPerLine; i++, p++) {
                z[along][p] = -extent + 2 * extent * i / (pointsPerLine - 1);
                if (noiseDim > 1) {
                    z[across][p] = fixed;
                }
            }
        }
        return z;
    }
}
