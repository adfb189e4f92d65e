package org.ganclassroom.sim.dirac;

/**
 * The two eigenvalues of a real 2×2 matrix [[a, b], [c, d]]: λ = τ/2 ± √(τ²/4 − Δ) with trace τ = a + d and
 * determinant Δ = ad − bc; a complex pair when τ²/4 &lt; Δ. The first has the larger real part (or the
 * non-negative imaginary part).
 */
public record EigenPair(double re1, double im1, double re2, double im2) {
    public static EigenPair of(double a, double b, double c, double d) {
        double half = (a + d) / 2;
        double disc = half * half - (a * d - b * c);
        if (disc >= 0) {
            double r = Math.sqrt(disc);
            return new EigenPair(half + r, 0, half - r, 0);
        }
        double i = Math.sqrt(-disc);
        return new EigenPair(half, i, half, -i);
    }

    /** The larger real part: the continuous flow converges near the point when it is negative. */
    public double maxRealPart() {
        return Math.max(re1, re2);
    }

    /** max |λ|: an iteration converges near its fixed point when it is below 1 and moves away when above. */
    public double spectralRadius() {
        return Math.max(Math.hypot(re1, im1), Math.hypot(re2, im2));
    }

    public boolean isComplex() {
        return im1 != 0;
    }
}
