package org.ganclassroom.sim.train;

import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.config.ExperimentState;
import org.ganclassroom.sim.config.TrainingSpec;
import org.ganclassroom.sim.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

import java.util.stream.DoubleStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs that leave the sane range are failures, reported with step and cause, and keep the last sane weights. */
class SaneRangeTest {

    private static ExperimentConfig config(String preset, String objective, OptimizerKind opt, double lr) {
        ExperimentConfig c = ExperimentPresets.get(preset);
        TrainingSpec t = c.training();
        return c.withTraining(new TrainingSpec(objective, opt, lr, lr, t.beta1(), t.beta2(), t.batchSize()));
    }

    private static GanTrainer runUntilFailure(ExperimentConfig c, int steps) {
        GanTrainer trainer = new GanTrainer(c);
        for (int i = 0; i < steps && trainer.step(); i++) {
            // the trainer stops itself when the run leaves the sane range
        }
        return trainer;
    }

    private static void assertKeptLastSaneState(GanTrainer trainer) {
        TrainingFailure f = trainer.failure();
        assertEquals(f.step() - 1, f.savedStep());
        ExperimentState s = trainer.state();
        assertEquals(f.savedStep(), s.step());
        for (double[] w : new double[][] {s.generator(), s.discriminator()}) {
            assertTrue(DoubleStream.of(w).allMatch(v -> Math.abs(v) <= SaneRange.MAX_MAGNITUDE), "finite, sane weights");
        }
        Metrics m = new Measurement(trainer).measure();
        assertTrue(Double.isFinite(m.jsd()) && Double.isFinite(m.massOutside()), "the kept state measures: " + m);
    }

    @Test
    void fganKlWithSgdAtRateOneOnTheRingIsAFailure() {
        // on the old code this ran 2 000 steps to a D loss of 8e6, all mass off the plot, and exit 0
        GanTrainer trainer = runUntilFailure(config("ring8", "fgan-kl", OptimizerKind.SGD, 1.0), 2000);
        assertNotNull(trainer.failure(), "a runaway critic is a failure");
        assertTrue(trainer.failure().what().contains("beyond the sane range"), trainer.failure().what());
        assertTrue(trainer.failure().message().startsWith("Training blew up at step " + trainer.failure().step() + ": "));
        assertKeptLastSaneState(trainer);
    }

    @Test
    void hellingerWithAdamAndStrongR1IsAFailure() {
        ExperimentConfig c = TrainerFixtures.withChips(config("mixture2", "fgan-hellinger", OptimizerKind.ADAM, 1.0),
                b -> {
                    b.r1 = true;
                    b.r1Gamma = 79;
                });
        GanTrainer trainer = runUntilFailure(c, 2000);
        assertNotNull(trainer.failure(), "a D loss in the hundreds of thousands and rising is a failure");
        assertKeptLastSaneState(trainer);
    }

    @Test
    void everyKindOfOutOfRangeNumberIsNamed() {
        SaneRange r = new SaneRange();
        double[] fine = {0.5, -3};
        assertNull(r.check("generator", 0.7, 12, fine));
        assertEquals("the discriminator loss became NaN", r.check("discriminator", Double.NaN, 1, fine));
        assertEquals("the discriminator loss reached -2.9e+63, beyond the sane range ±1e+06",
                r.check("discriminator", -2.9e63, 1, fine));
        assertEquals("the generator's gradient norm became infinite",
                r.check("generator", 0.1, Double.POSITIVE_INFINITY, fine));
        assertEquals("the generator's weights became NaN", r.check("generator", 0.1, 1, new double[] {1, Double.NaN}));
        assertEquals("a weight of the generator became infinite",
                r.check("generator", 0.1, 1, new double[] {Double.NEGATIVE_INFINITY, 1}));
        assertEquals("a weight of the discriminator reached 3e+07, beyond the sane range ±1e+06",
                r.check("discriminator", 0.1, 1, new double[] {3e7}));
    }

    @Test
    void samplesOffThePlotForALongStretchAreAFailure() {
        SaneRange r = new SaneRange();
        int m = 100;
        double[][] off = new double[1][m];
        java.util.Arrays.fill(off[0], 50.0);
        double[][] oneIn = new double[1][m];
        java.util.Arrays.fill(oneIn[0], 50.0);
        oneIn[0][0] = 0;
        oneIn[0][1] = 1; // 98 % outside: not "essentially all"
        for (int i = 1; i < SaneRange.OUTSIDE_STEPS; i++) {
            assertNull(r.checkOutside(off, 1, m, -4.5, 4.5));
        }
        assertNull(r.checkOutside(oneIn, 1, m, -4.5, 4.5), "a batch back inside restarts the count");
        for (int i = 1; i < SaneRange.OUTSIDE_STEPS; i++) {
            assertNull(r.checkOutside(off, 1, m, -4.5, 4.5));
        }
        assertEquals("essentially all generated samples (at least 99 %) stayed outside the plotted range [-4.5, 4.5]"
                + " for 500 steps", r.checkOutside(off, 1, m, -4.5, 4.5));
    }

    @Test
    void healthyPresetsStayInsideTheRange() {
        for (String preset : ExperimentPresets.names()) {
            // the benchmark's presets have 64-wide nets (and k unrolled steps): fewer steps keep verify quick
            int steps = org.ganclassroom.sim.config.BenchmarkPresets.contains(preset) ? 100 : 300;
            GanTrainer trainer = runUntilFailure(ExperimentPresets.get(preset), steps);
            assertNull(trainer.failure(), () -> preset + ": " + trainer.failure().message());
        }
    }
}
