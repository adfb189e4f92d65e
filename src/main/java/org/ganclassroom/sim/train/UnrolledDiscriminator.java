package org.ganclassroom.sim.train;

import org.ganclassroom.sim.config.Stabilisers;
import org.ganclassroom.sim.loss.Objective;
import org.ganclassroom.sim.nn.HessianVector;
import org.ganclassroom.sim.nn.Mlp;
import org.ganclassroom.sim.nn.Tape;

/**
 * The unrolled discriminator of Metz et al. (2017) for G's update: a copy of D takes k gradient steps
 * θ^{i+1} = θ^i − η ∇_θ L_D(θ^i; real, fake) on one batch, and G's loss is L_G(fake; θ^k). The <b>true</b>
 * gradient differentiates through the steps: with λ_k = ∂L_G/∂θ^k and x̄ = ∂L_G/∂fake at θ^k, for i = k−1 … 0,
 * x̄ −= η (∂²L_D/∂fake ∂θ)(θ^i) λ_{i+1} and λ_i = λ_{i+1} − η (∂²L_D/∂θ²)(θ^i) λ_{i+1}, both exact
 * ({@link HessianVector}). The <b>first-order</b> variant keeps only x̄ at θ^k: G sees the moved D but not how
 * D's moves depend on G. The unrolled steps are plain gradient steps on the objective's D loss, without
 * penalties or clipping, from D's effective weights (W/σ under spectral normalisation). Objectives without a
 * {@link Objective#discriminatorCurvature curvature} get the first-order variant.
 */
final class UnrolledDiscriminator {
    private final Mlp copy;
    private final double[][] thetas;
    private final double[] lambda;
    private final double[] hTheta;
    private int capacity;
    private Tape bothTape;
    private Tape fakeTape;
    private double[][] both;
    private double[][] gradBoth;
    private double[][] hx;
    private double[][] gradFake;
    private double[] vReal;
    private double[] vFake;
    private double[] gReal;
    private double[] gFake;
    private HessianVector hessian;
    /** The objective and real label of the call in progress, for {@link #derivatives}. */
    private Objective objective;
    private double realTarget;
    private final HessianVector.LossDerivatives derivatives = this::derivatives;

    UnrolledDiscriminator(Mlp d) {
        copy = new Mlp(d.spec());
        thetas = new double[Stabilisers.MAX_UNROLL][d.paramCount()];
        lambda = new double[d.paramCount()];
        hTheta = new double[d.paramCount()];
    }

    private void allocate(int m) {
        if (capacity == m) {
            return;
        }
        capacity = m;
        int rows = copy.inputDim();
        bothTape = copy.newTape(2 * m);
        fakeTape = copy.newTape(m);
        both = new double[rows][2 * m];
        gradBoth = new double[1][2 * m];
        hx = new double[rows][2 * m];
        gradFake = new double[1][m];
        vReal = new double[m];
        vFake = new double[m];
        gReal = new double[m];
        gFake = new double[m];
        hessian = new HessianVector(copy, 2 * m);
    }

    /**
     * G's loss at D unrolled k steps; writes its gradient with respect to D's fake input
     * {@code fakeIn[rows][m]} into {@code dFake[rows][m]}.
     */
    double generatorGradient(Mlp d, Objective objective, double realTarget, double[][] realIn, double[][] fakeIn,
                             int m, int k, double lr, boolean firstOrder, double[][] dFake) {
        allocate(m);
        int rows = copy.inputDim();
        d.copyFunctionTo(copy);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(realIn[r], 0, both[r], 0, m);
            System.arraycopy(fakeIn[r], 0, both[r], m, m);
        }
        // asked on empty batches: only whether the objective has a curvature at all
        boolean exact = !firstOrder && objective.discriminatorCurvature(vReal, gReal, 0, vFake, gFake, 0);
        for (int i = 0; i < k; i++) {
            if (exact) {
                System.arraycopy(copy.params(), 0, thetas[i], 0, copy.paramCount());
            }
            copy.zeroGrads();
            double[] v = copy.forward(bothTape, both, 2 * m)[0];
            lossFirst(objective, realTarget, v, gradBoth[0], m);
            copy.backward(bothTape, gradBoth, null, 2 * m);
            double[] p = copy.params(), g = copy.grads();
            for (int j = 0; j < p.length; j++) {
                p[j] -= lr * g[j];
            }
        }
        copy.zeroGrads();
        double[] v = copy.forward(fakeTape, fakeIn, m)[0];
        double loss = objective.generatorLoss(v, gradFake[0], m);
        copy.backward(fakeTape, gradFake, dFake, m);
        if (!exact) {
            return loss;
        }
        System.arraycopy(copy.grads(), 0, lambda, 0, lambda.length);
        this.objective = objective;
        this.realTarget = realTarget;
        for (int i = k - 1; i >= 0; i--) {
            System.arraycopy(thetas[i], 0, copy.params(), 0, copy.paramCount());
            java.util.Arrays.fill(hTheta, 0.0);
            hessian.apply(both, 2 * m, derivatives, lambda, hTheta, hx);
            for (int r = 0; r < rows; r++) {
                double[] dst = dFake[r], src = hx[r];
                for (int b = 0; b < m; b++) {
                    dst[b] -= lr * src[m + b];
                }
            }
            for (int j = 0; j < lambda.length; j++) {
                lambda[j] -= lr * hTheta[j];
            }
        }
        return loss;
    }

    /** dL_D/dv for the real half v[0..m) and the fake half v[m..2m) into out. */
    private void lossFirst(Objective objective, double realTarget, double[] v, double[] out, int m) {
        System.arraycopy(v, 0, vReal, 0, m);
        System.arraycopy(v, m, vFake, 0, m);
        objective.discriminatorLoss(vReal, gReal, m, vFake, gFake, m, realTarget);
        System.arraycopy(gReal, 0, out, 0, m);
        System.arraycopy(gFake, 0, out, m, m);
    }

    /** ℓ' and ℓ'' of L_D for the 2m outputs v (real half first). */
    private void derivatives(double[] v, double[] first, double[] second, int n) {
        lossFirst(objective, realTarget, v, first, n / 2);
        lossSecond(objective, v, second, n / 2);
    }

    private void lossSecond(Objective objective, double[] v, double[] out, int m) {
        System.arraycopy(v, 0, vReal, 0, m);
        System.arraycopy(v, m, vFake, 0, m);
        objective.discriminatorCurvature(vReal, gReal, m, vFake, gFake, m);
        System.arraycopy(gReal, 0, out, 0, m);
        System.arraycopy(gFake, 0, out, m, m);
    }
}
