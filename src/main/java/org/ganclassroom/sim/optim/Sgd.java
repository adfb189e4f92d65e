package org.ganclassroom.sim.optim;

/** Plain gradient descent: θ ← θ − η g. Stateless. */
public final class Sgd implements Optimizer {
    @Override
    public void step(double[] params, double[] grads, double learningRate) {
        for (int i = 0; i < params.length; i++) {
            params[i] -= learningRate * grads[i];
        }
    }

    @Override
    public void reset() {
    }

    @Override
    public Optimizer copy() {
        return new Sgd();
    }
}
