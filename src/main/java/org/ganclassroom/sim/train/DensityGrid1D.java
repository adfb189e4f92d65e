package org.ganclassroom.sim.train;

import org.ganclassroom.sim.data.Distribution1D;
import org.ganclassroom.sim.data.Mode;
import org.ganclassroom.sim.metrics.Grid1D;
import org.ganclassroom.sim.metrics.PushforwardDensity1D;
import org.ganclassroom.sim.metrics.QuadratureNoise;
import org.ganclassroom.sim.metrics.NoiseMesh2D;
import org.ganclassroom.sim.metrics.SegmentPushforward1D;
import org.ganclassroom.sim.metrics.TrianglePushforward1D;

import java.util.List;

/**
 * A 1-D measuring grid over the target's plotting range. With one noise input p_g is the exact pushforward
 * of G's piecewise-linear interpolant on a fine z grid ({@link SegmentPushforward1D}); with two, of its
 * interpolant over a mesh of the noise plane ({@link TrianglePushforward1D}); with more noise inputs it is a
 * kernel estimate from a fixed quadrature set ({@link PushforwardDensity1D}, bandwidth two cells). Also computes
 * W1 and mode coverage from the same p_g.
 */
final class DensityGrid1D extends DensityGrid {
    /** Kernel bandwidth, in cells, for generators with three or more noise inputs. */
    static final double BANDWIDTH_CELLS = 2.0;
    /** Vertices per axis of the noise mesh with two noise inputs (as the 2-D default's 4 096-point mesh). */
    static final int MESH_SIDE = 96;

    private final int n;
    private final double lower;
    private final double dx;
    private final double[][] centres;
    private final double[] pData;
    private final double[] cdfDataAtEdges;
    private final SegmentPushforward1D segments;
    private final TrianglePushforward1D triangles;
    private final PushforwardDensity1D kernel;
    private final double[][] noise;
    private final double[] vertexWeights;
    private final double[][] dots;
    private final double[] pG;
    private double massOutside;
    private double massBelow;
    private double tailMoments;
    private final double[] logPData;
    private final double[] divergences = new double[3];

    DensityGrid1D(Distribution1D target, int n, int noiseDim, int quadraturePoints) {
        this.n = n;
        this.lower = target.lower();
        this.dx = (target.upper() - lower) / n;
        Grid1D grid = new Grid1D(lower, target.upper(), n);
        centres = new double[1][n];
        pData = new double[n];
        for (int i = 0; i < n; i++) {
            centres[0][i] = grid.x(i);
            pData[i] = target.density(centres[0][i]);
        }
        cdfDataAtEdges = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            cdfDataAtEdges[i] = target.cdf(lower + i * dx);
        }
        if (noiseDim == 1) {
            segments = new SegmentPushforward1D(grid, quadraturePoints);
            triangles = null;
            kernel = null;
            noise = segments.noise();
            vertexWeights = null;
            dots = null;
        } else if (noiseDim == 2) {
            segments = null;
            NoiseMesh2D mesh = new NoiseMesh2D(MESH_SIDE);
            triangles = new TrianglePushforward1D(grid, mesh);
            kernel = null;
            noise = triangles.noise();
            vertexWeights = mesh.vertexWeights();
            // the mesh's vertices carry unequal mass: the plots and the sample scores use an equally weighted set
            dots = QuadratureNoise.create(2, quadraturePoints);
        } else {
            segments = null;
            triangles = null;
            kernel = new PushforwardDensity1D(grid, BANDWIDTH_CELLS * dx);
            noise = QuadratureNoise.create(noiseDim, quadraturePoints);
            vertexWeights = null;
            dots = null;
        }
        pG = new double[n];
        logPData = org.ganclassroom.sim.metrics.Divergences.logs(pData);
    }

    @Override
    int size() {
        return n;
    }

    @Override
    double cell() {
        return dx;
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
        return pData;
    }

    @Override
    double[][] noise() {
        return noise;
    }

    @Override
    void estimate(double[][] generated, double[] out) {
        double[] y = generated[0];
        int m = noise[0].length;
        if (segments != null) {
            segments.estimate(y, out);
            massOutside = segments.massOutside();
            massBelow = segments.massBelow();
            tailMoments = segments.momentBelow() + segments.momentAbove();
        } else if (triangles != null) {
            triangles.estimate(y, out);
            massOutside = triangles.massOutside();
            massBelow = triangles.massBelow();
            tailMoments = triangles.momentBelow() + triangles.momentAbove();
        } else {
            kernel.estimate(y, m, out);
            massOutside = kernel.massOutside();
            massBelow = 0;
            tailMoments = 0;
            double upper = lower + n * dx;
            for (int k = 0; k < m; k++) {
                if (y[k] < lower) {
                    massBelow += 1.0 / m;
                    tailMoments += (lower - y[k]) / m;
                } else if (y[k] > upper) {
                    tailMoments += (y[k] - upper) / m;
                }
            }
        }
        System.arraycopy(out, 0, pG, 0, n);
        org.ganclassroom.sim.metrics.Divergences.jsdAndKl(pData, logPData, out, dx, massOutside, divergences);
    }

    @Override
    int stepsPerMeasurement() {
        // the mesh pushforward costs about a training step of the course default; as in 2-D, one per frame is shown
        return triangles != null ? DensityGrid2D.STEPS_PER_MEASUREMENT : 1;
    }

    @Override
    double[][] dotNoise() {
        return dots;
    }

    @Override
    double spread(double[][] generated) {
        return vertexWeights == null ? super.spread(generated)
                : MinibatchStd.weightedFeature(generated, vertexWeights, 1e-8);
    }

    @Override
    double[] divergences() {
        return divergences;
    }

    @Override
    double massOutside() {
        return massOutside;
    }

    /**
     * W1(p_data, p_g) = ∫|F_data − F_g| dx for the last estimate: inside the grid by the trapezoid rule on
     * the cell edges (error below half a cell); beyond it, where F_data is 0 or 1 up to the range's
     * negligible mass, exactly: ∫_{y<lower}(lower − y) dP_g and likewise above.
     */
    double wasserstein1() {
        double cumulative = massBelow;
        double prev = Math.abs(cdfDataAtEdges[0] - cumulative);
        double integral = 0;
        for (int i = 0; i < n; i++) {
            cumulative += pG[i] * dx;
            double cur = Math.abs(cdfDataAtEdges[i + 1] - cumulative);
            integral += 0.5 * (prev + cur) * dx;
            prev = cur;
        }
        return integral + tailMoments;
    }

    /**
     * Mode coverage from p_g itself: each cell's mass goes to the mode nearest in units of that mode's σ;
     * it is high quality within 3σ. A mode is captured when it holds at least {@code threshold} of p_g's
     * mass as high-quality samples (the Unrolled GAN / VEEGAN rule, on the exact density instead of draws).
     * Writes {captured, high-quality share} into result.
     */
    void modeCoverage(List<Mode> modes, double threshold, double[] modeMass, double[] result) {
        java.util.Arrays.fill(modeMass, 0, modes.size(), 0.0);
        double highQuality = 0;
        for (int i = 0; i < n; i++) {
            double x = centres[0][i];
            int best = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int k = 0; k < modes.size(); k++) {
                Mode mode = modes.get(k);
                double d = Math.abs(x - mode.x()) / mode.sigma();
                if (d < bestDistance) {
                    bestDistance = d;
                    best = k;
                }
            }
            if (bestDistance <= 3) {
                double mass = pG[i] * dx;
                modeMass[best] += mass;
                highQuality += mass;
            }
        }
        int captured = 0;
        for (int k = 0; k < modes.size(); k++) {
            if (modeMass[k] >= threshold) {
                captured++;
            }
        }
        result[0] = captured;
        result[1] = highQuality;
    }
}
