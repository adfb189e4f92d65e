package org.ganclassroom.sim.optim;

/** Heavy-ball momentum as PyTorch's SGD(momentum = μ, dampening = 0): v ← μ v + g; θ ← θ − η v, v₀ = 0. */
public final class Momentum implements Optimizer {
    private final double mu;
    private final double[] velocity;

    public Momentum(int paramCount, double mu) {
        if (!(mu >= 0.0 && mu < 1.0)) {
            throw new IllegalArgumentException("momentum must be in [0, 1), was " + mu);
        }
        this.mu = mu;
        this.velocity = new double[paramCount];
    }

    @Override
    public void step(double[] params, double[] grads, double learningRate) {
        double[] v = velocity;
        for (int i = 0; i < v.length; i++) {
            v[i] = mu * v[i] + grads[i];
            params[i] -= learningRate * v[i];
        }
    }

    @Override
    public void reset() {
        java.util.Arrays.fill(velocity, 0.0);
    }

    @Override
    public Optimizer copy() {
        Momentum c = new Momentum(velocity.length, mu);
        System.arraycopy(velocity, 0, c.velocity, 0, velocity.length);
        return c;
    }
}
