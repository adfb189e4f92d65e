package org.ganclassroom.sim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class FrechetDistanceTest {

    @Test
    void oneDimensionalIsMeanGapPlusStandardDeviationGap() {
        // N(1, 4) against N(−2, 1): (1 − (−2))² + (2 − 1)² = 10
        assertEquals(10.0, FrechetDistance.squared(GaussianFit.of1D(1, 4), GaussianFit.of1D(-2, 1)), 1e-12);
    }

    @Test
    void identicalGaussiansAreAtDistanceZero() {
        GaussianFit g = GaussianFit.of2D(0.3, -1.2, 2.0, 0.7, 0.5);
        assertEquals(0.0, FrechetDistance.squared(g, g), 1e-12);
    }

    @Test
    void identityAgainstARotatedEllipseIsSumOfSquaredRootGaps() {
        // Σ₁ = I, Σ₂ = R diag(4, 0.25) Rᵀ: (Σ₁Σ₂)^½ has eigenvalues 2 and ½, so d² = |Δμ|² + (1 − 2)² + (1 − ½)²
        double a = 0.6;
        double c = Math.cos(a);
        double s = Math.sin(a);
        double cxx = 4 * c * c + 0.25 * s * s;
        double cxy = (4 - 0.25) * c * s;
        double cyy = 4 * s * s + 0.25 * c * c;
        GaussianFit i = GaussianFit.of2D(0, 0, 1, 0, 1);
        GaussianFit e = GaussianFit.of2D(3, 4, cxx, cxy, cyy);
        assertEquals(25 + 1 + 0.25, FrechetDistance.squared(i, e), 1e-12);
    }

    @Test
    void nonCommutingCovariancesMatchTheMatrixSquareRootFormula() {
        double[][] s1 = {{2.0, 0.9}, {0.9, 1.0}};
        double[][] s2 = {{0.5, -0.3}, {-0.3, 3.0}};
        // independent route: tr(Σ₁ + Σ₂ − 2 (Σ₁^½ Σ₂ Σ₁^½)^½) with eigen-decomposition square roots
        RealMatrix r1 = sqrt(new Array2DRowRealMatrix(s1));
        RealMatrix inner = r1.multiply(new Array2DRowRealMatrix(s2)).multiply(r1);
        double expected = 1.5 * 1.5 + 0.5 * 0.5 + s1[0][0] + s1[1][1] + s2[0][0] + s2[1][1]
                - 2 * sqrt(inner).getTrace();
        double got = FrechetDistance.squared(GaussianFit.of2D(1, 0, 2.0, 0.9, 1.0),
                GaussianFit.of2D(-0.5, 0.5, 0.5, -0.3, 3.0));
        assertEquals(expected, got, 1e-10);
    }

    @Test
    void fitsOfLargeSamplesApproachTheClosedForm() {
        SplittableRandom rng = new SplittableRandom(4);
        int n = 200_000;
        double[][] x = new double[2][n];
        double[][] y = new double[2][n];
        for (int k = 0; k < n; k++) {
            double u = rng.nextGaussian();
            double v = rng.nextGaussian();
            x[0][k] = 1 + u;
            x[1][k] = 2 * v;
            y[0][k] = 0.5 * u + 0.5 * rng.nextGaussian();
            y[1][k] = -1 + 0.3 * v;
        }
        GaussianFit fx = GaussianFit.of(x, n);
        assertEquals(1.0, fx.mx(), 0.01);
        assertEquals(4.0, fx.cyy(), 0.04);
        // y: mean (0, −1), Σ = diag(0.5, 0.09); against x's N((1,0), diag(1,4)): 1 + 1 + (1 − √0.5)² + (2 − 0.3)²
        double expected = 1 + 1 + Math.pow(1 - Math.sqrt(0.5), 2) + Math.pow(2 - 0.3, 2);
        assertEquals(expected, FrechetDistance.squared(fx, GaussianFit.of(y, n)), 0.03);
    }

    @Test
    void fitUsesTheUnbiasedCovariance() {
        GaussianFit f = GaussianFit.of(new double[][]{{0, 2}, {0, 4}}, 2);
        assertEquals(2.0, f.cxx(), 0.0);
        assertEquals(4.0, f.cxy(), 0.0);
        assertEquals(8.0, f.cyy(), 0.0);
    }

    private static RealMatrix sqrt(RealMatrix m) {
        EigenDecomposition e = new EigenDecomposition(m);
        RealMatrix d = e.getD().copy();
        for (int i = 0; i < d.getRowDimension(); i++) {
            d.setEntry(i, i, Math.sqrt(Math.max(0, d.getEntry(i, i))));
        }
        return e.getV().multiply(d).multiply(e.getVT());
    }
}
