package org.ganclassroom.sim.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Distribution2DTest {
    private static final int N = 200_000;
    /** Grid cells per axis: a multiple of HIST so histogram cells align; spacing ≤ σ/3 for every target. */
    private static final int G = 704;
    private static final int HIST = 8;

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> targets() {
        return Targets.twoD();
    }

    /** Midpoint-rule masses of the G×G cells of the plotting square; cached because density calls are costly. */
    private static final Map<String, double[][]> GRIDS = new ConcurrentHashMap<>();

    private static double[][] cellMass(String key, Distribution2D d) {
        return GRIDS.computeIfAbsent(key, k -> {
            double a = d.lower();
            double h = (d.upper() - a) / G;
            double[][] m = new double[G][G];
            for (int i = 0; i < G; i++) {
                for (int j = 0; j < G; j++) {
                    m[i][j] = d.density(a + (i + 0.5) * h, a + (j + 0.5) * h) * h * h;
                }
            }
            return m;
        });
    }

    private static double cellCentre(Distribution2D d, int i) {
        double h = (d.upper() - d.lower()) / G;
        return d.lower() + (i + 0.5) * h;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void densityIntegratesToOneOverPlottingSquare(String name, Distribution2D d) {
        double[][] m = cellMass(name, d);
        double total = Arrays.stream(m).flatMapToDouble(Arrays::stream).sum();
        assertEquals(1.0, total, 1e-3, name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void sampleMeanAndVarianceMatchDensityMoments(String name, Distribution2D d) {
        double[][] m = cellMass(name, d);
        double total = 0;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < G; i++) {
            for (int j = 0; j < G; j++) {
                total += m[i][j];
                mx += m[i][j] * cellCentre(d, i);
                my += m[i][j] * cellCentre(d, j);
            }
        }
        mx /= total;
        my /= total;
        double vx = 0;
        double vy = 0;
        double kx = 0;
        double ky = 0;
        for (int i = 0; i < G; i++) {
            for (int j = 0; j < G; j++) {
                double dx = cellCentre(d, i) - mx;
                double dy = cellCentre(d, j) - my;
                vx += m[i][j] * dx * dx;
                vy += m[i][j] * dy * dy;
                kx += m[i][j] * dx * dx * dx * dx;
                ky += m[i][j] * dy * dy * dy * dy;
            }
        }
        vx /= total;
        vy /= total;
        kx /= total;
        ky /= total;

        double[] xs = new double[N];
        double[] ys = new double[N];
        d.sample(new SplittableRandom(2024), xs, ys, N);
        double smx = Arrays.stream(xs).average().orElseThrow();
        double smy = Arrays.stream(ys).average().orElseThrow();
        double svx = Arrays.stream(xs).map(x -> (x - smx) * (x - smx)).sum() / (N - 1);
        double svy = Arrays.stream(ys).map(y -> (y - smy) * (y - smy)).sum() / (N - 1);
        // 5 standard errors, plus 2e-4·width for the grid moments missing the ≤ 1e-4 mass outside the square.
        double slack = 2e-4 * (d.upper() - d.lower());
        assertEquals(mx, smx, 5 * Math.sqrt(vx / N) + slack, name + " mean x");
        assertEquals(my, smy, 5 * Math.sqrt(vy / N) + slack, name + " mean y");
        assertEquals(vx, svx, 5 * Math.sqrt((kx - vx * vx) / N) + slack, name + " var x");
        assertEquals(vy, svy, 5 * Math.sqrt((ky - vy * vy) / N) + slack, name + " var y");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void histogramOfSamplesMatchesDensity(String name, Distribution2D d) {
        double[][] m = cellMass(name, d);
        int per = G / HIST;
        double[][] expected = new double[HIST][HIST];
        for (int i = 0; i < G; i++) {
            for (int j = 0; j < G; j++) {
                expected[i / per][j / per] += m[i][j];
            }
        }
        double[] xs = new double[N];
        double[] ys = new double[N];
        d.sample(new SplittableRandom(31337), xs, ys, N);
        double a = d.lower();
        double w = (d.upper() - a) / HIST;
        int[][] counts = new int[HIST][HIST];
        int outside = 0;
        for (int k = 0; k < N; k++) {
            int i = (int) Math.floor((xs[k] - a) / w);
            int j = (int) Math.floor((ys[k] - a) / w);
            if (i < 0 || j < 0 || i >= HIST || j >= HIST) {
                outside++;
            } else {
                counts[i][j]++;
            }
        }
        assertTrue(outside <= 60, name + ": " + outside + " of " + N + " samples outside the plotting square");
        for (int i = 0; i < HIST; i++) {
            for (int j = 0; j < HIST; j++) {
                double p = expected[i][j];
                double f = (double) counts[i][j] / N;
                // 5 binomial standard errors plus the quadrature's 1e-4 absolute error.
                double tol = 5 * Math.sqrt(p * (1 - p) / N) + 1e-4;
                assertEquals(p, f, tol, name + " cell (" + i + "," + j + ")");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void sameSeedGivesIdenticalSamplesAndOnlyTheGivenGeneratorIsUsed(String name, Distribution2D d) {
        double[] ax = new double[1000];
        double[] ay = new double[1000];
        double[] bx = new double[1000];
        double[] by = new double[1000];
        double[] cx = new double[1000];
        double[] cy = new double[1000];
        d.sample(new SplittableRandom(5), ax, ay, 1000);
        d.sample(new SplittableRandom(6), cx, cy, 1000);
        CountingRandom counting = new CountingRandom(5);
        d.sample(counting, bx, by, 1000);
        assertArrayEquals(ax, bx, name);
        assertArrayEquals(ay, by, name);
        assertFalse(Arrays.equals(ax, cx), name + ": different seeds gave identical samples");
        assertTrue(counting.calls() >= 2000, name + ": generator called only " + counting.calls() + " times");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void modesLieInsideThePlottingSquare(String name, Distribution2D d) {
        for (Mode mode : d.modes()) {
            assertTrue(mode.x() - 4 * mode.sigma() > d.lower() && mode.x() + 4 * mode.sigma() < d.upper(), name);
            assertTrue(mode.y() - 4 * mode.sigma() > d.lower() && mode.y() + 4 * mode.sigma() < d.upper(), name);
            assertTrue(d.density(mode.x(), mode.y()) > 0.0, name);
        }
    }
}
