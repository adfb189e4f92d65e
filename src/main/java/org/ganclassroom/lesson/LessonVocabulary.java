package org.ganclassroom.lesson;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The names a lesson may use: fence languages, experiment presets and lab chips (from the lesson format spec). */
public final class LessonVocabulary {
    private LessonVocabulary() {
    }

    /** Fence languages that become interactive blocks. */
    public static final List<String> BLOCK_LANGUAGES = List.of("quiz", "truefalse", "timeline", "proof", "simulator",
            "dirac");

    /** Losses of a ```dirac block. */
    public static final List<String> DIRAC_LOSSES = List.of("gan", "nonsaturating", "wasserstein");

    /** Regularisers a ```dirac block can switch on (named as the lab chips that do the same). */
    public static final List<String> DIRAC_SWITCHES = List.of("r1", "instancenoise", "gradientpenalty", "ttur");

    /** The Dirac-GAN portrait shows θ and ψ in [−DIRAC_RANGE, DIRAC_RANGE]; a block's start must lie inside. */
    public static final double DIRAC_RANGE = 2.5;

    /** Largest learning rate a ```dirac block may start with (the widget's slider ends there). */
    public static final double DIRAC_MAX_RATE = 1.0;

    /** Fence languages shown as ordinary code ("" is a fence with no language). */
    public static final List<String> CODE_LANGUAGES = List.of("", "text", "java", "python");

    /** Experiment preset names a simulator block or timeline lab may start. */
    public static final List<String> PRESETS = List.of("gaussian", "mixture2", "mixture3", "uniform", "lognormal",
            "far", "ring8", "grid25", "moons", "spiral", "line", "gaussian2d", "ring8-pacgan", "grid25-pacgan",
            "reference", "saturating", "disjoint", "wgan", "wgan-far", "wgan-gp", "settled", "equal-rates",
            "ring8-collapse", "fgan-kl", "fgan-hellinger", "lsgan", "hinge",
            // issue 16: the mode-collapse benchmark's presets
            "ring8-pacgan-gan", "ring8-pacgan-pacgan4", "ring8-pacgan-unrolled", "ring8-pacgan-cured",
            "grid25-pacgan-gan", "grid25-pacgan-pacgan4", "grid25-pacgan-unrolled", "grid25-pacgan-cured");

    /** Lab chip ids a simulator block or timeline lab may switch on. */
    public static final List<String> CHIPS = List.of("nonsaturating", "dsteps", "labelsmoothing", "instancenoise",
            "gradientpenalty", "r1", "spectralnorm", "wasserstein", "ttur", "minibatchstd", "ema", "pacgan", "unrolled");

    static final Set<String> FENCE_LANGUAGES;

    static {
        List<String> all = new ArrayList<>(BLOCK_LANGUAGES);
        all.addAll(CODE_LANGUAGES);
        FENCE_LANGUAGES = Set.copyOf(all);
    }

    /** " (did you mean 'x'?)" when a word is a likely typo of one of the candidates, else "". */
    static String didYouMean(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            if (c.isEmpty()) {
                continue;
            }
            int d = distance(word.toLowerCase(), c.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best != null && bestDistance <= (word.length() <= 3 ? 1 : 2)
                ? " (did you mean '" + best + "'?)" : "";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
