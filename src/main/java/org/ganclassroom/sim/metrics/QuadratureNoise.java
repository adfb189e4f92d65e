package org.ganclassroom.sim.metrics;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * A fixed, deterministic point set standing in for z ~ N(0, I). Pushed through the generator it gives p_g
 * with no sampling noise, so the measured curves do not flicker from step to step.
 * <ul>
 *   <li>dim 1: z_j = Φ⁻¹((j + ½)/m), the midpoint rule in probability space.</li>
 *   <li>dim &gt; 1: the first m points of the Sobol sequence, shifted by half a dyadic cell
 *       (u + 2^−(b+1), with 2^b ≥ m the sequence's resolution at m points) and mapped coordinate-wise by Φ⁻¹.
 *       The shift keeps every coordinate strictly inside (0, 1), which is the only reason the usual advice
 *       skips the all-zero first point; keeping it preserves the net: for m = 2^b each coordinate's m values
 *       are exactly {(j + ½)/m}, the 1-D midpoint rule again. Powers of two are therefore recommended.</li>
 * </ul>
 */
public final class QuadratureNoise {
    private QuadratureNoise() {
    }

    /** Returns z[noiseDim][m] as described above. */
    public static double[][] create(int noiseDim, int m) {
        if (noiseDim < 1 || m < 1) {
            throw new IllegalArgumentException("need noiseDim ≥ 1 and m ≥ 1, got " + noiseDim + ", " + m);
        }
        NormalDistribution phi = new NormalDistribution(null, 0, 1);
        double[][] z = new double[noiseDim][m];
        if (noiseDim == 1) {
            for (int j = 0; j < m; j++) {
                z[0][j] = phi.inverseCumulativeProbability((j + 0.5) / m);
            }
            return z;
        }
        int bits = 0;
        while ((1L << bits) < m) {
            bits++;
        }
        double shift = 0.5 / (1L << bits);
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(noiseDim);
        for (int j = 0; j < m; j++) {
            double[] u = sobol.nextVector();
            for (int d = 0; d < noiseDim; d++) {
                z[d][j] = phi.inverseCumulativeProbability(u[d] + shift);
            }
        }
        return z;
    }
}
