package org.ganclassroom.sim.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The precomputed Gauss–Legendre density against an independent, far finer midpoint rule in t. */
class CurveQuadratureTest {
    private static final int REF_NODES_PER_SEGMENT = 100_000;
    private static final int PROBES = 50;

    static Stream<Arguments> curves() {
        return Stream.of(CurveDistribution2D.twoMoons(), CurveDistribution2D.spiral(), CurveDistribution2D.line())
                .map(c -> Arguments.of(c.name(), c));
    }

    /** Midpoint nodes c(tᵢ) on each piece between breakpoints; precomputed so probes cost no trigonometry. */
    private static double[][] referenceNodes(CurveDistribution2D d) {
        CurveDistribution2D.Curve c = d.curve();
        double[] bp = d.breakpoints();
        double[] edges = new double[bp.length + 2];
        System.arraycopy(bp, 0, edges, 1, bp.length);
        edges[edges.length - 1] = 1.0;
        int pieces = edges.length - 1;
        double[] xs = new double[pieces * REF_NODES_PER_SEGMENT];
        double[] ys = new double[xs.length];
        double[] ws = new double[xs.length];
        int k = 0;
        for (int seg = 0; seg < pieces; seg++) {
            double h = (edges[seg + 1] - edges[seg]) / REF_NODES_PER_SEGMENT;
            for (int i = 0; i < REF_NODES_PER_SEGMENT; i++) {
                double t = edges[seg] + (i + 0.5) * h;
                xs[k] = c.x(t);
                ys[k] = c.y(t);
                ws[k++] = h;
            }
        }
        return new double[][] {xs, ys, ws};
    }

    /** ∫₀¹ φ_s(x − c(t)) dt by the midpoint rule. */
    private static double reference(double[][] nodes, double s, double x, double y) {
        double[] xs = nodes[0];
        double[] ys = nodes[1];
        double[] ws = nodes[2];
        double inv = 1.0 / (s * s);
        double sum = 0.0;
        for (int i = 0; i < xs.length; i++) {
            double dx = x - xs[i];
            double dy = y - ys[i];
            double d2 = (dx * dx + dy * dy) * inv;
            if (d2 < 200) {
                sum += ws[i] * Math.exp(-0.5 * d2);
            }
        }
        return sum / (2 * Math.PI * s * s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("curves")
    void densityMatchesFineReference(String name, CurveDistribution2D d) {
        double a = d.lower();
        double step = (d.upper() - a) / PROBES;
        double[][] nodes = referenceNodes(d);
        double[][] ref = new double[PROBES][PROBES];
        double max = 0.0;
        for (int i = 0; i < PROBES; i++) {
            for (int j = 0; j < PROBES; j++) {
                // Offsets keep probes off any symmetry line of the curves.
                ref[i][j] = reference(nodes, d.noise(), a + (i + 0.37) * step, a + (j + 0.61) * step);
                max = Math.max(max, ref[i][j]);
            }
        }
        double worstRel = 0.0;
        double worstAbs = 0.0;
        int checked = 0;
        for (int i = 0; i < PROBES; i++) {
            for (int j = 0; j < PROBES; j++) {
                double got = d.density(a + (i + 0.37) * step, a + (j + 0.61) * step);
                double err = Math.abs(got - ref[i][j]);
                worstAbs = Math.max(worstAbs, err);
                if (ref[i][j] > 1e-3 * max) {
                    worstRel = Math.max(worstRel, err / ref[i][j]);
                    checked++;
                }
            }
        }
        System.out.printf("%s: %d nodes, worst relative error %.2e over %d probes%n",
                name, d.quadratureNodes(), worstRel, checked);
        assertTrue(checked > 50, name + ": only " + checked + " probes where the density matters");
        assertTrue(worstRel < 1e-3, name + ": worst relative error " + worstRel);
        assertTrue(worstAbs < 1e-6 * max + 1e-9, name + ": worst absolute error " + worstAbs);
    }
}
