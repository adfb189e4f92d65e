package org.ganclassroom.sim.data;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Noisy curve: X = c(t) + s·Z with t ~ U(0, 1) and Z ~ N(0, I), for a parametric curve c : [0, 1] → ℝ²
 * (which may jump at given breakpoints, e.g. between the two moons). Density
 * <pre>  p(x) = ∫₀¹ φ_s(x − c(t)) dt,   φ_s(d) = exp(−|d|² / (2s²)) / (2πs²),</pre>
 * evaluated by composite 4-point Gauss–Legendre quadrature on panels that never straddle a breakpoint and
 * are short enough that each covers at most s of arc length, so the integrand (a bump of width ≈ s/|c′(t)|
 * in t) is resolved: relative error ≈ 10⁻⁷ on the presets (panels of 2s would already miss by 10⁻⁵
 * absolute). The nodes c(tⱼ) are precomputed; nodes farther than 9s from x are skipped (their contribution
 * is below e^(−40) of a near node's). The plotting square is the curve's bounding square ± 4.1s
 * plus a 10 % margin.
 */
public final class CurveDistribution2D implements Distribution2D {

    /** A parametric curve on [0, 1]; implementations must not allocate (they are called per sample). */
    public interface Curve {
        double x(double t);

        double y(double t);
    }

    private static final double[] GL_NODES = {
        -0.8611363115940526, -0.3399810435848563, 0.3399810435848563, 0.8611363115940526};
    private static final double[] GL_WEIGHTS = {
        0.3478548451374538, 0.6521451548625461, 0.6521451548625461, 0.3478548451374538};
    /** Longest arc length a panel may cover, in units of the noise s. */
    private static final double PANEL_ARC = 1.0;
    private static final double CUTOFF_SIGMAS = 9.0;

    private final String name;
    private final Curve curve;
    private final double noise;
    private final double[] breakpoints;
    private final double[] nodeX;
    private final double[] nodeY;
    private final double[] nodeW;
    private final double cutoff2;
    private final double lower;
    private final double upper;

    /**
     * @param noise       s, the standard deviation of the isotropic noise around the curve
     * @param breakpoints interior parameters in (0, 1) where c may be discontinuous
     */
    public CurveDistribution2D(String name, Curve curve, double noise, double... breakpoints) {
        if (curve == null) {
            throw new IllegalArgumentException("curve must not be null");
        }
        Gauss.requirePositive(noise, "noise");
        this.name = name;
        this.curve = curve;
        this.noise = noise;
        double[] bp = breakpoints == null ? new double[0] : breakpoints.clone();
        Arrays.sort(bp);
        for (double b : bp) {
            if (!(b > 0.0 && b < 1.0)) {
                throw new IllegalArgumentException("breakpoints must lie in (0, 1), got " + b);
            }
        }
        this.breakpoints = bp;
        double[] edges = new double[bp.length + 2];
        edges[0] = 0.0;
        System.arraycopy(bp, 0, edges, 1, bp.length);
        edges[edges.length - 1] = 1.0;

        int[] panels = new int[edges.length - 1];
        int totalPanels = 0;
        for (int seg = 0; seg < panels.length; seg++) {
            double speed = maxSpeed(edges[seg], edges[seg + 1]);
            if (!Double.isFinite(speed)) {
                throw new IllegalArgumentException(
                        "curve is not finite on [" + edges[seg] + ", " + edges[seg + 1] + ")");
            }
            panels[seg] = Math.max(1,
                    (int) Math.ceil(speed * (edges[seg + 1] - edges[seg]) / (PANEL_ARC * noise)));
            totalPanels += panels[seg];
        }
        int nodes = totalPanels * GL_NODES.length;
        nodeX = new double[nodes];
        nodeY = new double[nodes];
        nodeW = new double[nodes];
        int j = 0;
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        double norm = Gauss.INV_2PI / (noise * noise);
        for (int seg = 0; seg < panels.length; seg++) {
            double a = edges[seg];
            double width = (edges[seg + 1] - a) / panels[seg];
            for (int p = 0; p < panels[seg]; p++) {
                double mid = a + (p + 0.5) * width;
                for (int g = 0; g < GL_NODES.length; g++) {
                    double t = mid + 0.5 * width * GL_NODES[g];
                    nodeX[j] = curve.x(t);
                    nodeY[j] = curve.y(t);
                    // Folding 1/(2πs²) into the weights saves a multiply per density call.
                    nodeW[j] = 0.5 * width * GL_WEIGHTS[g] * norm;
                    minX = Math.min(minX, nodeX[j]);
                    maxX = Math.max(maxX, nodeX[j]);
                    minY = Math.min(minY, nodeY[j]);
                    maxY = Math.max(maxY, nodeY[j]);
                    j++;
                }
            }
        }
        // Nodes sit < s apart along the curve, but its ends lie just beyond the outermost nodes.
        for (double t : edges) {
            double tt = Math.min(t, Math.nextDown(1.0));
            minX = Math.min(minX, curve.x(tt));
            maxX = Math.max(maxX, curve.x(tt));
            minY = Math.min(minY, curve.y(tt));
            maxY = Math.max(maxY, curve.y(tt));
        }
        this.cutoff2 = (CUTOFF_SIGMAS * noise) * (CUTOFF_SIGMAS * noise);
        double cxm = 0.5 * (minX + maxX);
        double cym = 0.5 * (minY + maxY);
        double half = 0.5 * Math.max(maxX - minX, maxY - minY) + Gauss.Z_TAIL_2D * noise;
        half *= 1.0 + 2.0 * Gauss.MARGIN;
        // One square for both axes: centre on the curve's box so neither axis wastes room.
        this.lower = Math.min(cxm, cym) - half;
        this.upper = Math.max(cxm, cym) + half;
    }

    private double maxSpeed(double a, double b) {
        int m = 4000;
        double dt = (b - a) / m;
        double best = 0.0;
        double px = curve.x(a);
        double py = curve.y(a);
        for (int i = 1; i <= m; i++) {
            // Stay strictly inside [a, b): at a breakpoint the next segment's branch takes over.
            double t = i == m ? Math.nextDown(b) : a + i * dt;
            double qx = curve.x(t);
            double qy = curve.y(t);
            best = Math.max(best, Math.hypot(qx - px, qy - py) / (t - (a + (i - 1) * dt)));
            px = qx;
            py = qy;
        }
        return best;
    }

    /**
     * Two moons (sklearn's make_moons curve): for t ∈ [0, ½), θ = 2πt, (cos θ, sin θ); for t ∈ [½, 1),
     * θ = 2π(t − ½), (1 − cos θ, ½ − sin θ); then shifted by (−½, −¼) and scaled by 1.5 so the curve spans
     * x ∈ [−2.25, 2.25], y ∈ [−1.125, 1.125]. Noise s = 0.1.
     */
    public static CurveDistribution2D twoMoons() {
        return new CurveDistribution2D("two moons", new Curve() {
            @Override
            public double x(double t) {
                double raw = t < 0.5 ? Math.cos(2.0 * Math.PI * t) : 1.0 - Math.cos(2.0 * Math.PI * (t - 0.5));
                return 1.5 * (raw - 0.5);
            }

            @Override
            public double y(double t) {
                double raw = t < 0.5 ? Math.sin(2.0 * Math.PI * t) : 0.5 - Math.sin(2.0 * Math.PI * (t - 0.5));
                return 1.5 * (raw - 0.25);
            }
        }, 0.1, 0.5);
    }

    /**
     * Archimedean spiral of one and a half turns: θ = 3πt, r = 0.4 + 1.8t, c(t) = r(cos θ, sin θ), from (0.4, 0)
     * out to (−2.2, 0). Uniform in t (hence in angle), so the inner part is denser per unit length. Noise s = 0.1.
     */
    public static CurveDistribution2D spiral() {
        return new CurveDistribution2D("spiral", new Curve() {
            @Override
            public double x(double t) {
                return (0.4 + 1.8 * t) * Math.cos(3.0 * Math.PI * t);
            }

            @Override
            public double y(double t) {
                return (0.4 + 1.8 * t) * Math.sin(3.0 * Math.PI * t);
            }
        }, 0.1);
    }

    /** Segment from (−2, −1) to (2, 1), c(t) = (−2 + 4t, −1 + 2t), noise s = 0.05. */
    public static CurveDistribution2D line() {
        return new CurveDistribution2D("line", new Curve() {
            @Override
            public double x(double t) {
                return -2.0 + 4.0 * t;
            }

            @Override
            public double y(double t) {
                return -1.0 + 2.0 * t;
            }
        }, 0.05);
    }

    public double noise() {
        return noise;
    }

    public Curve curve() {
        return curve;
    }

    /** Interior parameters where the curve may jump. */
    public double[] breakpoints() {
        return breakpoints.clone();
    }

    /** Number of quadrature nodes used by {@link #density}. */
    public int quadratureNodes() {
        return nodeW.length;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double density(double x, double y) {
        double inv2s2 = 0.5 / (noise * noise);
        double s = 0.0;
        for (int j = 0; j < nodeW.length; j++) {
            double dx = x - nodeX[j];
            double dy = y - nodeY[j];
            double d2 = dx * dx + dy * dy;
            if (d2 < cutoff2) {
                s += nodeW[j] * Math.exp(-d2 * inv2s2);
            }
        }
        return s;
    }

    /**
     * The same curve quadrature, each node's Gaussian integrated over the cells exactly (products of Φ
     * differences), so the masses carry only the quadrature's error.
     */
    @Override
    public void cellMasses(double lower, double upper, int n, double[] out) {
        double[] w = new double[nodeW.length];
        double norm = Gauss.INV_2PI / (noise * noise);
        for (int j = 0; j < w.length; j++) {
            w[j] = nodeW[j] / norm;
        }
        IsotropicGaussianCells.add(nodeX, nodeY, w, w.length, noise, lower, upper, n, out);
    }

    @Override
    public void sample(RandomGenerator rng, double[] xs, double[] ys, int n) {
        for (int i = 0; i < n; i++) {
            double t = rng.nextDouble();
            xs[i] = curve.x(t) + noise * rng.nextGaussian();
            ys[i] = curve.y(t) + noise * rng.nextGaussian();
        }
    }

    @Override
    public double lower() {
        return lower;
    }

    @Override
    public double upper() {
        return upper;
    }

    @Override
    public List<Mode> modes() {
        return List.of();
    }
}
