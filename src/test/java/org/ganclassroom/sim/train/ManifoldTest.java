package org.ganclassroom.sim.train;

import org.ganclassroom.sim.nn.Activation;
import org.ganclassroom.sim.nn.Mlp;
import org.ganclassroom.sim.nn.MlpSpec;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ManifoldTest {

    private static Mlp generator(int noiseDim, List<Integer> hidden, long seed) {
        Mlp g = new Mlp(new MlpSpec(noiseDim, hidden, Activation.TANH, 2));
        g.initialise(new SplittableRandom(seed));
        return g;
    }

    private static void assertSameLines(double[][][] want, double[][][] got) {
        assertEquals(want.length, got.length);
        for (int l = 0; l < want.length; l++) {
            for (int d = 0; d < want[l].length; d++) {
                assertArrayEquals(want[l][d], got[l][d], 0, "line " + l + ", coordinate " + d);
            }
        }
    }

    @Test
    void eachLineIsTheGeneratorAlongOneNoiseAxis() {
        Mlp g = generator(2, List.of(8), 1);
        double[][][] lines = Manifold.lines(g, 3, 5, 2.0);
        assertEquals(6, lines.length);
        // line 1 runs along z1 with z2 = 0 (the middle of three), line 3 + 2 along z2 with z1 = +2
        double[][] z = {{-2, -1, 0, 1, 2, 2, 2, 2, 2, 2}, {0, 0, 0, 0, 0, -2, -1, 0, 1, 2}};
        double[][] out = g.evaluate(g.newTape(10), z, 10);
        for (int i = 0; i < 5; i++) {
            assertEquals(out[0][i], lines[1][0][i], 0);
            assertEquals(out[1][i], lines[1][1][i], 0);
            assertEquals(out[0][5 + i], lines[5][0][i], 0);
            assertEquals(out[1][5 + i], lines[5][1][i], 0);
        }
    }

    @Test
    void aTracerGivesWhatAFreshCallGivesWhileWeightsAndShapesChange() {
        Manifold.Tracer tracer = new Manifold.Tracer();
        Mlp g = generator(2, List.of(16, 16), 2);
        assertSameLines(Manifold.lines(g, 11, 48, 2.5), tracer.lines(g, 11, 48, 2.5));
        // training moves the weights: the kept buffers must not keep old values
        g.params()[3] += 0.5;
        assertSameLines(Manifold.lines(g, 11, 48, 2.5), tracer.lines(g, 11, 48, 2.5));
        // another grid, another architecture, one noise dimension: buffers are made again as needed
        assertSameLines(Manifold.lines(g, 4, 9, 1.0), tracer.lines(g, 4, 9, 1.0));
        Mlp wider = generator(2, List.of(32), 3);
        assertSameLines(Manifold.lines(wider, 11, 48, 2.5), tracer.lines(wider, 11, 48, 2.5));
        Mlp oneNoise = generator(1, List.of(8), 4);
        double[][][] curve = tracer.lines(oneNoise, 11, 48, 2.5);
        assertEquals(1, curve.length);
        assertSameLines(Manifold.lines(oneNoise, 11, 48, 2.5), curve);
        // results are the caller's to keep: the next call does not overwrite them
        double before = curve[0][0][7];
        tracer.lines(oneNoise, 11, 48, 2.5);
        assertEquals(before, curve[0][0][7], 0);
    }

    @Test
    void refusesAnEmptyGrid() {
        Mlp g = generator(2, List.of(4), 5);
        assertThrows(IllegalArgumentException.class, () -> new Manifold.Tracer().lines(g, 0, 5, 1));
        assertThrows(IllegalArgumentException.class, () -> Manifold.lines(g, 3, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Manifold.lines(g, 3, 5, 0));
    }
}
