package org.ganclassroom.sim.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The built-in target distributions, addressed by stable ids (safe to store in settings and lesson files).
 * <ul>
 * <li>1-D: {@code gaussian} N(0, 1); {@code mixture2} (default) ½N(−2, 0.5²) + ½N(2, 0.5²);
 * {@code mixture3} ⅓N(−3, 0.4²) + ⅓N(0, 0.4²) + ⅓N(3, 0.4²); {@code uniform} U(−2, 2);
 * {@code lognormal} −1.5 + exp(N(0.5, 0.4²)); {@code far} N(4, 0.5²) plotted from −1.5.</li>
 * <li>2-D: {@code ring8} (default) 8 Gaussians on a circle of radius 2, σ = 0.1; {@code grid25} 5×5 Gaussians
 * on {−4, −2, 0, 2, 4}², σ = 0.15; {@code moons} two moons, noise 0.1; {@code spiral} 1.5-turn spiral,
 * noise 0.1; {@code line} segment (−2, −1)–(2, 1), noise 0.05; {@code gaussian2d} N(0, I);
 * {@code ring8-pacgan} 8 Gaussians at (cos 2πk/8, sin 2πk/8), σ = 0.01, and {@code grid25-pacgan} 25 Gaussians on
 * {−4, −2, 0, 2, 4}², σ = 0.05: the data of PacGAN's Table 1 (Lin et al. 2018).</li>
 * </ul>
 * Every call builds a fresh instance; instances are immutable and thread-safe.
 */
public final class DataPresets {
    public static final String DEFAULT_1D = "mixture2";
    public static final String DEFAULT_2D = "ring8";

    private record Preset(String name, String description, Supplier<Distribution1D> oneD,
                          Supplier<Distribution2D> twoD) {
    }

    private static final Map<String, Preset> PRESETS = new LinkedHashMap<>();

    static {
        one("gaussian", "Gaussian", "A single bell curve N(0, 1): the easiest target.",
                () -> new Gaussian1D(0.0, 1.0));
        one("mixture2", "Two-mode mixture",
                "Two equal bumps at −2 and 2 (σ = 0.5): the classic mode-collapse demo.",
                GaussianMixture1D::twoModes);
        one("mixture3", "Three-mode mixture", "Three equal bumps at −3, 0 and 3 (σ = 0.4).",
                GaussianMixture1D::threeModes);
        one("uniform", "Uniform", "Flat on [−2, 2] with sharp edges, which a smooth generator can only approach.",
                () -> new Uniform1D(-2.0, 2.0));
        one("lognormal", "Skewed (log-normal)",
                "A right-skewed hump with a long right tail: −1.5 + exp(N(0.5, 0.4²)).",
                LogNormal1D::classroomDefault);
        one("far", "One far bump",
                "One bump N(4, 0.5²) far from where the generator starts (near 0): the supports begin disjoint.",
                Gaussian1D::far);
        two("ring8", "Ring of 8 Gaussians",
                "Eight tight blobs (σ = 0.1) on a circle of radius 2: the standard mode-collapse benchmark.",
                GaussianMixture2D::ring8);
        two("grid25", "5×5 grid of Gaussians",
                "25 blobs (σ = 0.15) on a grid with spacing 2 over [−4, 4]².", GaussianMixture2D::grid25);
        two("moons", "Two moons", "Two interleaved half-circles with noise 0.1.", CurveDistribution2D::twoMoons);
        two("spiral", "Spiral", "A spiral of one and a half turns with noise 0.1.", CurveDistribution2D::spiral);
        two("line", "Line", "A thin segment from (−2, −1) to (2, 1), noise 0.05.", CurveDistribution2D::line);
        two("gaussian2d", "2-D Gaussian", "A single round Gaussian N(0, I).", GaussianMixture2D::standard);
        // issue 16: the papers' benchmark data (PacGAN, Lin et al. 2018)
        two("ring8-pacgan", "Ring of 8 (PacGAN benchmark)",
                "PacGAN's ring: eight very tight blobs (σ = 0.01) on the unit circle, as in the papers' tables.",
                GaussianMixture2D::ring8PacGan);
        two("grid25-pacgan", "5×5 grid (PacGAN benchmark)",
                "PacGAN's grid: 25 tight blobs (σ = 0.05) on {−4, −2, 0, 2, 4}², as in the papers' tables.",
                GaussianMixture2D::grid25PacGan);
    }

    private DataPresets() {
    }

    private static void one(String id, String name, String description, Supplier<Distribution1D> s) {
        PRESETS.put(id, new Preset(name, description, s, null));
    }

    private static void two(String id, String name, String description, Supplier<Distribution2D> s) {
        PRESETS.put(id, new Preset(name, description, null, s));
    }

    private static Preset get(String id) {
        Preset p = id == null ? null : PRESETS.get(id);
        if (p == null) {
            throw new IllegalArgumentException("unknown data preset '" + id + "'; valid ids: " + ids());
        }
        return p;
    }

    /** All preset ids, 1-D first, in display order. */
    public static List<String> ids() {
        return List.copyOf(PRESETS.keySet());
    }

    public static List<String> oneDIds() {
        return PRESETS.entrySet().stream().filter(e -> e.getValue().oneD() != null).map(Map.Entry::getKey).toList();
    }

    public static List<String> twoDIds() {
        return PRESETS.entrySet().stream().filter(e -> e.getValue().twoD() != null).map(Map.Entry::getKey).toList();
    }

    public static boolean isOneD(String id) {
        return get(id).oneD() != null;
    }

    /** Human-readable name for menus, e.g. "Two-mode mixture". */
    public static String name(String id) {
        return get(id).name();
    }

    /** One-sentence description for tooltips. */
    public static String description(String id) {
        return get(id).description();
    }

    public static Distribution1D oneD(String id) {
        Preset p = get(id);
        if (p.oneD() == null) {
            throw new IllegalArgumentException("data preset '" + id + "' is 2-D; 1-D ids: " + oneDIds());
        }
        return p.oneD().get();
    }

    public static Distribution2D twoD(String id) {
        Preset p = get(id);
        if (p.twoD() == null) {
            throw new IllegalArgumentException("data preset '" + id + "' is 1-D; 2-D ids: " + twoDIds());
        }
        return p.twoD().get();
    }
}
