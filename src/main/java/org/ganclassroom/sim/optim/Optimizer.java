package org.ganclassroom.sim.optim;

/**
 * A first-order optimizer over one flat parameter array. {@code step} moves {@code params} against
 * {@code grads} (we always minimise), using state sized at construction. No allocation per step.
 */
public interface Optimizer {
    void step(double[] params, double[] grads, double learningRate);

    /** Forgets moment estimates and step counts. */
    void reset();

    /** An optimizer of the same kind in the same state (moments, step count), independent of this one. */
    Optimizer copy();
}
