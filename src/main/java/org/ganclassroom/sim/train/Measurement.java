package org.ganclassroom.sim.train;

import org.ganclassroom.sim.data.Mode;
import org.ganclassroom.sim.loss.FDivergence;
import org.ganclassroom.sim.loss.FGanObjective;
import org.ganclassroom.sim.loss.Objective;
import org.ganclassroom.sim.config.Stabilisers;
import org.ganclassroom.sim.metrics.Divergences;
import org.ganclassroom.sim.metrics.GameOptimum;
import org.ganclassroom.sim.metrics.GaussianFit;
import org.ganclassroom.sim.metrics.ModeCoverage;
import org.ganclassroom.sim.nn.Mlp;
import org.ganclassroom.sim.nn.Tape;
import org.ganclassroom.sim.parallel.PartRunner;

import java.util.List;

/**
 * Measures a run after a step, exactly where it can: p_data is the target's exact density on the grid;
 * p_g is estimated from a fixed quadrature set of noise pushed through G (deterministic, so curves do not
 * flicker and identical distributions read a JSD near 0, not the ~0.13 bits of a 150-sample histogram);
 * D and D* are evaluated on the same grid, D* being the optimum of the game played ({@link GameOptimum}: the real
 * label and instance noise move it away from p_data/(p_data + p_g)); with PacGAN packing, "D at x" is D on a pack of
 * m copies of x. G's images, the p_g estimate and D run in the grid's fixed parts ({@link DensityGrid#parts()})
 * through a {@link PartRunner}, which may run them at once: the readouts are the same bits whatever runs them.
 * Preallocated: only the returned {@link Metrics} is new per call.
 */
public final class Measurement {
    private final GanTrainer trainer;
    private final DensityGrid grid;
    private final DensityGrid1D grid1;
    private final DensityGrid2D grid2;
    private final int dim;
    private final double[][] noise;
    private final int noiseSize;
    private final PartRunner runner;
    private final int parts;
    /** Each part's tape and block input for G, and for D. */
    private final Tape[] gTape;
    private final double[][][] gBlockInput;
    private final Tape dotTape;
    /**
     * Points per pass of G or D: a block's activations (16 units × 256 points × 8 bytes per layer) stay in the
     * core's caches, where one pass over all 4 096 points streams 32 KB rows through them (the values are the
     * same, each point being computed on its own).
     */
    private static final int BLOCK = 256;

    private final Tape[] dTape;
    private final double[][] dInput;
    private final double[][][] dBlockInput;
    /** The two steps of a measurement that run in parts (bound once: a lambda per call would allocate). */
    private final java.util.function.IntConsumer imagePart = this::imagePart;
    private final java.util.function.IntConsumer depositPart = this::depositPart;
    /** The generator being measured, for the parts. */
    private Mlp measuring;
    private final double[] dValues;
    private final CellReadouts cells;
    /** Whether this measurement's parts do their own cells' readouts. */
    private boolean cellsInParts;
    private final double[] pG;
    private final double[] dShown;
    private final double[] dStar;
    private final GameOptimum optimum;
    private final List<Mode> modes;
    private final double modeThreshold;
    private final double[] modeMass;
    private final double[] coverageResult = new double[2];
    private final SampleQuality sampleQuality;
    private final double[] precisionRecall = {Double.NaN, Double.NaN};
    private boolean measurePrecisionRecall;
    private int precisionRecallEvery = 1;
    private long measures;
    private final double[][] generated;
    /** G's image of the grid's dot set at the last measurement (null without a dot set); see {@link #dotImage()}. */
    private double[][] dotImage;
    private boolean dotsStale;
    /** The generator of the last measurement, and the step it was at. */
    private Mlp measured;
    private long measuredStep;

    /** Measures with every part on the calling thread. */
    public Measurement(GanTrainer trainer) {
        this(trainer, PartRunner.currentThread());
    }

    /** Measures with the parts run by {@code runner} (the same readouts, bit for bit, whatever it is). */
    public Measurement(GanTrainer trainer, PartRunner runner) {
        this.trainer = trainer;
        this.runner = java.util.Objects.requireNonNull(runner, "runner");
        TargetData data = trainer.data();
        this.dim = data.dimension();
        var ms = trainer.config().measure();
        int noiseDim = trainer.config().noiseDim();
        if (dim == 1) {
            grid1 = new DensityGrid1D(data.oneD(), ms.grid1d(), noiseDim, ms.quadrature1d());
            grid2 = null;
            grid = grid1;
        } else {
            grid1 = null;
            grid2 = new DensityGrid2D(data.twoD(), ms.grid2d(), noiseDim, ms.quadrature2d());
            grid = grid2;
        }
        noise = grid.noise();
        noiseSize = noise[0].length;
        parts = grid.parts();
        gTape = new Tape[parts];
        gBlockInput = new double[parts][][];
        dTape = new Tape[parts];
        dBlockInput = new double[parts][][];
        int rows = trainer.discriminator().inputDim();
        for (int p = 0; p < parts; p++) {
            gTape[p] = trainer.generator().newTape(Math.min(BLOCK, noiseSize));
            gBlockInput[p] = new double[noise.length][Math.min(BLOCK, noiseSize)];
            dTape[p] = trainer.discriminator().newTape(Math.min(BLOCK, grid.size()));
            dBlockInput[p] = new double[rows][Math.min(BLOCK, grid.size())];
        }
        generated = new double[trainer.generator().outputDim()][noiseSize];
        dotTape = grid.dotNoise() == null ? null : trainer.generator().newTape(grid.dotNoise()[0].length);
        dInput = new double[rows][grid.size()];
        dValues = new double[grid.size()];
        for (int slot = 0; slot < trainer.pack(); slot++) {
            for (int j = 0; j < dim; j++) {
                System.arraycopy(grid.centres()[j], 0, dInput[slot * dim + j], 0, grid.size());
            }
        }
        cells = new CellReadouts(parts);
        pG = new double[grid.size()];
        dShown = new double[grid.size()];
        dStar = new double[grid.size()];
        optimum = dim == 1 ? new GameOptimum(1, grid.size(), grid.cell())
                : new GameOptimum(2, (int) Math.round(Math.sqrt(grid.size())), Math.sqrt(grid.cell()));
        modes = data.modes();
        modeThreshold = modes.isEmpty() ? 0 : ModeCoverage.defaultThreshold(modes.size());
        modeMass = new double[modes.size()];
        // one noise input in 1-D: the points are the segment grid's even z, not equally weighted noise
        sampleQuality = new SampleQuality(data, dim == 1 && noiseDim == 1 ? noise[0] : null);
    }

    /**
     * Whether {@link #measure()} also computes precision and recall, which compares every pair of about a
     * thousand points: on for headless runs that report it and, every few measurements, for live 2-D runs; off (NaN)
     * otherwise.
     */
    public void setPrecisionRecall(boolean on) {
        setPrecisionRecall(on, 1);
    }

    /**
     * As {@link #setPrecisionRecall(boolean)}, but computed on every {@code every}-th call of {@link #measure()} only
     * (the first included); the calls in between repeat the last values. For the live 2-D view, which shows them as
     * readouts refreshed a few times a second.
     */
    public void setPrecisionRecall(boolean on, int every) {
        if (every < 1) {
            throw new IllegalArgumentException("every must be at least 1, not " + every);
        }
        precisionRecallEvery = every;
        measures = 0;
        measurePrecisionRecall = on;
        if (!on) {
            precisionRecall[0] = Double.NaN;
            precisionRecall[1] = Double.NaN;
        }
    }

    /**
     * How many training steps a live run should take per measurement: 1, except in 2-D with two noise inputs,
     * where the exact pushforward costs several steps. A run measures the steps whose number is a multiple of
     * this, and the current step whenever it is shown.
     */
    public int stepsPerMeasurement() {
        return grid.stepsPerMeasurement();
    }

    /** Measures the trainer's current state. Call on the stepping thread. */
    public Metrics measure() {
        Mlp gen = trainer.shownGenerator();
        measured = gen;
        measuredStep = trainer.stepCount();
        measuring = gen;
        runner.run(parts, imagePart);
        grid.join();
        // D sees the minibatch std-dev feature of the generator's output, as it would on a batch of fakes.
        double feature = trainer.stabilisers().minibatchStd()
                ? grid.spread(generated) : 0.0;
        java.util.Arrays.fill(dInput[dInput.length - 1], feature);
        Objective objective = trainer.objective();
        boolean probability = objective.hasProbabilityOptimum();
        // D* of the game D actually plays: its real label and the noise its inputs carry move the optimum
        Stabilisers st = trainer.stabilisers();
        double realLabel = probability ? st.realTarget() : 1.0;
        double sigma = st.instanceNoiseSigmaAt(trainer.stepCount());
        // instance noise blurs D* across cells; without it each cell's readouts are its own, and a part can write
        // them as soon as its p_g is final
        cells.game(objective, probability, GanTrainer.isCrossEntropy(objective.id()), realLabel, !(sigma > 0));
        // p_g is written by the parts wherever the grid can; the readouts follow it there unless D* needs all of it
        cellsInParts = cells.optimumLocal() && grid.densityInParts();
        runner.run(parts, depositPart);
        measuring = null;
        grid.finish(generated, pG);
        double outside = grid.massOutside();
        double cell = grid.cell();
        double[] pData = grid.comparisonDensity();
        if (!cells.optimumLocal()) {
            optimum.compute(pData, pG, realLabel, sigma, dStar);
        }
        if (!cellsInParts) {
            for (int p = 0; p < parts; p++) {
                cellReadouts(p);
            }
        }
        double gap = cells.gap();

        // Mass that left the grid sits where p_data is (to within the range's margin) zero: it adds ½·q·log 2.
        double[] divergences = grid.divergences();
        double jsd = divergences[0];
        double klDataG = divergences[1];
        double klGData = divergences[2];

        double valueGrid = Double.NaN;
        double valueOptimum = -Math.log(4) + 2 * jsd;
        if (cells.value()) {
            valueGrid = cells.valueSum() * cell;
            if (GameOptimum.moved(realLabel, sigma)) {
                valueOptimum = GameOptimum.value(pData, pG, dStar, cell);
            }
        }
        double fBound = Double.NaN;
        double fTrue = Double.NaN;
        if (objective instanceof FGanObjective fgan) {
            FDivergence f = fgan.divergence();
            fBound = Divergences.variationalBound(f, pData, pG, dShown, cell);
            fTrue = Divergences.fDivergence(f, pData, pG, cell);
        }
        double w1 = grid1 != null ? grid1.wasserstein1() : Double.NaN;

        int captured = 0;
        double highQuality = Double.NaN;
        if (grid2 != null && !modes.isEmpty()) {
            grid2.modeCoverage(modes.size(), modeThreshold, modeMass, pG, coverageResult);
            captured = (int) coverageResult[0];
            highQuality = coverageResult[1];
        } else if (grid1 != null && !modes.isEmpty()) {
            grid1.modeCoverage(modes, modeThreshold, modeMass, coverageResult);
            captured = (int) coverageResult[0];
            highQuality = coverageResult[1];
        }
        // a mesh's vertices carry unequal mass: sample scores take G's image of the equally weighted dot set
        double[][] dots = grid.dotNoise();
        dotsStale = dots != null;
        GaussianFit fit = grid.generatedFit(generated);
        double frechet = fit != null ? sampleQuality.frechet(fit)
                : sampleQuality.frechet(dots != null ? dotImage() : generated, dots != null ? dots[0].length : noiseSize);
        if (measurePrecisionRecall && measures++ % precisionRecallEvery == 0) {
            sampleQuality.precisionRecall(dots != null ? dotImage() : generated,
                    dots != null ? dots[0].length : noiseSize, precisionRecall);
        }
        StepStats s = trainer.lastStats();
        return new Metrics(trainer.stepCount(), jsd, klDataG, klGData, trainer.batchValue(), valueGrid, s.dLoss, s.gLoss,
                s.gradNormD, s.gradNormG, w1, captured, modes.size(), highQuality, fBound, fTrue,
                probability ? gap : Double.NaN, outside, frechet, precisionRecall[0], precisionRecall[1], valueOptimum);
    }

    /** An immutable copy of everything the views draw, with the given metrics (from {@link #measure()}). */
    public Snapshot snapshot(Metrics metrics) {
        int m = trainer.batchSize();
        boolean probability = trainer.objective().hasProbabilityOptimum();
        // p_data on the grid is written once, when the grid is made, so every snapshot of the run shares it
        return new Snapshot(metrics, dim, trainer.data().lower(), trainer.data().upper(),
                dim == 1 ? grid.size() : (int) Math.round(Math.sqrt(grid.size())),
                grid.dataDensity(), pG.clone(), dShown.clone(), probability ? dStar.clone() : null,
                copy(trainer.lastRealBatch(), m), copy(trainer.lastFakeBatch(), m),
                copy(trainer.lastFakePush(), m), shown(generated),
                trainer.training(), trainer.stabilisers(), trainer.failure(), trainer.updates());
    }

    /** Measures and snapshots in one call. */
    public Snapshot snapshot() {
        return snapshot(measure());
    }

    /** G's image of the noise points the plots show: the measuring set, or the grid's own dot set. */
    private double[][] shown(double[][] points) {
        double[][] dots = grid.dotNoise();
        if (dots == null) {
            return copy(points, noiseSize);
        }
        return copy(dotImage(), dots[0].length);
    }

    /**
     * G's image of the grid's dot set for the last measurement, evaluated when first asked for: only the snapshot
     * and the sample scores need it, and a measurement with the exact fit of p_g uses neither. After a run has blown
     * up, the generator's weights are those from before the failing step, which a live 2-D run may not have
     * measured (it measures every few steps and not the failed one): the dots are then that generator's, at most
     * {@link #stepsPerMeasurement()} − 1 steps after the measured one, rather than none.
     */
    private double[][] dotImage() {
        if (dotsStale) {
            if (trainer.stepCount() != measuredStep && trainer.failure() == null) {
                // G has moved on: its dots would no longer be the measured generator's
                throw new IllegalStateException("the dots of step " + measuredStep + " were asked for at step "
                        + trainer.stepCount() + "; take the snapshot before the next step");
            }
            double[][] dots = grid.dotNoise();
            dotImage = measured.evaluate(dotTape, dots, dots[0].length);
            dotsStale = false;
        }
        return dotImage;
    }

    private static double[][] copy(double[][] rows, int n) {
        double[][] out = new double[rows.length][];
        for (int j = 0; j < rows.length; j++) {
            out[j] = java.util.Arrays.copyOf(rows[j], n);
        }
        return out;
    }

    /** Part p's first step: G's image of its noise points into {@link #generated}, then the grid's own work on them. */
    private void imagePart(int part) {
        evaluateGenerator(measuring, grid.firstNoise(part), grid.firstNoise(part + 1), part);
        grid.prepare(generated, part);
    }

    /**
     * Part p's second step: its share of the p_g estimate, D on its cells and, where p_g is final there, the readouts
     * of its cells.
     */
    private void depositPart(int part) {
        grid.deposit(part);
        evaluateDiscriminator(grid.firstCell(part), grid.firstCell(part + 1), part);
        if (grid.densityInParts()) {
            grid.density(part, pG);
        }
        if (cellsInParts) {
            cellReadouts(part);
        }
    }

    /** Part p's cells' readouts ({@link CellReadouts}). */
    private void cellReadouts(int part) {
        cells.part(part, grid.firstCell(part), grid.firstCell(part + 1), grid.comparisonDensity(), pG, dValues,
                grid.cell(), dShown, dStar);
    }

    /** G's image of the noise points [from, to) into {@link #generated}, {@link #BLOCK} points at a time. */
    private void evaluateGenerator(Mlp gen, int from, int to, int part) {
        double[][] in = gBlockInput[part];
        for (int start = from; start < to; start += BLOCK) {
            int len = Math.min(BLOCK, to - start);
            for (int j = 0; j < noise.length; j++) {
                System.arraycopy(noise[j], start, in[j], 0, len);
            }
            double[][] out = gen.evaluate(gTape[part], in, len);
            for (int j = 0; j < generated.length; j++) {
                System.arraycopy(out[j], 0, generated[j], start, len);
            }
        }
    }

    /** D's output at the grid cells [from, to) into {@link #dValues}, {@link #BLOCK} cells at a time. */
    private void evaluateDiscriminator(int from, int to, int part) {
        Mlp d = trainer.discriminator();
        double[][] in = dBlockInput[part];
        for (int start = from; start < to; start += BLOCK) {
            int len = Math.min(BLOCK, to - start);
            for (int j = 0; j < dInput.length; j++) {
                System.arraycopy(dInput[j], start, in[j], 0, len);
            }
            System.arraycopy(d.evaluate(dTape[part], in, len)[0], 0, dValues, start, len);
        }
    }
}
