package org.ganclassroom.sim.train;

import org.ganclassroom.sim.data.Distribution2D;
import org.ganclassroom.sim.data.Mode;
import org.ganclassroom.sim.metrics.AdaptiveDivergences2D;
import org.ganclassroom.sim.metrics.Divergences;
import org.ganclassroom.sim.metrics.GaussianFit;
import org.ganclassroom.sim.metrics.Grid2D;
import org.ganclassroom.sim.metrics.NoiseMesh2D;
import org.ganclassroom.sim.metrics.PushforwardDensity2D;
import org.ganclassroom.sim.metrics.MeshGaussianFit;
import org.ganclassroom.sim.metrics.QuadratureNoise;
import org.ganclassroom.sim.metrics.TrianglePushforward2D;

import java.util.List;

/**
 * An n×n grid over the target's plotting square (flat index j·n + i, i along x) on which D, D* and the plots
 * live, measured on a grid R = {@value #REFINE} times finer per axis. Both densities are cell masses:
 * p_data exact ({@link Distribution2D#cellMasses}); p_g, with two noise inputs, the exact pushforward of G's
 * interpolant on a {@link NoiseMesh2D} ({@link TrianglePushforward2D}). JSD and both KLs come from the fine masses
 * on {@link AdaptiveDivergences2D}'s partition; the drawn densities are the n×n cell masses over the cell area; G's
 * mean and covariance (for the Fréchet distance) come from the same vertex images ({@link MeshGaussianFit}).
 * Other noise dimensions keep the kernel estimate ({@link PushforwardDensity2D}, bandwidth two cells) compared
 * with p_data blurred by the same kernel.
 */
final class DensityGrid2D extends DensityGrid {
    /** Kernel bandwidth of the p_g estimate for noise dimensions other than 2, in cells. */
    static final double BANDWIDTH_CELLS = 2.0;
    /**
     * Training steps per measurement in a live run with the exact pushforward: a measurement costs several
     * training steps, and the view shows one per frame (docs/PERFORMANCE.md).
     */
    static final int STEPS_PER_MEASUREMENT = 4;
    /**
     * G's samples drawn with the exact pushforward: a fixed Sobol set (as the kernel estimate draws its
     * quadrature points), not the mesh vertices, whose images would draw the mesh.
     */
    static final int DOTS = 2048;
    /** Fine measuring cells per drawn cell, along each axis. */
    static final int REFINE = 3;
    /**
     * Parts of the exact measurement that may run at once: fixed, so its bits do not depend on the thread count;
     * two fills a two-core machine.
     */
    static final int PARTS = 2;

    private final int n;
    private final double dx;
    private final double[][] centres;
    private final double[] pData;
    private final double[] comparison;
    private final double[][] noise;
    private final TrianglePushforward2D pushforward;
    private final MeshGaussianFit moments;
    private final AdaptiveDivergences2D adaptive;
    private final double[] qCoarse;
    private final double[] vertexWeights;
    private final double[][] dots;
    private final PushforwardDensity2D estimator;
    private final double[] logComparison;
    private final double[] divergences = new double[3];
    /** Each part's sums over its blocks ({@link AdaptiveDivergences2D#evaluateBlocks}). */
    private final double[][] partSums;
    private final int[] coverageCell;
    private final int[] coverageMode;
    private double massOutside;

    DensityGrid2D(Distribution2D target, int n, int noiseDim, int quadraturePoints) {
        this.n = n;
        double lower = target.lower();
        double upper = target.upper();
        this.dx = (upper - lower) / n;
        Grid2D grid = new Grid2D(lower, upper, n);
        centres = new double[2][n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                centres[0][j * n + i] = grid.x(i);
                centres[1][j * n + i] = grid.y(j);
            }
        }
        pData = new double[n * n];
        List<Mode> modes = target.modes();
        if (noiseDim == 2) {
            NoiseMesh2D mesh = new NoiseMesh2D(NoiseMesh2D.sideFor(quadraturePoints));
            noise = mesh.noise();
            vertexWeights = mesh.vertexWeights();
            dots = QuadratureNoise.create(2, DOTS);
            moments = new MeshGaussianFit(mesh);
            int fineN = n * REFINE;
            double[] rowMajor = new double[fineN * fineN];
            target.cellMasses(lower, upper, fineN, rowMajor);
            double[] blocked = new double[rowMajor.length];
            for (int y = 0; y < fineN; y++) {
                for (int x = 0; x < fineN; x++) {
                    blocked[blockIndex(x, y)] = rowMajor[y * fineN + x];
                }
            }
            adaptive = new AdaptiveDivergences2D(blocked, n, REFINE);
            pushforward = new TrianglePushforward2D(grid, REFINE, mesh, EqualMassRows.split(adaptive.coarseP(), n, PARTS));
            partSums = new double[PARTS][AdaptiveDivergences2D.SUMS];
            double[] coarse = adaptive.coarseP();
            for (int k = 0; k < n * n; k++) {
                pData[k] = coarse[k] / cell();
            }
            comparison = pData;
            qCoarse = new double[n * n];
            estimator = null;
            logComparison = null;
            int[][] cover = coverageCells(modes, pushforward.fineGrid());
            coverageCell = cover[0];
            coverageMode = cover[1];
        } else {
            noise = QuadratureNoise.create(noiseDim, quadraturePoints);
            vertexWeights = null;
            dots = null;
            pushforward = null;
            moments = null;
            adaptive = null;
            qCoarse = null;
            double[] masses = new double[n * n];
            target.cellMasses(lower, upper, n, masses);
            for (int k = 0; k < n * n; k++) {
                pData[k] = masses[k] / cell();
            }
            partSums = null;
            estimator = new PushforwardDensity2D(grid, BANDWIDTH_CELLS * dx);
            comparison = new double[n * n];
            estimator.smooth(pData, comparison);
            logComparison = Divergences.logs(comparison);
            int[][] cover = coverageCells(modes, grid);
            coverageCell = cover[0];
            coverageMode = cover[1];
        }
    }

    private int blockIndex(int x, int y) {
        return (((y / REFINE) * n + x / REFINE) * REFINE + y % REFINE) * REFINE + x % REFINE;
    }

    /**
     * The measuring cells whose centre lies within 3σ of its nearest mode (nearest in units of that mode's σ),
     * with that mode: {cells, modes}. Cell indices are block-ordered on the fine grid, flat on the coarse one.
     */
    private int[][] coverageCells(List<Mode> modes, Grid2D g) {
        if (modes.isEmpty()) {
            return new int[][] {new int[0], new int[0]};
        }
        int size = g.n();
        int[] cells = new int[size * size];
        int[] which = new int[size * size];
        int count = 0;
        boolean fine = size != n;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int best = -1;
                double bestD = Double.POSITIVE_INFINITY;
                for (int k = 0; k < modes.size(); k++) {
                    Mode mode = modes.get(k);
                    double d = Math.hypot(g.x(x) - mode.x(), g.y(y) - mode.y()) / mode.sigma();
                    if (d < bestD) {
                        bestD = d;
                        best = k;
                    }
                }
                if (bestD <= 3) {
                    cells[count] = fine ? blockIndex(x, y) : y * size + x;
                    which[count++] = best;
                }
            }
        }
        return new int[][] {java.util.Arrays.copyOf(cells, count), java.util.Arrays.copyOf(which, count)};
    }

    @Override
    int size() {
        return n * n;
    }

    @Override
    double cell() {
        return dx * dx;
    }

    @Override
    double[][] centres() {
        return centres;
    }

    @Override
    double[] dataDensity() {
        return pData;
    }

    @Override
    double[] comparisonDensity() {
        return comparison;
    }

    @Override
    double[][] noise() {
        return noise;
    }

    @Override
    void estimate(double[][] generated, double[] out) {
        if (pushforward == null) {
            estimator.estimate(generated[0], generated[1], noise[0].length, out);
            massOutside = estimator.massOutside();
            Divergences.jsdAndKl(comparison, logComparison, out, cell(), massOutside, divergences);
            return;
        }
        for (int p = 0; p < PARTS; p++) {
            prepare(generated, p);
        }
        join();
        for (int p = 0; p < PARTS; p++) {
            deposit(p);
            if (densityInParts()) {
                density(p, out);
            }
        }
        finish(generated, out);
    }

    @Override
    int parts() {
        return pushforward == null ? 1 : PARTS;
    }

    @Override
    int firstNoise(int part) {
        if (pushforward == null) {
            return super.firstNoise(part);
        }
        return part == PARTS ? noise[0].length : pushforward.firstVertex(part);
    }

    @Override
    void prepare(double[][] generated, int part) {
        if (pushforward != null) {
            pushforward.prepare(generated[0], generated[1], part);
        }
    }

    @Override
    void join() {
        if (pushforward != null) {
            pushforward.join();
        }
    }

    /** Part p's window of the deposit and its divergences. */
    @Override
    void deposit(int part) {
        if (pushforward != null) {
            pushforward.deposit(part);
            compare(part);
        }
    }

    @Override
    void finish(double[][] generated, double[] out) {
        if (pushforward == null) {
            estimate(generated, out);
            return;
        }
        pushforward.finish();
        massOutside = pushforward.massOutside();
        adaptive.combine(partSums, massOutside, divergences);
    }

    @Override
    int firstCell(int part) {
        return pushforward == null ? super.firstCell(part) : pushforward.firstBlockRow(part) * n;
    }

    @Override
    boolean densityInParts() {
        return pushforward != null;
    }

    /** The drawn cells of part p's window: their coarse masses (final once compared) over the cell area. */
    @Override
    void density(int part, double[] out) {
        double inv = 1.0 / cell();
        for (int k = firstCell(part); k < firstCell(part + 1); k++) {
            out[k] = qCoarse[k] * inv;
        }
    }

    /** Part p's blocks of the divergences: those of its window's block rows. */
    private void compare(int part) {
        adaptive.evaluateBlocks(pushforward.cellMass(), pushforward.firstBlockRow(part) * n,
                pushforward.firstBlockRow(part + 1) * n, qCoarse, partSums[part]);
    }

    @Override
    double massOutside() {
        return massOutside;
    }

    @Override
    double[] divergences() {
        return divergences;
    }

    @Override
    int stepsPerMeasurement() {
        return pushforward != null ? STEPS_PER_MEASUREMENT : 1;
    }

    @Override
    double[][] dotNoise() {
        return dots;
    }

    @Override
    GaussianFit generatedFit(double[][] generated) {
        return moments == null ? null : moments.fit(generated[0], generated[1]);
    }

    @Override
    double spread(double[][] generated) {
        if (vertexWeights == null) {
            return super.spread(generated);
        }
        return MinibatchStd.weightedFeature(generated, vertexWeights, 1e-8);
    }

    /**
     * Mode coverage from p_g's cell masses: a measuring cell within 3σ of its nearest mode gives that mode its
     * mass (high quality); a mode is captured with at least {@code threshold} of p_g's mass. Writes
     * {captured, high-quality share} into result.
     */
    void modeCoverage(int modeCount, double threshold, double[] modeMass, double[] pG, double[] result) {
        java.util.Arrays.fill(modeMass, 0, modeCount, 0.0);
        double[] mass = pushforward != null ? pushforward.cellMass() : pG;
        double scale = pushforward != null ? 1.0 : cell();
        double hq = 0;
        for (int c = 0; c < coverageCell.length; c++) {
            double v = mass[coverageCell[c]] * scale;
            modeMass[coverageMode[c]] += v;
            hq += v;
        }
        int captured = 0;
        for (int k = 0; k < modeCount; k++) {
            if (modeMass[k] >= threshold) {
                captured++;
            }
        }
        result[0] = captured;
        // the exact deposit's cell masses are differences of prefix sums: where p_g has no mass they can be −1e−17
        result[1] = Math.max(0.0, hq);
    }
}
