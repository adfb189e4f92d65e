package org.ganclassroom.sim.metrics;

import java.util.Locale;

/**
 * The optimal discriminator of the game actually played, on a uniform 1-D grid or an n × n 2-D grid.
 * <p>With real label α (one-sided label smoothing; 1 without it), fake label 0, and instance noise N(0, σ²I)
 * added to every input D sees, real and fake alike, the pointwise loss at an input x is
 * −p̃_data(x)[α log D + (1 − α) log(1 − D)] − p̃_g(x) log(1 − D) (cross-entropy), or
 * ½p̃_data(x)(D − α)² + ½p̃_g(x)D² (least squares), where p̃ = p ∗ N(0, σ²I) is the density of the noised
 * input. Both are minimised by
 * <pre>  D*(x) = α · p̃_data(x) / (p̃_data(x) + p̃_g(x))</pre>
 * which is Proposition 1's p_data/(p_data + p_g) when α = 1 and σ = 0. The convolution is a discrete Gaussian
 * kernel over the grid ({@link GaussianKernel} reaching 8σ, normalised to mass 1), separable in 2-D; mass the kernel
 * carries past the grid's edge is dropped. Where neither density has mass D* is ½α (no evidence either way).
 * Preallocated: {@link #compute} allocates only when σ changes (a new kernel).
 */
public final class GameOptimum {
    /**
     * The kernel reaches 8σ: far from both densities' mass their ratio is set by the kernel's tails, which a 4σ cut
     * would zero, bending the dashed curve where it is drawn across empty ground.
     */
    private static final double KERNEL_REACH = 8;
    private final int dim;
    private final int side;
    private final double spacing;
    private final double[] noisedData;
    private final double[] noisedG;
    private final double[] scratch;
    private double kernelSigma = 0;
    private double[] kernel = {1.0};

    /**
     * @param dim     1 or 2
     * @param side    cells along an axis (the grid has side cells in 1-D, side² in 2-D)
     * @param spacing distance between neighbouring cell centres
     */
    public GameOptimum(int dim, int side, double spacing) {
        if (dim != 1 && dim != 2) {
            throw new IllegalArgumentException("dim must be 1 or 2, got " + dim);
        }
        this.dim = dim;
        this.side = side;
        this.spacing = spacing;
        int size = dim == 1 ? side : side * side;
        noisedData = new double[size];
        noisedG = new double[size];
        scratch = new double[size];
    }

    /** Writes D*(x) = α·p̃_data/(p̃_data + p̃_g) at every cell into {@code out}; σ = 0 means no noise. */
    public void compute(double[] pData, double[] pG, double realLabel, double sigma, double[] out) {
        double[] a = noised(pData, sigma, noisedData);
        double[] b = noised(pG, sigma, noisedG);
        withoutNoise(a, b, realLabel, 0, out.length, out);
    }

    /**
     * D* = α·p_data/(p_data + p_g) (½·α where both are 0) on cells [from, to): the optimum without instance noise,
     * where each cell's value is its own (a grid's parts fill theirs).
     */
    public static void withoutNoise(double[] pData, double[] pG, double realLabel, int from, int to, double[] out) {
        for (int k = from; k < to; k++) {
            double sum = pData[k] + pG[k];
            out[k] = realLabel * (sum > 0 ? pData[k] / sum : 0.5);
        }
    }

    /** p ∗ N(0, σ²I) on the grid (p itself when σ = 0). */
    public double[] noised(double[] p, double sigma, double[] out) {
        if (!(sigma > 0)) {
            System.arraycopy(p, 0, out, 0, p.length);
            return out;
        }
        if (sigma != kernelSigma) {
            kernel = GaussianKernel.weights(sigma, spacing, KERNEL_REACH);
            kernelSigma = sigma;
        }
        if (dim == 1) {
            GaussianKernel.alongRows(kernel, p, out, 1, side);
        } else {
            GaussianKernel.alongRows(kernel, p, scratch, side, side);
            GaussianKernel.acrossRows(kernel, scratch, out, side);
        }
        return out;
    }

    /**
     * V(D*, G) = Σ p_data log D* + Σ p_g log(1 − D*), times the cell measure: the value function as the
     * measurements compute it (labels 1 and 0, no noise), evaluated at the game's optimum. Cells where a
     * density is 0 contribute nothing for it.
     */
    public static double value(double[] pData, double[] pG, double[] dStar, double cell) {
        double v = 0;
        for (int k = 0; k < dStar.length; k++) {
            if (pData[k] > 0) {
                v += pData[k] * Math.log(dStar[k]);
            }
            if (pG[k] > 0) {
                v += pG[k] * Math.log1p(-dStar[k]);
            }
        }
        return v * cell;
    }

    /** Whether these settings move D's optimum away from Proposition 1's p_data/(p_data + p_g). */
    public static boolean moved(double realLabel, double sigma) {
        return realLabel != 1.0 || sigma > 0;
    }

    /**
     * Which optimum this is, in a line for the panel, e.g. "D* of the game played: label smoothing 0.9 →
     * 0.9·p_data/(p_data+p_g)". {@code annealSteps} ≤ 0 means the noise does not anneal.
     */
    public static String describe(double realLabel, double sigma, int annealSteps, boolean noiseOn) {
        boolean smoothing = realLabel != 1.0;
        String alpha = fmt(realLabel);
        String prefix = "D* of the game played: ";
        if (!smoothing && !noiseOn) {
            return prefix + "p_data/(p_data+p_g) (Proposition 1)";
        }
        StringBuilder sb = new StringBuilder(prefix);
        if (smoothing) {
            sb.append("label smoothing ").append(alpha);
        }
        if (noiseOn) {
            sb.append(smoothing ? " and " : "").append("instance noise σ = ").append(fmt(sigma));
            if (annealSteps > 0) {
                sb.append(sigma > 0 ? " (annealing to 0 at step " + String.format(Locale.ROOT, "%,d", annealSteps)
                        + ")" : " (annealed away)");
            }
        }
        String scale = smoothing ? alpha + "·" : "";
        sb.append(" → ").append(scale);
        if (sigma > 0) {
            sb.append("p̃_data/(p̃_data+p̃_g), p̃ = p ∗ N(0, σ²)");
        } else {
            sb.append("p_data/(p_data+p_g)");
        }
        return sb.toString();
    }

    private static String fmt(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
