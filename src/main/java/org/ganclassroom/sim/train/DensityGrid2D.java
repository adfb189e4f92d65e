package org.ganclassroom.sim.train;

import org.ganclassroom.sim.data.Distribution2D;
import org.ganclassroom.sim.metrics.Grid2D;
import org.ganclassroom.sim.metrics.PushforwardDensity2D;
import org.ganclassroom.sim.metrics.QuadratureNoise;

/** An n×n measuring grid over the target's plotting square; flat index j·n + i (i along x). */
final class DensityGrid2D extends DensityGrid {
    /** Kernel bandwidth of the p_g estimate, in cells. */
    static final double BANDWIDTH_CELLS = 2.0;

    private final int n;
    private final double dx;
    private final double[][] centres;
    private final double[] pData;
    private final double[] pDataSmoothed;
    private final PushforwardDensity2D estimator;
    private final double[][] noise;

    DensityGrid2D(Distribution2D target, int n, int noiseDim, int quadraturePoints) {
        noise = QuadratureNoise.create(noiseDim, quadraturePoints);
        this.n = n;
        double lower = target.lower();
        this.dx = (target.upper() - lower) / n;
        centres = new double[2][n * n];
        pData = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int k = j * n + i;
                centres[0][k] = lower + (i + 0.5) * dx;
                centres[1][k] = lower + (j + 0.5) * dx;
                pData[k] = target.density(centres[0][k], centres[1][k]);
            }
        }
        estimator = new PushforwardDensity2D(new Grid2D(lower, target.upper(), n), BANDWIDTH_CELLS * dx);
        pDataSmoothed = new double[n * n];
        estimator.smooth(pData, pDataSmoothed);
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
        return pDataSmoothed;
    }

    @Override
    double[][] noise() {
        return noise;
    }

    @Override
    void estimate(double[][] generated, double[] out) {
        estimator.estimate(generated[0], generated[1], noise[0].length, out);
    }

    @Override
    double massOutside() {
        return estimator.massOutside();
    }
}
