package org.ganclassroom.sim.train;

import org.ganclassroom.sim.config.Stabilisers;
import org.ganclassroom.sim.config.TrainingSpec;

/** Turns the settings at the moment training blew up into the likely cause, in a student's words. */
final class FailureDiagnosis {
    private FailureDiagnosis() {
    }

    static String likelyCause(TrainingSpec t, Stabilisers s, StepStats stats) {
        boolean critic = t.objective().equals("wasserstein") || t.objective().equals("hinge")
                || t.objective().startsWith("fgan");
        double lrD = t.lrD() * (s.twoTimeScale() ? s.dLrFactor() : 1.0);
        if (Math.max(t.lrG(), lrD) >= 0.05) {
            return "the learning rate is too high (G " + Significant.of(t.lrG(), 3) + ", D " + Significant.of(lrD, 3)
                    + "); try 0.001 or lower, then Reset.";
        }
        if (t.objective().equals("wasserstein") && !s.weightClipping() && !s.gradientPenalty()) {
            return "the Wasserstein critic is unbounded without weight clipping or a gradient penalty; "
                    + "switch one of those chips on, then Reset.";
        }
        if (critic) {
            return "the critic's output grew without bound (objective " + t.objective()
                    + "); lower the learning rates or switch on spectral normalisation, then Reset.";
        }
        return "exploding gradients (last |grad D| = " + Significant.of(stats.gradNormD, 3)
                + ", |grad G| = " + Significant.of(stats.gradNormG, 3)
                + "); lower the learning rates, then Reset.";
    }
}
