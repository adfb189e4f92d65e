package org.ganclassroom.sim.run;

/**
 * How fast a runner plays: {@code stepsPerFrame} steps every frame (about 60 per second), or, when
 * {@code slowMotionSeconds} is positive, one step every that many seconds walked through phase by phase.
 */
public record Speed(int stepsPerFrame, double slowMotionSeconds) {
    public static final int MAX_STEPS_PER_FRAME = 500;

    public Speed {
        if (stepsPerFrame < 1 || stepsPerFrame > MAX_STEPS_PER_FRAME) {
            throw new IllegalArgumentException("steps per frame must be in 1.." + MAX_STEPS_PER_FRAME + ", was "
                    + stepsPerFrame);
        }
        if (!(slowMotionSeconds >= 0) || slowMotionSeconds > 60) {
            throw new IllegalArgumentException("slow motion must be 0..60 seconds per step, was " + slowMotionSeconds);
        }
    }

    public static Speed stepsPerFrame(int n) {
        return new Speed(n, 0);
    }

    public static Speed slowMotion(double secondsPerStep) {
        return new Speed(1, secondsPerStep);
    }

    public boolean isSlowMotion() {
        return slowMotionSeconds > 0;
    }
}
