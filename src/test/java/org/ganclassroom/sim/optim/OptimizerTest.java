package org.ganclassroom.sim.optim;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptimizerTest {
    @Test
    void kindsCreateTheirOptimizer() {
        assertInstanceOf(Sgd.class, OptimizerKind.SGD.create(3, 0.9, 0.999));
        assertInstanceOf(Momentum.class, OptimizerKind.MOMENTUM.create(3, 0.9, 0.999));
        assertInstanceOf(Adam.class, OptimizerKind.ADAM.create(3, 0.9, 0.999));
        assertThrows(IllegalArgumentException.class, () -> OptimizerKind.ADAM.create(3, 1.0, 0.999));
        assertThrows(IllegalArgumentException.class, () -> OptimizerKind.ADAM.create(3, 0.5, -0.1));
        assertThrows(IllegalArgumentException.class, () -> OptimizerKind.MOMENTUM.create(3, 1.5, 0));
        assertThrows(IllegalArgumentException.class, () -> OptimizerKind.SGD.create(-1, 0, 0));
    }

    @Test
    void sgdStep() {
        double[] p = {1.0, -2.0};
        OptimizerKind.SGD.create(2, 0, 0).step(p, new double[] {0.5, -4.0}, 0.1);
        assertEquals(0.95, p[0], 1e-15);
        assertEquals(-1.6, p[1], 1e-15);
    }

    @Test
    void momentumSteps() {
        double[] p = {1.0};
        Optimizer opt = OptimizerKind.MOMENTUM.create(1, 0.9, 0);
        opt.step(p, new double[] {2.0}, 0.1);   // v = 2, θ = 1 − 0.2
        assertEquals(0.8, p[0], 1e-15);
        opt.step(p, new double[] {1.0}, 0.1);   // v = 0.9·2 + 1 = 2.8, θ = 0.8 − 0.28
        assertEquals(0.52, p[0], 1e-15);
        opt.reset();
        opt.step(p, new double[] {1.0}, 0.1);   // v = 1
        assertEquals(0.42, p[0], 1e-15);
    }

    @Test
    void adamStepsMatchHandComputedValues() {
        double b1 = 0.9, b2 = 0.999, lr = 0.01;
        double[] p = {0.5, 0.0};
        Optimizer opt = OptimizerKind.ADAM.create(2, b1, b2);
        // step 1: m̂ = g, ŝ = g², so θ moves by lr·g/(|g| + ε)
        opt.step(p, new double[] {2.0, 0.0}, lr);
        assertEquals(0.5 - lr * 2.0 / (2.0 + 1e-8), p[0], 1e-15);
        assertEquals(0.0, p[1]);
        // step 2 with g = −1: m = 0.9·0.2 + 0.1·(−1) = 0.08, s = 0.999·0.004 + 0.001·1 = 0.004996
        double m = 0.08, s = 0.004996;
        double expected = p[0] - lr * (m / (1 - b1 * b1)) / (Math.sqrt(s / (1 - b2 * b2)) + 1e-8);
        opt.step(p, new double[] {-1.0, 0.0}, lr);
        assertEquals(expected, p[0], 1e-15);
        assertEquals(2, ((Adam) opt).steps());
        opt.reset();
        assertEquals(0, ((Adam) opt).steps());
        double before = p[0];
        opt.step(p, new double[] {-3.0, 0.0}, lr);
        assertEquals(before + lr * 3.0 / (3.0 + 1e-8), p[0], 1e-15);
    }

    @Test
    void adamMinimisesAQuadratic() {
        // f(θ) = Σ a_i (θ_i − c_i)², badly scaled
        double[] a = {100.0, 1.0, 0.01};
        double[] c = {1.0, -2.0, 3.0};
        double[] p = new double[3];
        double[] g = new double[3];
        Optimizer opt = OptimizerKind.ADAM.create(3, 0.9, 0.999);
        for (int t = 0; t < 20_000; t++) {
            for (int i = 0; i < 3; i++) {
                g[i] = 2 * a[i] * (p[i] - c[i]);
            }
            opt.step(p, g, t < 10_000 ? 0.01 : 0.001);
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(c[i], p[i], 1e-3, "coordinate " + i);
        }
    }

    @Test
    void sgdAndMomentumMinimiseAQuadratic() {
        for (OptimizerKind kind : new OptimizerKind[] {OptimizerKind.SGD, OptimizerKind.MOMENTUM}) {
            double[] p = {5.0};
            Optimizer opt = kind.create(1, 0.9, 0.999);
            for (int t = 0; t < 2_000; t++) {
                opt.step(p, new double[] {2 * (p[0] - 1.0)}, 0.01);
            }
            assertTrue(Math.abs(p[0] - 1.0) < 1e-6, kind + " ended at " + p[0]);
        }
    }
}
