package org.ganclassroom.sim.metrics;

import org.ganclassroom.sim.parallel.PartPool;
import org.ganclassroom.sim.parallel.PartRunner;
import org.ganclassroom.sim.parallel.Runners;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.function.DoubleBinaryOperator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link TrianglePushforward2D} split into parts (windows of block rows): the cell masses are the same bits whatever
 * runs the parts, and the same as one whole-grid scan's to rounding, for smooth, folded, partly collapsed and
 * off-grid images.
 */
class PartedPushforward2DTest {
    private static final NoiseMesh2D MESH = new NoiseMesh2D(40);
    private static final Grid2D GRID = new Grid2D(-3, 3, 24);
    private static final int R = 3;

    /** The images: 0 smooth, 1 folded, 2 partly collapsed onto a line, 3 mostly off the grid, 4 a point mass too. */
    private static double[][] image(int which) {
        double[][] z = MESH.noise();
        int k = z[0].length;
        double[] xs = new double[k];
        double[] ys = new double[k];
        DoubleBinaryOperator fx;
        DoubleBinaryOperator fy;
        switch (which) {
            case 0 -> {
                fx = (a, b) -> 0.7 * a + 0.3 * Math.tanh(2 * b) + 0.2;
                fy = (a, b) -> 0.5 * b + 0.25 * a * a - 0.6;
            }
            case 1 -> {
                fx = (a, b) -> Math.abs(a) * 0.8 - 0.5;
                fy = (a, b) -> 0.6 * b + 0.3 * a;
            }
            case 2 -> {
                fx = (a, b) -> 0.6 * a;
                fy = (a, b) -> 0.6 * Math.max(b, 0.5) + 0.1 * a;
            }
            case 3 -> {
                fx = (a, b) -> 2.5 * a + 1;
                fy = (a, b) -> 2.5 * b - 1.5;
            }
            default -> {
                fx = (a, b) -> a > 1 ? 0.37 : 0.5 * a;
                fy = (a, b) -> a > 1 ? -1.21 : 0.5 * b;
            }
        }
        for (int v = 0; v < k; v++) {
            xs[v] = fx.applyAsDouble(z[0][v], z[1][v]);
            ys[v] = fy.applyAsDouble(z[0][v], z[1][v]);
        }
        return new double[][] {xs, ys};
    }

    private static TrianglePushforward2D run(int[] rows, PartRunner runner, double[][] img) {
        TrianglePushforward2D t = new TrianglePushforward2D(GRID, R, MESH, rows);
        runner.run(t.parts(), p -> t.prepare(img[0], img[1], p));
        t.join();
        runner.run(t.parts(), t::deposit);
        t.finish();
        return t;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void theSameBitsWhateverRunsTheParts(int which) {
        double[][] img = image(which);
        int[] rows = {0, 9, 13, 24};
        TrianglePushforward2D first = run(rows, PartRunner.currentThread(), img);
        try (Runners.Threads threads = new Runners.Threads(3); PartPool pool = new PartPool(1, "test-deposit")) {
            for (PartRunner runner : new PartRunner[] {threads, pool, Runners.REVERSED}) {
                TrianglePushforward2D other = run(rows, runner, img);
                assertArrayEquals(first.cellMass(), other.cellMass(), "fine cell masses");
                assertEquals(first.massOutside(), other.massOutside(), 0.0);
            }
        }
        TrianglePushforward2D sequential = new TrianglePushforward2D(GRID, R, MESH, rows);
        sequential.estimate(img[0], img[1]);
        assertArrayEquals(first.cellMass(), sequential.cellMass(), "estimate runs the same parts");
    }

    /** Clipping edges to windows only rounds: the split scan agrees with the whole-grid scan cell by cell. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void windowsAddUpToTheWholeGridScan(int which) {
        double[][] img = image(which);
        TrianglePushforward2D whole = run(new int[] {0, 24}, PartRunner.currentThread(), img);
        TrianglePushforward2D split = run(new int[] {0, 1, 11, 12, 23, 24}, PartRunner.currentThread(), img);
        double[] a = whole.cellMass();
        double[] b = split.cellMass();
        double inside = 0;
        for (int k = 0; k < a.length; k++) {
            assertEquals(a[k], b[k], 1e-15, "fine cell " + k);
            inside += b[k];
        }
        assertEquals(whole.massOutside(), split.massOutside(), 1e-14);
        assertEquals(split.totalMass(), inside + split.massOutside(), 1e-13);
        assertTrue(which != 3 || split.massOutside() > 0.1, "case 3 puts mass off the grid: " + split.massOutside());
        assertTrue(which != 2 && which != 4 || split.degenerateMass() > 0.1,
                "cases 2 and 4 have degenerate triangles: " + split.degenerateMass());
    }
}
