package org.ganclassroom.sim.metrics;

/**
 * The mean and covariance of G(z), z ~ N(0, I₂), from G's values on the vertices of a {@link NoiseMesh2D}: a
 * product rule in z with the normal weight,
 * <pre>  E[f(z)] ≈ Σ_{i,j} w_i w_j f(z_i, z_j),   w_i = α (1 + c (z_i² − 1)) ∫ hat_i(z) φ(z) dz,</pre>
 * hat_i being the piecewise-linear hat function of vertex i on the mesh's axis (the trapezoid rule with the normal
 * weight), and α, c chosen so that the axis rule integrates 1 and z² exactly (z by symmetry); so μ and Σ are exact
 * for every G linear in z. With f = G for μ, then f = (G − μ)(G − μ)ᵀ for Σ, the second pass about μ keeping the
 * digits far from the origin. Integrating G over z rather than taking the moments of the pushforward of the mesh's
 * piecewise-linear interpolant in probability coordinates keeps the interpolant's own widening of the tails (about
 * 0.3 % of a linear G's variance) out of the fit. Allocates only the returned fit.
 */
public final class MeshGaussianFit {
    private final int m;
    private final double[] weight;

    public MeshGaussianFit(NoiseMesh2D mesh) {
        m = mesh.side();
        double[] z = mesh.axis();
        weight = new double[m];
        for (int i = 0; i < m - 1; i++) {
            double h = z[i + 1] - z[i];
            double mass = mesh.axisMass(i);
            // ∫ z φ over the interval is φ(z_i) − φ(z_{i+1})
            double first = phi(z[i]) - phi(z[i + 1]);
            weight[i] += (z[i + 1] * mass - first) / h;
            weight[i + 1] += (first - z[i] * mass) / h;
        }
        double s0 = 0;
        double s2 = 0;
        double s4 = 0;
        for (int i = 0; i < m; i++) {
            double z2 = z[i] * z[i];
            s0 += weight[i];
            s2 += weight[i] * z2;
            s4 += weight[i] * z2 * z2;
        }
        // α·(s0 + c·(s2 − s0)) = 1 and α·(s2 + c·(s4 − s2)) = 1
        double c = (s0 - s2) / (s4 - 2 * s2 + s0);
        double alpha = 1 / (s0 + c * (s2 - s0));
        for (int i = 0; i < m; i++) {
            weight[i] *= alpha * (1 + c * (z[i] * z[i] - 1));
        }
    }

    private static double phi(double z) {
        return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    }

    /** The fit from G's images (xs[k], ys[k]) of the mesh vertices k = j·m + i. */
    public GaussianFit fit(double[] xs, double[] ys) {
        double sx = 0;
        double sy = 0;
        for (int j = 0; j < m; j++) {
            double rx = 0;
            double ry = 0;
            for (int i = 0, k = j * m; i < m; i++, k++) {
                rx += weight[i] * xs[k];
                ry += weight[i] * ys[k];
            }
            sx += weight[j] * rx;
            sy += weight[j] * ry;
        }
        double mx = sx ;
        double my = sy ;
        double cxx = 0;
        double cxy = 0;
        double cyy = 0;
        for (int j = 0; j < m; j++) {
            double rxx = 0;
            double rxy = 0;
            double ryy = 0;
            for (int i = 0, k = j * m; i < m; i++, k++) {
                double dx = xs[k] - mx;
                double dy = ys[k] - my;
                double w = weight[i];
                rxx += w * dx * dx;
                rxy += w * dx * dy;
                ryy += w * dy * dy;
            }
            cxx += weight[j] * rxx;
            cxy += weight[j] * rxy;
            cyy += weight[j] * ryy;
        }
        return GaussianFit.of2D(mx, my, cxx , cxy , cyy );
    }
}
