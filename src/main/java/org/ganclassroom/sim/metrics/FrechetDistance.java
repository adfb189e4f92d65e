package org.ganclassroom.sim.metrics;

/**
 * The squared Fréchet (2-Wasserstein) distance between two Gaussians (Dowson &amp; Landau 1982), the number FID
 * reports for the Gaussian fits of real and generated Inception features (Heusel et al. 2017, Section 3):
 * <pre>
 *   d²(N(μ₁,Σ₁), N(μ₂,Σ₂)) = ‖μ₁ − μ₂‖² + tr(Σ₁ + Σ₂ − 2 (Σ₁ Σ₂)^{1/2})
 * </pre>
 * In 1-D this is (μ₁ − μ₂)² + (σ₁ − σ₂)². In 2-D the eigenvalues λ₁, λ₂ of Σ₁Σ₂ are those of the positive
 * semi-definite Σ₁^{1/2} Σ₂ Σ₁^{1/2}, so tr (Σ₁Σ₂)^{1/2} = √λ₁ + √λ₂ = √(tr(Σ₁Σ₂) + 2 √(det Σ₁ · det Σ₂)),
 * a closed form with no matrix square root. Applied here to raw coordinates, not to network features.
 */
public final class FrechetDistance {
    private FrechetDistance() {
    }

    /** d² between the two fits, which must have the same dimension; never negative. */
    public static double squared(GaussianFit a, GaussianFit b) {
        if (a.dimension() != b.dimension()) {
            throw new IllegalArgumentException("fits of different dimension: " + a.dimension() + " and "
                    + b.dimension());
        }
        double dmx = a.mx() - b.mx();
        double dmy = a.my() - b.my();
        double means = dmx * dmx + dmy * dmy;
        if (a.dimension() == 1) {
            double ds = Math.sqrt(Math.max(0, a.cxx())) - Math.sqrt(Math.max(0, b.cxx()));
            return means + ds * ds;
        }
        double trProduct = a.cxx() * b.cxx() + 2 * a.cxy() * b.cxy() + a.cyy() * b.cyy();
        double detProduct = Math.max(0, a.determinant()) * Math.max(0, b.determinant());
        double trSqrt = Math.sqrt(Math.max(0, trProduct + 2 * Math.sqrt(detProduct)));
        // rounding can leave a hair below zero for identical fits
        return Math.max(0, means + a.trace() + b.trace() - 2 * trSqrt);
    }
}
