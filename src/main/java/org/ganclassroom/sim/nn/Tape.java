package org.ganclassroom.sim.nn;

/**
 * Preallocated buffers for one forward/backward pass of an {@link Mlp} over up to {@code capacity} samples.
 * Layout is "one array per unit": {@code z[layer][unit][sample]}, so that loops over the batch are
 * contiguous and vectorise. A trainer keeps one tape per batch it needs to hold at once (real, fake, eval).
 * Create with {@link Mlp#newTape(int)}.
 */
public interface Tape {
    /** Largest batch this tape can hold. */
    int capacity();

    /** Output of the last {@link Mlp#forward} call: {@code output()[unit][sample]}. */
    double[][] output();
}
