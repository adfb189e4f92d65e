package org.ganclassroom.sim.train;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Turns a batch of samples into D's input rows, and D's input gradient back into per-sample gradients. With
 * PacGAN packing of m samples (m = 1 without it), the n = packs·m samples fill the packs slot by slot: sample
 * s·packs + b sits in slot s of pack b, coordinate j of slot s in row s·dim + j. Instance noise N(0, σ²) is added
 * to every sample first; the last row holds the minibatch std-dev feature of the noisy samples (0 while that chip
 * is off). Not thread-safe; allocates only in {@link #allocate}.
 */
final class DiscriminatorInput {
    static final double STD_EPS = 1e-8;
    private final int dim;
    private final int pack;
    private double[][] noisy;

    DiscriminatorInput(int dim, int pack) {
        this.dim = dim;
        this.pack = pack;
    }

    /** Rows of D's input: dim·m coordinates and the std-dev slot. */
    int rows() {
        return dim * pack + 1;
    }

    int pack() {
        return pack;
    }

    void allocate(int samples) {
        noisy = new double[dim][samples];
    }

    /** Fills {@code in[rows()][packs]} from the samples {@code x[dim][packs·m]}. */
    void prepare(double[][] x, double[][] in, int packs, double sigma, boolean mbStd, RandomGenerator noise) {
        int n = packs * pack;
        for (int j = 0; j < dim; j++) {
            double[] src = x[j];
            double[] dst = noisy[j];
            if (sigma > 0) {
                for (int b = 0; b < n; b++) {
                    dst[b] = src[b] + sigma * noise.nextGaussian();
                }
            } else {
                System.arraycopy(src, 0, dst, 0, n);
            }
        }
        double feature = mbStd ? MinibatchStd.feature(noisy, dim, n, STD_EPS) : 0.0;
        for (int s = 0; s < pack; s++) {
            for (int j = 0; j < dim; j++) {
                System.arraycopy(noisy[j], s * packs, in[s * dim + j], 0, packs);
            }
        }
        Arrays.fill(in[dim * pack], 0, packs, feature);
    }

    /**
     * Writes dL/dx per sample into {@code out[dim][packs·m]} from dL/d(input) {@code dIn[rows()][packs]}, with the
     * chain rule through the std-dev feature of the batch last {@link #prepare prepared}.
     */
    void unpack(double[][] dIn, int packs, boolean mbStd, double[][] out) {
        for (int s = 0; s < pack; s++) {
            for (int j = 0; j < dim; j++) {
                System.arraycopy(dIn[s * dim + j], 0, out[j], s * packs, packs);
            }
        }
        if (mbStd) {
            double dFeature = 0;
            double[] slot = dIn[dim * pack];
            for (int b = 0; b < packs; b++) {
                dFeature += slot[b];
            }
            MinibatchStd.addGradient(noisy, dim, packs * pack, STD_EPS, dFeature, out);
        }
    }
}
