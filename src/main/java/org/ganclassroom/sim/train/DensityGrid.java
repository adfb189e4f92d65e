package org.ganclassroom.sim.train;

/**
 * The grid on which a run's densities and D are measured: cell centres as D inputs, the exact p_data on
 * them, the fixed noise set to push through G, and the p_g estimate from G's image of that set.
 * Arrays are flat (2-D: index j·n + i).
 */
abstract sealed class DensityGrid permits DensityGrid1D, DensityGrid2D {
    /** Number of cells. */
    abstract int size();

    /** Measure of one cell (dx, or dx² in 2-D). */
    abstract double cell();

    /** Cell centres as D input rows, {@code [dim][size()]}. */
    abstract double[][] centres();

    /** Exact p_data at the cell centres: what the plots draw. */
    abstract double[] dataDensity();

    /**
     * p_data as the measurements compare it with the p_g estimate: exact in 1-D; in 2-D blurred by the
     * estimator's own kernel, so a perfect generator reads ~0 rather than the kernel's blur.
     */
    abstract double[] comparisonDensity();

    /** The fixed noise set, {@code [noiseDim][m]}, whose image under G defines the p_g estimate. */
    abstract double[][] noise();

    /** Estimates p_g at the cell centres from {@code generated = G(noise())}. */
    abstract void estimate(double[][] generated, double[] out);

    /**
     * The estimate in parts that may run at once (a fixed number, so the result does not depend on how they run):
     * for every part {@link #prepare}, once G's images of its noise points [{@link #firstNoise}(p),
     * firstNoise(p + 1)) are in {@code generated}; then {@link #join}; then every part's {@link #deposit}; then
     * {@link #finish}. One part by default, which is {@link #estimate}.
     */
    int parts() {
        return 1;
    }

    /** Part p's first noise point; part {@link #parts()} gives the number of noise points. */
    int firstNoise(int part) {
        return part == 0 ? 0 : noise()[0].length;
    }

    /** Part p's work on its own noise points' images. */
    void prepare(double[][] generated, int part) {
    }

    /** Between the parts' two steps, alone. */
    void join() {
    }

    /** Part p's second step. */
    void deposit(int part) {
    }

    /**
     * Part p's first cell: the cells [firstCell(p), firstCell(p + 1)) on which part p evaluates D and, when
     * {@link #densityInParts()}, p_g; part {@link #parts()} gives {@link #size()}.
     */
    int firstCell(int part) {
        return part == 0 ? 0 : size();
    }

    /**
     * Whether p_g on a part's cells is final once that part's {@link #deposit} is done, so that the part itself
     * writes it ({@link #density}) and {@link #finish} does not.
     */
    boolean densityInParts() {
        return false;
    }

    /** p_g on part p's cells into out, at the end of its {@link #deposit}, when {@link #densityInParts()}. */
    void density(int part, double[] out) {
        throw new IllegalStateException("p_g is written by finish on this grid");
    }

    /** After every part's deposit, alone: p_g at the cell centres into out, unless the parts wrote it. */
    void finish(double[][] generated, double[] out) {
        estimate(generated, out);
    }

    /** Share of p_g outside the grid in the last estimate. */
    abstract double massOutside();

    /** {JSD, KL(p_data‖p_g), KL(p_g‖p_data)} in nats for the last estimate (live array). */
    abstract double[] divergences();

    /** Training steps per measurement in a live run (see {@link Measurement#stepsPerMeasurement()}). */
    int stepsPerMeasurement() {
        return 1;
    }

    /** The noise whose images the plots show as G's samples, or null for the measuring noise set itself. */
    double[][] dotNoise() {
        return null;
    }

    /**
     * The Gaussian fit of p_g itself when the grid has it exactly (from {@code generated = G(noise())}), or null
     * when it must be fitted to equally weighted samples of G.
     */
    org.ganclassroom.sim.metrics.GaussianFit generatedFit(double[][] generated) {
        return null;
    }

    /** The minibatch std-dev feature of G's image of the noise set (equally weighted points by default). */
    double spread(double[][] generated) {
        return MinibatchStd.feature(generated, generated.length, noise()[0].length, 1e-8);
    }
}
