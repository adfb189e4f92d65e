package org.ganclassroom.sim.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ganclassroom.sim.data.DataPresets;
import org.ganclassroom.sim.data.Mode;
import org.junit.jupiter.api.Test;

/** Hand-made sample sets whose PacGAN scores can be worked out on paper. */
class PaperModeScoreTest {
    private static final List<Mode> RING = DataPresets.twoD("ring8-pacgan").modes();
    private static final List<Mode> GRID = DataPresets.twoD("grid25-pacgan").modes();

    @Test
    void samplesSpreadEvenlyOnEveryModeScorePerfectly() {
        double[][] s = new double[2][2400];
        for (int i = 0; i < 2400; i++) {
            Mode m = RING.get(i % 8);
            // within 2σ of its mode, in a direction that varies
            s[0][i] = m.x() + 0.02 * Math.cos(i);
            s[1][i] = m.y() + 0.02 * Math.sin(i);
        }
        PaperModeScore score = PaperModeScore.of(RING, s[0], s[1], 2400);
        assertEquals(8, score.modesCaptured());
        assertEquals(1.0, score.highQualityShare());
        assertEquals(0.0, score.reverseKl(), 1e-12);
        assertArrayEquals(new int[] {300, 300, 300, 300, 300, 300, 300, 300}, score.counts());
    }

    @Test
    void aCollapsedGeneratorOnOneModeHasReverseKlLogK() {
        double[] xs = new double[2500];
        double[] ys = new double[2500];
        java.util.Arrays.fill(xs, 2.0);
        java.util.Arrays.fill(ys, -4.0);
        PaperModeScore score = PaperModeScore.of(GRID, xs, ys, 2500);
        assertEquals(1, score.modesCaptured());
        assertEquals(25, score.modeCount());
        assertEquals(1.0, score.highQualityShare());
        assertEquals(Math.log(25), score.reverseKl(), 1e-12);
    }

    @Test
    void onlyHighQualitySamplesEnterTheModeDistributionAndEmptyModesAddNothing() {
        // K = 8; 300 samples on mode 0, 100 on mode 2, 600 at the centre of the ring (100σ from every mode)
        int n = 1000;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < 300; i++) {
            xs[i] = RING.get(0).x();
            ys[i] = RING.get(0).y();
        }
        for (int i = 300; i < 400; i++) {
            xs[i] = RING.get(2).x();
            ys[i] = RING.get(2).y();
        }
        PaperModeScore score = PaperModeScore.of(RING, xs, ys, n);
        assertEquals(2, score.modesCaptured());
        assertEquals(0.4, score.highQualityShare(), 1e-15);
        // p = (3/4, 0, 1/4, 0, …): KL(p‖u) = ¾ log(8·¾) + ¼ log(8·¼) = log 8 − H(p)
        double expected = 0.75 * Math.log(6) + 0.25 * Math.log(2);
        double entropy = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25));
        assertEquals(expected, score.reverseKl(), 1e-12);
        assertEquals(Math.log(8) - entropy, score.reverseKl(), 1e-12);
    }

    @Test
    void highQualityMeansStrictlyWithinThreeStandardDeviations() {
        // σ = 0.5 and offsets that are exact in binary, so "exactly 3σ" is exactly 3σ
        List<Mode> two = List.of(new Mode(0, 0, 0.5), new Mode(10, 0, 0.5));
        double[] xs = {1.5 - 1e-9, 1.5, 0.875, 5.0};
        double[] ys = {0.0, 0.0, 1.25, 0.0};
        PaperModeScore score = PaperModeScore.of(two, xs, ys, 4);
        // just inside 3σ: in; exactly 3σ: out; (0.875, 1.25) is 3.05σ: out; 10σ: out
        assertEquals(0.25, score.highQualityShare());
        assertEquals(1, score.modesCaptured());
        // the one high-quality sample puts all of p on one of 2 modes
        assertEquals(Math.log(2), score.reverseKl(), 1e-12);
    }

    @Test
    void withoutAnyHighQualitySampleTheReverseKlIsUndefinedAsInThePapersCode() {
        double[] xs = {0.0, 0.1};
        double[] ys = {0.0, -0.1};
        PaperModeScore score = PaperModeScore.of(RING, xs, ys, 2);
        assertEquals(0, score.modesCaptured());
        assertEquals(0.0, score.highQualityShare());
        assertTrue(Double.isNaN(score.reverseKl()));
    }

    @Test
    void aSampleBetweenTwoModesGoesToTheNearerOne() {
        // on the grid, 1.9 from (0,0) towards (2,0): 0.1 = 2σ from (2, 0)
        PaperModeScore score = PaperModeScore.of(GRID, new double[] {1.9}, new double[] {0.0}, 1);
        int[] c = score.counts();
        int at20 = GRID.indexOf(GRID.stream().filter(q -> q.x() == 2.0 && q.y() == 0.0).findFirst().orElseThrow());
        assertEquals(1, c[at20]);
        assertThrows(IllegalArgumentException.class, () -> PaperModeScore.of(GRID, new double[0], new double[0], 0));
    }
}
