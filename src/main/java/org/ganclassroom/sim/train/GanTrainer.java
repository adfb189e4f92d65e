package org.ganclassroom.sim.train;

import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentState;
import org.ganclassroom.sim.config.NetworkShapes;
import org.ganclassroom.sim.config.Stabilisers;
import org.ganclassroom.sim.config.TrainingSpec;
import org.ganclassroom.sim.loss.Objective;
import org.ganclassroom.sim.loss.Objectives;
import org.ganclassroom.sim.nn.Mlp;
import org.ganclassroom.sim.optim.Optimizer;

/**
 * Trains one GAN by minibatch SGD, as in Algorithm 1 of Goodfellow et al. (2014): each {@link #step()} makes
 * k discriminator updates, each on m real samples and m fakes G(z), then one generator update on m fresh
 * fakes. {@link #stepOnly} makes just one of the two halves, so a lecturer can move one player at a time: a
 * D-step followed by a G-step is exactly one {@link #step()}. Both learning rates are scaled at step t by the
 * config's late decay f(t) ({@link org.ganclassroom.sim.config.LrDecay}). The chips ({@link Stabilisers}), the learning rates, the objective and the optimizer can be changed
 * between two steps with {@link #updateSettings}; the network shapes, the data set and PacGAN's pack size m
 * (which sets D's input width) are fixed for a run. With packing, a batch is m packs of m samples each side: a
 * batch size of B means B packs, B·m samples.
 *
 * <p>Not thread-safe: one thread steps it. {@link #updateSettings} may be called from any thread; the new
 * settings take effect at the start of the next step. No allocation per step.
 */
public final class GanTrainer {
    /** Largest batch the preallocated buffers hold, so the batch size can change live. */
    public static final int MAX_BATCH = 1024;

    private final ExperimentConfig config;
    private final TargetData data;
    private final RandomStreams rng;
    private final int dim;
    private final int noiseDim;
    private final Mlp g;
    private final Mlp d;
    private final Mlp gEma;
    private boolean emaInitialised;
    /** The state before the current step: restored when the step leaves the sane range. */
    private final Rollback saved;
    private final SaneRange saneRange = new SaneRange();
    /** PacGAN's m for this run, from the config; live changes of the packing chip wait for a new run. */
    private final int pack;
    private final DiscriminatorInput input;
    private final UnrolledDiscriminator unrolled;

    /** The per-batch buffers, sized to the batch in use. */
    private BatchBuffers batch;

    private volatile boolean generatorFrozen;
    private volatile Settings pending;
    private Settings active;
    private Objective objective;
    private boolean crossEntropy;
    private Optimizer optG;
    private Optimizer optD;

    private long step;
    private long discriminatorUpdates;
    private long generatorUpdates;
    private boolean discriminatorRan;
    private int batchUsed;
    private final StepStats stats = new StepStats();
    private TrainingFailure failure;

    /** A run's live settings, swapped as one unit so a step never sees half a change. */
    private record Settings(TrainingSpec training, Stabilisers stabilisers) {
    }

    public GanTrainer(ExperimentConfig config) {
        this.config = config;
        this.data = TargetData.of(config.data());
        this.rng = new RandomStreams(config.seed());
        this.dim = data.dimension();
        this.noiseDim = config.noiseDim();
        this.g = new Mlp(NetworkShapes.generator(config));
        this.d = new Mlp(NetworkShapes.discriminator(config));
        this.gEma = new Mlp(NetworkShapes.generator(config));
        this.saved = new Rollback(g, d, gEma);
        g.initialise(rng.initG);
        d.initialise(rng.initD);
        pack = config.stabilisers().pack();
        input = new DiscriminatorInput(dim, pack);
        unrolled = new UnrolledDiscriminator(d);

        pending = new Settings(config.training(), config.stabilisers());
        adoptSettings();
    }

    /** Restores saved weights (and the step count) into a freshly built trainer. */
    public void restore(ExperimentState state) {
        System.arraycopy(state.generator(), 0, g.params(), 0, g.paramCount());
        System.arraycopy(state.discriminator(), 0, d.params(), 0, d.paramCount());
        if (state.generatorEma() != null) {
            System.arraycopy(state.generatorEma(), 0, gEma.params(), 0, gEma.paramCount());
            emaInitialised = true;
        }
        step = state.step();
    }

    /** The weights as they are now, for saving: after a failure, those before the failing step (always finite). */
    public ExperimentState state() {
        return new ExperimentState(step, g.params().clone(), d.params().clone(),
                emaInitialised ? gEma.params().clone() : null);
    }

    /**
     * The whole state between two steps, for rewinding: see {@link TrainerCheckpoint}. Not after a failure (the
     * failed step's rollback leaves the optimizers and streams where the failing step left them).
     */
    public TrainerCheckpoint checkpoint() {
        if (failure != null) {
            throw new IllegalStateException("no checkpoint of a failed run");
        }
        return new TrainerCheckpoint(step, discriminatorUpdates, generatorUpdates, g, d, gEma, emaInitialised, optG,
                optD, rng.states(), active.training(), active.stabilisers(), objective, batchUsed, discriminatorRan,
                batch.lastReal, batch.lastFake, batch.lastFakePush, batch.dInReal, batch.vReal, batch.vFake, stats);
    }

    /**
     * Puts this trainer (built from the same config) back into the state of {@code c}, failure cleared, with its
     * settings as the pending ones too; the caller then sets whatever settings the next step should take.
     */
    public void restore(TrainerCheckpoint c) {
        step = c.step;
        discriminatorUpdates = c.discriminatorUpdates;
        generatorUpdates = c.generatorUpdates;
        g.copyStateFrom(c.g);
        d.copyStateFrom(c.d);
        gEma.copyStateFrom(c.gEma);
        emaInitialised = c.emaInitialised;
        optG = c.optG.copy();
        optD = c.optD.copy();
        rng.restore(c.streams);
        active = new Settings(c.training, c.stabilisers);
        pending = active;
        objective = c.objective;
        crossEntropy = isCrossEntropy(c.training.objective());
        if (batchUsed != c.batchUsed) {
            batchUsed = c.batchUsed;
            allocateBatchBuffers(batchUsed);
        }
        discriminatorRan = c.discriminatorRan;
        batch.restore(c);
        stats.dLoss = c.dLoss;
        stats.gLoss = c.gLoss;
        stats.gradNormD = c.gradNormD;
        stats.gradNormG = c.gradNormG;
        stats.penalty = c.penalty;
        failure = null;
    }

    /**
     * Changes what can change on a running simulation: learning rates, optimizer, objective, batch size and
     * every chip. Takes effect at the start of the next step. Safe to call from any thread.
     */
    public void updateSettings(TrainingSpec training, Stabilisers stabilisers) {
        pending = new Settings(training, stabilisers);
    }

    /**
     * Freezes G so that only D trains: the setting of the seeds' Proposition, under which D should settle
     * onto D* = p_data/(p_data + p_g) and V(D,G) onto −log 4 + 2·JSD. Safe to call from any thread.
     */
    public void setGeneratorFrozen(boolean frozen) {
        generatorFrozen = frozen;
    }

    public boolean generatorFrozen() {
        return generatorFrozen;
    }

    private void adoptSettings() {
        Settings next = pending;
        if (next == active) {
            return;
        }
        TrainingSpec t = next.training();
        if (active == null || !active.training().objective().equals(t.objective())) {
            objective = Objectives.byId(t.objective());
            crossEntropy = isCrossEntropy(t.objective());
        }
        if (active == null || active.training().optimizer() != t.optimizer()
                || active.training().beta1() != t.beta1() || active.training().beta2() != t.beta2()) {
            optG = t.optimizer().create(g.paramCount(), t.beta1(), t.beta2());
            optD = t.optimizer().create(d.paramCount(), t.beta1(), t.beta2());
        }
        Stabilisers s = next.stabilisers();
        d.setSpectralNorm(s.spectralNorm());
        if (s.generatorEma() && !emaInitialised) {
            gEma.copyParamsFrom(g);
            emaInitialised = true;
        }
        batchUsed = Math.min(t.batchSize(), MAX_BATCH);
        if (batch == null || batch.m != batchUsed) {
            allocateBatchBuffers(batchUsed);
        }
        active = next;
    }

    private void allocateBatchBuffers(int m) {
        batch = new BatchBuffers(g, d, dim, noiseDim, input.rows(), m, pack, batch);
        input.allocate(m * pack);
        discriminatorRan = false; // the new tapes hold no D outputs for batchValue()
    }

    /**
     * One training iteration: k discriminator updates, then one generator update. Returns false, and does
     * nothing, once training has blown up (see {@link #failure()}).
     */
    public boolean step() {
        return discriminatorPhase() && generatorPhase();
    }

    /**
     * One player's half of a step alone: D's k updates (the step count stays), or G's update (the step count
     * advances, as at the end of a full step; with G frozen nothing happens). Deterministic: a D-step then a
     * G-step draw the same random numbers in the same order as one {@link #step()}, so they end in the same
     * weights. Returns false, and does nothing, once training has blown up.
     */
    public boolean stepOnly(Player player) {
        if (player == Player.DISCRIMINATOR) {
            return discriminatorPhase();
        }
        if (failure != null || generatorFrozen) {
            return failure == null;
        }
        adoptSettings();
        saveWeights();
        return generatorPhase();
    }

    /**
     * First half of a step: the k discriminator updates (lines "sample noise, sample data, ascend D" of the
     * algorithm). Slow motion shows the state between the halves. Returns false once training has blown up.
     */
    public boolean discriminatorPhase() {
        if (failure != null) {
            return false;
        }
        adoptSettings();
        saveWeights();
        Stabilisers s = active.stabilisers();
        for (int i = 0; i < s.dSteps(); i++) {
            discriminatorUpdate(s);
        }
        failIfOutOfRange(s, step + 1, saneRange.check("discriminator", stats.dLoss, stats.gradNormD, d.params()));
        return failure == null;
    }

    /** Second half of a step: one generator update (unless G is frozen); the step count advances. */
    public boolean generatorPhase() {
        if (failure != null) {
            return false;
        }
        Stabilisers s = active.stabilisers();
        step++;
        // The step counts even with G frozen: the theorem demo trains D alone, step after step.
        if (!generatorFrozen) {
            generatorUpdate(s);
            if (s.generatorEma()) {
                updateEma(s.emaDecay());
            }
            String wrong = saneRange.check("generator", stats.gLoss, stats.gradNormG, g.params());
            failIfOutOfRange(s, step, wrong != null ? wrong
                    : saneRange.checkOutside(batch.lastFake, dim, batchUsed * pack, data.lower(), data.upper()));
        }
        return failure == null;
    }

    private void discriminatorUpdate(Stabilisers s) {
        discriminatorUpdates++;
        int m = batchUsed;
        int n = m * pack;
        TrainingSpec t = active.training();
        double sigma = s.instanceNoiseSigmaAt(step);
        data.sample(rng.data, batch.real, n);
        sampleNoise(n);
        // D's update does not backpropagate into G
        double[][] fake = g.evaluate(batch.gTape, batch.z, n);
        input.prepare(batch.real, batch.dInReal, m, sigma, s.minibatchStd(), rng.instanceNoise);
        input.prepare(fake, batch.dInFake, m, sigma, s.minibatchStd(), rng.instanceNoise);
        for (int j = 0; j < dim; j++) {
            System.arraycopy(batch.real[j], 0, batch.lastReal[j], 0, n);
        }

        if (s.spectralNorm()) {
            d.refreshSpectralNorm();
        }
        d.zeroGrads();
        // One pass over real and fake side by side: the same sums as two passes of m, in one loop of 2m that
        // vectorises better (a 64-sample row is only sixteen vectors).
        for (int j = 0; j < input.rows(); j++) {
            System.arraycopy(batch.dInReal[j], 0, batch.dInBoth[j], 0, m);
            System.arraycopy(batch.dInFake[j], 0, batch.dInBoth[j], m, m);
        }
        double[] vBoth = d.forward(batch.dBothTape, batch.dInBoth, 2 * m)[0];
        System.arraycopy(vBoth, 0, batch.vReal, 0, m);
        System.arraycopy(vBoth, m, batch.vFake, 0, m);
        discriminatorRan = true;
        stats.dLoss = objective.discriminatorLoss(batch.vReal, batch.gradReal[0], m, batch.vFake, batch.gradFake[0], m,
                s.realTarget());
        System.arraycopy(batch.gradReal[0], 0, batch.gradBoth[0], 0, m);
        System.arraycopy(batch.gradFake[0], 0, batch.gradBoth[0], m, m);
        d.backward(batch.dBothTape, batch.gradBoth, null, 2 * m);

        stats.penalty = 0;
        if (s.gradientPenalty()) {
            for (int b = 0; b < m; b++) {
                double eps = rng.penalty.nextDouble();
                for (int j = 0; j < input.rows(); j++) {
                    batch.interpolates[j][b] = eps * batch.dInReal[j][b] + (1 - eps) * batch.dInFake[j][b];
                }
            }
            stats.penalty += d.addInputGradientPenalty(batch.dPenaltyTape, batch.interpolates, m, 1.0, s.gpLambda());
        }
        if (s.r1()) {
            stats.penalty += d.addInputGradientPenalty(batch.dPenaltyTape, batch.dInReal, m, 0.0, 0.5 * s.r1Gamma());
        }
        d.completeGradients();
        stats.gradNormD = d.gradientNorm();
        double lr = t.lrD() * (s.twoTimeScale() ? s.dLrFactor() : 1.0) * t.lrDecay().multiplierAt(step);
        optD.step(d.params(), d.grads(), lr);
        if (s.weightClipping()) {
            clip(d.params(), d.paramCount(), s.clipValue());
        }
    }

    private void generatorUpdate(Stabilisers s) {
        generatorUpdates++;
        int m = batchUsed;
        int n = m * pack;
        double sigma = s.instanceNoiseSigmaAt(step);
        sampleNoise(n);
        double[][] fake = g.forward(batch.gTape, batch.z, n);
        input.prepare(fake, batch.dInFake, m, sigma, s.minibatchStd(), rng.instanceNoise);
        if (s.unrolled()) {
            // D's last real batch: the unrolled steps train on one batch, as in Metz et al.
            stats.gLoss = unrolled.generatorGradient(d, objective, s.realTarget(), batch.dInReal, batch.dInFake, m,
                    s.unrollSteps(), s.unrollLr(), s.unrollFirstOrder(), batch.dx);
        } else {
            // Its own tape, so the last D update's outputs stay available for the batch value V(D,G).
            double[] vFake = d.forward(batch.dGeneratorTape, batch.dInFake, m)[0];
            stats.gLoss = objective.generatorLoss(vFake, batch.gradFake[0], m);
            d.backwardToInput(batch.dGeneratorTape, batch.gradFake, batch.dx, m);
        }
        input.unpack(batch.dx, m, s.minibatchStd(), batch.dxSamples);
        for (int j = 0; j < dim; j++) {
            System.arraycopy(fake[j], 0, batch.lastFake[j], 0, n);
            for (int b = 0; b < n; b++) {
                batch.lastFakePush[j][b] = -batch.dxSamples[j][b];
            }
        }
        g.zeroGrads();
        g.backward(batch.gTape, batch.dxSamples, null, n);
        g.completeGradients();
        stats.gradNormG = g.gradientNorm();
        // step already counts this step: the decay is read at the steps taken before it, as D's is
        TrainingSpec t = active.training();
        optG.step(g.params(), g.grads(), t.lrG() * t.lrDecay().multiplierAt(step - 1));
    }

    private void sampleNoise(int m) {
        for (int j = 0; j < noiseDim; j++) {
            double[] row = batch.z[j];
            for (int b = 0; b < m; b++) {
                row[b] = rng.noise.nextGaussian();
            }
        }
    }

    private void updateEma(double decay) {
        double[] e = gEma.params();
        double[] p = g.params();
        for (int i = 0; i < e.length; i++) {
            e[i] = decay * e[i] + (1 - decay) * p[i];
        }
    }

    private void saveWeights() {
        saved.save(g, d, gEma);
        saved.step = step;
        saved.discriminatorUpdates = discriminatorUpdates;
        saved.generatorUpdates = generatorUpdates;
    }

    /**
     * Records a failure ({@code wrong} says what left the {@link SaneRange}) and puts back the weights from
     * before the failing step, so what is measured, shown and saved afterwards is finite.
     * {@code atStep} is the 1-based step in which the check runs.
     */
    private void failIfOutOfRange(Stabilisers s, long atStep, String wrong) {
        if (wrong == null) {
            return;
        }
        failure = new TrainingFailure(atStep, wrong, FailureDiagnosis.likelyCause(active.training(), s, stats),
                saved.step);
        saved.restore(g, d, gEma);
        step = saved.step;
        discriminatorUpdates = saved.discriminatorUpdates;
        generatorUpdates = saved.generatorUpdates;
    }

    /** Objectives whose D is a probability σ(v), for which V(D,G) of the paper is defined. */
    public static boolean isCrossEntropy(String objectiveId) {
        return objectiveId.equals("minimax") || objectiveId.equals("nonsaturating");
    }

    private static void clip(double[] p, int n, double c) {
        for (int i = 0; i < n; i++) {
            p[i] = Math.max(-c, Math.min(c, p[i]));
        }
    }

    // ---------------------------------------------------------------- read access for measurements and views

    public ExperimentConfig config() {
        return config;
    }

    public TargetData data() {
        return data;
    }

    public long stepCount() {
        return step;
    }

    public TrainingFailure failure() {
        return failure;
    }

    /** Each player's updates so far (a new record per call: for snapshots, not per step). */
    public PlayerUpdates updates() {
        return new PlayerUpdates(discriminatorUpdates, generatorUpdates);
    }

    /** Settings in force for the last step (or the first, before any step). */
    public TrainingSpec training() {
        return active.training();
    }

    public Stabilisers stabilisers() {
        return active.stabilisers();
    }

    public Objective objective() {
        return objective;
    }

    /**
     * The minibatch estimate of V(D,G) from the last D update's forward passes (before that update), or NaN
     * for objectives whose D is not a probability. Computed on demand: it costs two logarithms per sample.
     */
    public double batchValue() {
        if (!crossEntropy || !discriminatorRan) {
            return Double.NaN;
        }
        return BatchValue.of(batch.vReal, batch.vFake, batchUsed);
    }

    /** Loss values and gradient norms of the last step. */
    public StepStats lastStats() {
        return stats;
    }

    /**
     * The generator the views show: G's moving average while that chip is on, else G itself. With G frozen it is
     * always G, the opponent D actually trains against, so that D* and the JSD describe D's game.
     */
    public Mlp shownGenerator() {
        return active.stabilisers().generatorEma() && emaInitialised && !generatorFrozen ? gEma : g;
    }

    public Mlp generator() {
        return g;
    }

    public Mlp discriminator() {
        return d;
    }

    /** Samples in the last minibatch (on each side): the batch size, times m with PacGAN packing. */
    public int batchSize() {
        return batchUsed * pack;
    }

    /** PacGAN's m: samples per D input in this run (1 without packing). */
    public int pack() {
        return pack;
    }

    /** The last D update's real batch, {@code [dim][batchSize()]} (live buffer: copy before keeping). */
    public double[][] lastRealBatch() {
        return batch.lastReal;
    }

    /** The last G update's fakes (live buffer). */
    public double[][] lastFakeBatch() {
        return batch.lastFake;
    }

    /** −dLoss_G/dx at each of those fakes: where the generator's gradient pushes each sample (live buffer). */
    public double[][] lastFakePush() {
        return batch.lastFakePush;
    }
}
