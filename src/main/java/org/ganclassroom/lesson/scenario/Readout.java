package org.ganclassroom.lesson.scenario;

import org.ganclassroom.sim.train.Snapshot;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * A number a claim can test, read from one measurement of a run (the same numbers the simulator shows).
 * NaN means "does not apply to this run" and satisfies no condition.
 */
public enum Readout {
    JSD("jsd", "JSD(p_data ‖ p_g) in nats", s -> s.metrics().jsd()),
    KL_DATA_G("klDataG", "KL(p_data ‖ p_g)", s -> s.metrics().klDataG()),
    KL_G_DATA("klGData", "KL(p_g ‖ p_data)", s -> s.metrics().klGData()),
    MODES("modes", "modes captured", s -> s.metrics().modeCount() == 0 ? Double.NaN : s.metrics().modesCaptured()),
    HIGH_QUALITY("highQuality", "share of fakes within 3σ of a mode", s -> s.metrics().highQualityShare()),
    D_GAP("dGap", "∫ ½(p_data+p_g)|D − D*|", s -> s.metrics().dGap()),
    GRAD_NORM_G("gradNormG", "‖∇L_G‖ of the last update", s -> s.metrics().gradNormG()),
    GRAD_NORM_D("gradNormD", "‖∇L_D‖ of the last update", s -> s.metrics().gradNormD()),
    D_LOSS("dLoss", "D's loss of the last update", s -> s.metrics().dLoss()),
    G_LOSS("gLoss", "G's loss of the last update", s -> s.metrics().gLoss()),
    V_GRID("v", "V(D,G) on the grid", s -> s.metrics().valueGrid()),
    V_THEORY("vTheory", "−log 4 + 2·JSD", s -> s.metrics().theoryValue()),
    V_GAP("vGap", "|V(D,G) − (−log 4 + 2·JSD)|", s -> Math.abs(s.metrics().valueGrid() - s.metrics().theoryValue())),
    W1("w1", "true W1(p_data, p_g) (1-D)", s -> s.metrics().w1()),
    CRITIC("critic", "the critic's estimate E_data[v] − E_g[v] (= −D loss)", s -> -s.metrics().dLoss()),
    F_BOUND("fBound", "f-GAN: the critic's lower bound", s -> s.metrics().fBound()),
    F_TRUE("fTrue", "f-GAN: the true f-divergence", s -> s.metrics().fTrue()),
    F_GAP("fGap", "f-GAN: true divergence − bound", s -> s.metrics().fTrue() - s.metrics().fBound()),
    D_PEAK("dPeak", "max D(x) where p_data is at least 1% of its peak", Readout::dPeak),
    PG_PEAK("pgPeak", "max p_g / max p_data", Readout::pgPeak),
    FRECHET("frechet", "squared Fréchet distance between Gaussian fits of real and generated samples (FID's formula)",
            s -> s.metrics().frechet()),
    PRECISION("precision", "share of generated samples inside the real k-NN manifold (k = 3)",
            s -> s.metrics().precision()),
    RECALL("recall", "share of real samples inside the generated k-NN manifold (k = 3)", s -> s.metrics().recall());

    private final String id;
    private final String meaning;
    private final ToDoubleFunction<Snapshot> read;

    Readout(String id, String meaning, ToDoubleFunction<Snapshot> read) {
        this.id = id;
        this.meaning = meaning;
        this.read = read;
    }

    /** The name a claim uses, e.g. "jsd". */
    public String id() {
        return id;
    }

    public String meaning() {
        return meaning;
    }

    public double of(Snapshot s) {
        return read.applyAsDouble(s);
    }

    /** Whether a run must switch on precision and recall for this readout (they compare every pair of points). */
    public boolean needsPrecisionRecall() {
        return this == PRECISION || this == RECALL;
    }

    public static Optional<Readout> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Readout::id).toList();
    }

    private static double dPeak(Snapshot s) {
        double top = max(s.pData());
        double peak = Double.NaN;
        for (int i = 0; i < s.d().length; i++) {
            // far from the data D is extrapolation nobody trains, so only the data's own region counts
            if (s.pData()[i] >= 0.01 * top && !(s.d()[i] <= peak)) {
                peak = s.d()[i];
            }
        }
        return peak;
    }

    private static double pgPeak(Snapshot s) {
        return max(s.pG()) / max(s.pData());
    }

    private static double max(double[] values) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
