package org.ganclassroom.sim.train;

import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.config.TrainingSpec;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seeds' Proposition and Theorem, reproduced by the simulator: with G frozen, training D alone drives
 * D(x) onto D*(x) = p_data/(p_data + p_g) and the value V(D,G) onto −log 4 + 2·JSD(p_data ‖ p_g).
 */
class OptimalDiscriminatorTheoryTest {

    @Test
    void frozenGeneratorLetsDiscriminatorReachTheOptimum() {
        ExperimentConfig base = ExperimentPresets.get("mixture2").withSeed(11);
        TrainingSpec t = base.training();
        GanTrainer trainer = new GanTrainer(base);
        Measurement measure = new Measurement(trainer);
        // Let G move away from its initial point first, so p_g overlaps p_data in an interesting way.
        for (int i = 0; i < 400; i++) {
            trainer.step();
        }
        trainer.setGeneratorFrozen(true);
        // Large batches and a small step size keep minibatch noise in D well below the tolerances below.
        trainer.updateSettings(new TrainingSpec(t.objective(), t.optimizer(), t.lrG(), 3e-3, t.beta1(), t.beta2(), 512),
                base.stabilisers());
        Metrics start = measure.measure();
        for (int i = 0; i < 3000; i++) {
            trainer.step();
        }
        trainer.updateSettings(new TrainingSpec(t.objective(), t.optimizer(), t.lrG(), 3e-4, t.beta1(), t.beta2(), 1024),
                base.stabilisers());
        for (int i = 0; i < 1500; i++) {
            trainer.step();
        }
        Metrics end = measure.measure();

        assertEquals(start.jsd(), end.jsd(), 1e-12, "G is frozen, so p_g and the JSD must not move");
        assertTrue(end.dGap() < 0.5 * start.dGap(), "gap to D* must shrink: " + start.dGap() + " -> " + end.dGap());
        // V(D,G) ≤ V(D*,G) = −log 4 + 2·JSD holds exactly on the grid; D approaches it from below.
        assertTrue(end.valueGrid() <= end.theoryValue() + 1e-9);
        assertEquals(end.theoryValue(), end.valueGrid(), 0.01,
                "V(D,G) must settle onto -log 4 + 2 JSD (nats)");
        assertTrue(end.dGap() < 0.03, "mass-weighted mean |D - D*| = " + end.dGap());
    }

    /**
     * The course's default run shows G's moving average; with G frozen mid-run the measured p_g must be the G
     * that D trains against, or D could never reach the D* drawn beside it.
     */
    @Test
    void frozenGeneratorOfTheCourseDefaultIsTheOneDFaces() {
        ExperimentConfig base = ExperimentPresets.get(ExperimentPresets.COURSE_DEFAULT).withSeed(3);
        assertTrue(base.stabilisers().generatorEma(), "this test is about a run that shows G's average");
        GanTrainer trainer = new GanTrainer(base);
        Measurement measure = new Measurement(trainer);
        for (int i = 0; i < 600; i++) {
            trainer.step();
        }
        trainer.setGeneratorFrozen(true);
        Metrics start = measure.measure();
        // the average never feeds back into training, so the same run without it has the same G
        org.ganclassroom.sim.config.Stabilisers.Builder noAverage = base.stabilisers().toBuilder();
        noAverage.generatorEma = false;
        GanTrainer raw = new GanTrainer(base.withStabilisers(noAverage.build()));
        for (int i = 0; i < 600; i++) {
            raw.step();
        }
        assertEquals(new Measurement(raw).measure().jsd(), start.jsd(), 1e-12,
                "with G frozen the plots must show G itself, the generator D is trained against");
        for (int i = 0; i < 2000; i++) {
            trainer.step();
        }
        // a small step size at the end keeps D's minibatch noise below the tolerance
        TrainingSpec t = base.training();
        trainer.updateSettings(new TrainingSpec(t.objective(), t.optimizer(), t.lrG(), 2e-4, t.beta1(), t.beta2(), 1024),
                base.stabilisers());
        for (int i = 0; i < 1000; i++) {
            trainer.step();
        }
        Metrics end = measure.measure();

        assertEquals(start.jsd(), end.jsd(), 1e-12, "G is frozen, so p_g and the JSD must not move");
        assertTrue(end.dGap() < 0.03, "mass-weighted mean |D - D*| = " + end.dGap());
        assertEquals(end.theoryValue(), end.valueGrid(), 0.02, "V(D,G) must settle onto -log 4 + 2 JSD (nats)");
    }
}
