package org.ganclassroom.sim.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Expected values were computed by hand from φ, Φ (φ(0) = 0.398942…, φ(1) = 0.241971…, Φ(−2) = 0.022750…). */
class DrawnPointsTest {

    @Test
    void twoPointKdeDensityAndCdf() {
        DrawnPoints1D d = new DrawnPoints1D(new double[] {0.0, 1.0}, 0.5);
        // Midway both kernels sit 1 bandwidth away: ½·2·φ(1)/0.5 = 2φ(1).
        assertEquals(0.48394144903828673, d.density(0.5), 1e-14);
        // On a point: (φ(0) + φ(2))/(2·0.5).
        assertEquals(0.4529332469146208, d.density(0.0), 1e-14);
        assertEquals(0.5, d.cdf(0.5), 1e-14);
        // ½(Φ(0) + Φ(−2)).
        assertEquals(0.2613750659740896, d.cdf(0.0), 1e-12);
    }

    @Test
    void threePointKde() {
        DrawnPoints1D d = new DrawnPoints1D(new double[] {0.0, 1.0, 3.0}, 1.0);
        // (φ(1) + φ(0) + φ(2))/3 and (Φ(1) + Φ(0) + Φ(−2))/3.
        assertEquals(0.231634657144588, d.density(1.0), 1e-14);
        assertEquals(0.4546982926722407, d.cdf(1.0), 1e-12);
    }

    @Test
    void twoPointKde2D() {
        DrawnPoints2D d = new DrawnPoints2D(new double[] {0.0, 1.0}, new double[] {0.0, 0.0}, 0.5);
        // ½·(1 + e^(−2))/(2π·0.25) at a point; at (½, ½) both squared distances are ½: e^(−1)/(2π·0.25).
        assertEquals(0.361388444787488, d.density(0.0, 0.0), 1e-14);
        assertEquals(0.23419932609727667, d.density(0.5, 0.5), 1e-14);
    }

    @Test
    void silvermanBandwidths() {
        // s = 1.58, IQR/1.34 = 2/1.34 is smaller: h = 0.9·(2/1.34)·5^(−1/5).
        assertEquals(0.9735846228506357, DrawnPoints1D.silvermanBandwidth(new double[] {0, 1, 2, 3, 4}), 1e-12);
        assertEquals(0.9735846228506357, new DrawnPoints1D(new double[] {4, 0, 3, 1, 2}).bandwidth(), 1e-12);
        // Both variances 4/3: h = √(4/3)·4^(−1/6).
        assertEquals(0.916486424665735,
                DrawnPoints2D.silvermanBandwidth(new double[] {0, 2, 0, 2}, new double[] {0, 0, 2, 2}), 1e-12);
        // Nearly coincident clicks fall back to the floor.
        assertEquals(DrawnPoints1D.MIN_BANDWIDTH, DrawnPoints1D.silvermanBandwidth(new double[] {1, 1.001}));
        assertEquals(DrawnPoints2D.MIN_BANDWIDTH,
                DrawnPoints2D.silvermanBandwidth(new double[] {1, 1}, new double[] {2, 2}));
        // Repeated values make the IQR 0; the standard deviation still gives a sensible width.
        double h = DrawnPoints1D.silvermanBandwidth(new double[] {0, 0, 0, 0, 0, 0, 5});
        assertTrue(h > 0.5, "h = " + h);
    }

    @Test
    void badDrawnInputIsRejectedWithAMessageNamingTheProblem() {
        assertMessage(() -> new DrawnPoints1D(null), "null");
        assertMessage(() -> new DrawnPoints1D(new double[] {1.0}), "at least 2");
        assertMessage(() -> new DrawnPoints1D(new double[0]), "at least 2");
        assertMessage(() -> new DrawnPoints1D(new double[] {0.0, Double.NaN, 1.0}), "point 1 is not finite");
        assertMessage(() -> new DrawnPoints1D(new double[] {0.0, Double.POSITIVE_INFINITY}), "not finite");
        assertMessage(() -> new DrawnPoints1D(new double[] {0.0, 1.0}, 0.0), "bandwidth");
        assertMessage(() -> new DrawnPoints1D(new double[] {0.0, 1.0}, Double.NaN), "bandwidth");
        assertMessage(() -> new DrawnPoints2D(new double[] {0, 1}, new double[] {0}), "as many x as y");
        assertMessage(() -> new DrawnPoints2D(new double[] {0}, new double[] {0}), "at least 2");
        assertMessage(() -> new DrawnPoints2D(new double[] {0, 1}, new double[] {0, Double.NaN}), "point 1 is not finite");
        assertMessage(() -> new DrawnPoints2D(null, new double[] {0, 1}), "null");
        assertMessage(() -> new DrawnPoints2D(new double[] {0, 1}, new double[] {0, 1}, -1.0), "bandwidth");
    }

    @Test
    void inputArraysAreCopied() {
        double[] p = {0.0, 1.0};
        DrawnPoints1D d = new DrawnPoints1D(p, 0.5);
        p[0] = 100.0;
        assertEquals(0.48394144903828673, d.density(0.5), 1e-14);
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable e, String fragment) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
        assertTrue(ex.getMessage().contains(fragment), "message '" + ex.getMessage() + "' lacks '" + fragment + "'");
    }
}
