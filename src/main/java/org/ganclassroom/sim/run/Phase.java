package org.ganclassroom.sim.run;

/**
 * The lines of the minibatch SGD algorithm (Goodfellow et al. 2014, Algorithm 1) that slow motion walks
 * through, one step at a time.
 */
public enum Phase {
    /** Sample m noise samples z⁽¹⁾…z⁽ᵐ⁾ from p_z. */
    SAMPLE_NOISE,
    /** Sample m examples x⁽¹⁾…x⁽ᵐ⁾ from p_data. */
    SAMPLE_DATA,
    /** Update D by ascending its stochastic gradient (k times). */
    UPDATE_D,
    /** Sample fresh noise and update G by descending its stochastic gradient. */
    UPDATE_G,
    /** Between steps (normal speed). */
    IDLE
}
