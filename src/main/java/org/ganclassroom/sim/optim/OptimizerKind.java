package org.ganclassroom.sim.optim;

/** The optimizers a run can use. */
public enum OptimizerKind {
    /** θ ← θ − η g. */
    SGD,
    /** v ← μ v + g; θ ← θ − η v. */
    MOMENTUM,
    /** Kingma &amp; Ba 2015 with bias correction. */
    ADAM;

    /**
     * @param beta1 momentum μ for MOMENTUM, β1 for ADAM (ignored by SGD)
     * @param beta2 β2 for ADAM (ignored otherwise)
     */
    public Optimizer create(int paramCount, double beta1, double beta2) {
        if (paramCount < 0) {
            throw new IllegalArgumentException("paramCount must not be negative, was " + paramCount);
        }
        return switch (this) {
            case SGD -> new Sgd();
            case MOMENTUM -> new Momentum(paramCount, beta1);
            case ADAM -> new Adam(paramCount, beta1, beta2);
        };
    }
}
