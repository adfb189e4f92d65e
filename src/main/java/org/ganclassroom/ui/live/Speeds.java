package org.ganclassroom.ui.live;

import org.ganclassroom.sim.run.Speed;

/** The speed slider of every live run: slow motion (seconds per step), then steps per screen frame. */
public final class Speeds {
    static final double[] SLOW_SECONDS = {2.0, 1.0, 0.5, 0.25};
    static final int[] STEPS_PER_FRAME = {1, 2, 5, 10, 20, 50, 100, 200, 500};
    public static final int MAX_INDEX = SLOW_SECONDS.length + STEPS_PER_FRAME.length - 1;

    private Speeds() {
    }

    public static Speed speedFor(int index) {
        int i = Math.max(0, Math.min(MAX_INDEX, index));
        return i < SLOW_SECONDS.length ? Speed.slowMotion(SLOW_SECONDS[i])
                : Speed.stepsPerFrame(STEPS_PER_FRAME[i - SLOW_SECONDS.length]);
    }

    /** The slider position closest to a speed. */
    public static int indexOf(Speed s) {
        if (s.isSlowMotion()) {
            int best = 0;
            for (int i = 0; i < SLOW_SECONDS.length; i++) {
                if (Math.abs(SLOW_SECONDS[i] - s.slowMotionSeconds())
                        < Math.abs(SLOW_SECONDS[best] - s.slowMotionSeconds())) {
                    best = i;
                }
            }
            return best;
        }
        int best = 0;
        for (int i = 0; i < STEPS_PER_FRAME.length; i++) {
            if (Math.abs(STEPS_PER_FRAME[i] - s.stepsPerFrame()) < Math.abs(STEPS_PER_FRAME[best] - s.stepsPerFrame())) {
                best = i;
            }
        }
        return SLOW_SECONDS.length + best;
    }

    public static String describe(Speed s) {
        if (s.isSlowMotion()) {
            double v = s.slowMotionSeconds();
            return "slow motion · " + (v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v)) + " s/step";
        }
        return s.stepsPerFrame() == 1 ? "1 step/frame" : s.stepsPerFrame() + " steps/frame";
    }
}
