package org.ganclassroom.sim.config;

/**
 * A learning-rate decay late in training, for both players: at step t (the number of steps already taken) each
 * learning rate is multiplied by
 * <pre>
 *   f(t) = 1                                  for t ≤ start,
 *   f(t) = factor^((t − start) / steps)       for start &lt; t &lt; start + steps (geometric, from 1 down to factor),
 *   f(t) = factor                             for t ≥ start + steps.
 * </pre>
 * Smaller steps late let the samples settle tightly onto the modes instead of jittering around them. The
 * schedule is in absolute steps because a live run has no planned length.
 *
 * @param enabled whether the rates decay at all (off: f = 1 always)
 * @param start   steps taken before the decay begins, 0..10⁹
 * @param steps   length of the decay, 1..10⁹
 * @param factor  the final multiplier, in (0, 1]
 */
public record LrDecay(boolean enabled, long start, long steps, double factor) {
    public static final long MAX_STEPS = 1_000_000_000L;

    public LrDecay {
        if (start < 0 || start > MAX_STEPS) {
            throw new IllegalArgumentException("training.lrDecay.start: " + start + " is out of range; allowed 0.."
                    + MAX_STEPS);
        }
        if (steps < 1 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("training.lrDecay.steps: " + steps + " is out of range; allowed 1.."
                    + MAX_STEPS);
        }
        if (!(factor > 0 && factor <= 1)) {
            throw new IllegalArgumentException("training.lrDecay.factor: " + factor + " is out of range; allowed (0, 1]");
        }
    }

    /** No decay: the defaults a file without the field gets. */
    public static LrDecay none() {
        return new LrDecay(false, 0, 1000, 0.1);
    }

    /** f(t) above, with t the number of steps already taken. */
    public double multiplierAt(long stepsTaken) {
        if (!enabled || stepsTaken <= start) {
            return 1.0;
        }
        if (stepsTaken >= start + steps) {
            return factor;
        }
        return Math.pow(factor, (double) (stepsTaken - start) / steps);
    }
}
