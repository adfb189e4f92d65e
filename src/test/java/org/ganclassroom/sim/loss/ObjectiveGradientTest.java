package org.ganclassroom.sim.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every loss's analytic dLoss/dv agrees with central differences, and stays finite for |v| ≤ 50. */
class ObjectiveGradientTest {
    private static final double[] TARGETS = {1.0, 0.9, 0.7, 0.0};

    static java.util.List<String> ids() {
        return Objectives.ids();
    }

    @ParameterizedTest
    @MethodSource("ids")
    void discriminatorGradientMatchesCentralDifferences(String id) {
        Objective o = Objectives.byId(id);
        Random rng = new Random(id.hashCode());
        for (double t : TARGETS) {
            double[] vr = randomV(rng, 5);
            double[] vf = randomV(rng, 7);
            double[] gr = new double[5];
            double[] gf = new double[7];
            o.discriminatorLoss(vr, gr, 5, vf, gf, 7, t);
            double[] sr = new double[5];
            double[] sf = new double[7];
            for (int i = 0; i < 5; i++) {
                final int k = i;
                double fd = centralDifference(vr, k, () -> o.discriminatorLoss(vr, sr, 5, vf, sf, 7, t));
                assertClose(gr[i], fd, id + " real[" + i + "] t=" + t);
            }
            for (int i = 0; i < 7; i++) {
                final int k = i;
                double fd = centralDifference(vf, k, () -> o.discriminatorLoss(vr, sr, 5, vf, sf, 7, t));
                assertClose(gf[i], fd, id + " fake[" + i + "] t=" + t);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("ids")
    void generatorGradientMatchesCentralDifferences(String id) {
        Objective o = Objectives.byId(id);
        Random rng = new Random(31 * id.hashCode());
        double[] vf = randomV(rng, 9);
        double[] gf = new double[9];
        o.generatorLoss(vf, gf, 9);
        double[] sf = new double[9];
        for (int i = 0; i < 9; i++) {
            double fd = centralDifference(vf, i, () -> o.generatorLoss(vf, sf, 9));
            assertClose(gf[i], fd, id + " G[" + i + "]");
        }
    }

    @ParameterizedTest
    @MethodSource("ids")
    void lossesAndGradientsStayFiniteForLargeOutputs(String id) {
        Objective o = Objectives.byId(id);
        double[] v = {-50, -40, -20, -1e-3, 0, 1e-3, 20, 40, 50};
        int n = v.length;
        double[] g1 = new double[n];
        double[] g2 = new double[n];
        for (double t : TARGETS) {
            double d = o.discriminatorLoss(v, g1, n, v, g2, n, t);
            assertTrue(Double.isFinite(d), id + " D loss " + d);
            for (int i = 0; i < n; i++) {
                assertTrue(Double.isFinite(g1[i]) && Double.isFinite(g2[i]), id + " D grad at v=" + v[i]);
            }
        }
        double g = o.generatorLoss(v, g1, n);
        assertTrue(Double.isFinite(g), id + " G loss " + g);
        for (int i = 0; i < n; i++) {
            assertTrue(Double.isFinite(g1[i]), id + " G grad at v=" + v[i]);
            assertTrue(Double.isFinite(o.displayValue(v[i])), id + " display at v=" + v[i]);
        }
    }

    private static double[] randomV(Random rng, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double x;
            do {
                x = -3 + 6 * rng.nextDouble();
            } while (Math.abs(Math.abs(x) - 1) < 1e-3); // hinge kinks at ±1
            v[i] = x;
        }
        return v;
    }

    private static double centralDifference(double[] v, int i, java.util.function.DoubleSupplier loss) {
        double h = 1e-5;
        double keep = v[i];
        v[i] = keep + h;
        double up = loss.getAsDouble();
        v[i] = keep - h;
        double down = loss.getAsDouble();
        v[i] = keep;
        return (up - down) / (2 * h);
    }

    private static void assertClose(double analytic, double fd, String what) {
        double scale = Math.max(Math.abs(analytic), Math.abs(fd));
        if (scale < 1e-12) {
            return; // both zero: a flat hinge region
        }
        double rel = Math.abs(analytic - fd) / scale;
        assertTrue(rel <= 1e-6, what + ": analytic " + analytic + " vs fd " + fd + " rel " + rel);
        assertEquals(Math.signum(analytic), Math.signum(fd), what);
    }
}
