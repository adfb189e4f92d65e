package org.ganclassroom.sim.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class DataPresetsTest {

    @Test
    void stableIdsInDisplayOrder() {
        assertEquals(List.of("gaussian", "mixture2", "mixture3", "uniform", "lognormal", "far",
                "ring8", "grid25", "moons", "spiral", "line", "gaussian2d", "ring8-pacgan", "grid25-pacgan"),
                DataPresets.ids());
        assertEquals(List.of("gaussian", "mixture2", "mixture3", "uniform", "lognormal", "far"),
                DataPresets.oneDIds());
        assertTrue(DataPresets.isOneD(DataPresets.DEFAULT_1D));
        assertFalse(DataPresets.isOneD(DataPresets.DEFAULT_2D));
        assertEquals("mixture2", DataPresets.DEFAULT_1D);
        assertEquals("ring8", DataPresets.DEFAULT_2D);
    }

    @Test
    void everyIdBuildsItsKindWithNameAndDescription() {
        for (String id : DataPresets.ids()) {
            assertFalse(DataPresets.name(id).isBlank(), id);
            assertFalse(DataPresets.description(id).isBlank(), id);
            if (DataPresets.isOneD(id)) {
                assertTrue(DataPresets.oneD(id).lower() < DataPresets.oneD(id).upper(), id);
                assertThrows(IllegalArgumentException.class, () -> DataPresets.twoD(id));
            } else {
                assertTrue(DataPresets.twoD(id).lower() < DataPresets.twoD(id).upper(), id);
                assertThrows(IllegalArgumentException.class, () -> DataPresets.oneD(id));
            }
        }
    }

    @Test
    void unknownIdListsTheValidOnes() {
        for (Runnable r : List.<Runnable>of(() -> DataPresets.oneD("nope"), () -> DataPresets.twoD("nope"),
                () -> DataPresets.isOneD("nope"), () -> DataPresets.description("nope"),
                () -> DataPresets.oneD(null))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
            for (String id : DataPresets.ids()) {
                assertTrue(e.getMessage().contains(id), e.getMessage());
            }
        }
        IllegalArgumentException wrongKind = assertThrows(IllegalArgumentException.class,
                () -> DataPresets.oneD("ring8"));
        assertTrue(wrongKind.getMessage().contains("2-D") && wrongKind.getMessage().contains("mixture2"),
                wrongKind.getMessage());
    }

    @Test
    void presetParametersAndModes() {
        List<Mode> m2 = DataPresets.oneD("mixture2").modes();
        assertEquals(List.of(new Mode(-2, 0, 0.5), new Mode(2, 0, 0.5)), m2);
        assertEquals(List.of(new Mode(-3, 0, 0.4), new Mode(0, 0, 0.4), new Mode(3, 0, 0.4)),
                DataPresets.oneD("mixture3").modes());
        assertEquals(List.of(new Mode(0, 0, 1)), DataPresets.oneD("gaussian").modes());
        assertTrue(DataPresets.oneD("uniform").modes().isEmpty());
        assertTrue(DataPresets.oneD("lognormal").modes().isEmpty());

        List<Mode> ring = DataPresets.twoD("ring8").modes();
        assertEquals(8, ring.size());
        for (Mode m : ring) {
            assertEquals(2.0, Math.hypot(m.x(), m.y()), 1e-12);
            assertEquals(0.1, m.sigma());
        }
        List<Mode> grid = DataPresets.twoD("grid25").modes();
        assertEquals(25, grid.size());
        assertTrue(grid.contains(new Mode(-4, 4, 0.15)) && grid.contains(new Mode(0, 0, 0.15)));
        assertEquals(List.of(new Mode(0, 0, 1)), DataPresets.twoD("gaussian2d").modes());
        for (String id : List.of("moons", "spiral", "line")) {
            assertTrue(DataPresets.twoD(id).modes().isEmpty(), id);
        }
    }

    @Test
    void lognormalSitsRoughlyInMinusTwoToSix() {
        Distribution1D d = DataPresets.oneD("lognormal");
        assertTrue(d.lower() > -2.5 && d.lower() < -1.5, "lower " + d.lower());
        assertTrue(d.upper() > 5.5 && d.upper() < 7.5, "upper " + d.upper());
        assertEquals(0.0, d.density(-1.5));
        assertTrue(d.cdf(4.0) > 0.99);
    }

    @Test
    void moonsCurveIsTwoArcsSplitAtOneHalf() {
        CurveDistribution2D moons = CurveDistribution2D.twoMoons();
        CurveDistribution2D.Curve c = moons.curve();
        // First moon: (cos θ, sin θ) shifted by (−½, −¼), ×1.5.
        assertEquals(1.5 * 0.5, c.x(0.0), 1e-12);
        assertEquals(1.5 * 0.75, c.y(0.25), 1e-12);
        // Second moon: (1 − cos θ, ½ − sin θ) shifted likewise; starts at (0, ½) → (−0.75, 0.375).
        assertEquals(-0.75, c.x(0.5), 1e-12);
        assertEquals(0.375, c.y(0.5), 1e-12);
        assertEquals(1.5 * 0.5, c.x(0.75), 1e-12);
        assertEquals(1.5 * -0.75, c.y(0.75), 1e-12);
    }

    @Test
    void thePacGanDataAreThePapersMixturesAndThePlotHoldsThem() {
        GaussianMixture2D ring = (GaussianMixture2D) DataPresets.twoD("ring8-pacgan");
        assertEquals(8, ring.modes().size());
        assertEquals(0.01, ring.sigma());
        for (int k = 0; k < 8; k++) {
            Mode m = ring.modes().get(k);
            assertEquals(Math.cos(2 * Math.PI * k / 8), m.x(), 1e-15);
            assertEquals(Math.sin(2 * Math.PI * k / 8), m.y(), 1e-15);
        }
        assertTrue(ring.lower() < -1.04 && ring.upper() > 1.04, "the ring and its 4σ tails are drawn");
        GaussianMixture2D grid = (GaussianMixture2D) DataPresets.twoD("grid25-pacgan");
        assertEquals(25, grid.modes().size());
        assertEquals(0.05, grid.sigma());
        java.util.Set<List<Double>> centres = new java.util.HashSet<>();
        for (Mode m : grid.modes()) {
            centres.add(List.of(m.x(), m.y()));
        }
        for (double x = -4; x <= 4; x += 2) {
            for (double y = -4; y <= 4; y += 2) {
                assertTrue(centres.contains(List.of(x, y)), x + ", " + y);
            }
        }
        assertTrue(grid.lower() < -4.2 && grid.upper() > 4.2, "the plot window holds the grid ±4 with its tails");
    }
}
