package org.ganclassroom.clip;

import java.util.Objects;

/**
 * What a clip shows: steps {@code from} to {@code to} of a run, a frame every {@code every} steps (the last frame
 * is step {@code to} itself, so a clip always ends where asked), played at {@code fps} frames a second, each frame
 * {@code width}×{@code height} pixels in the given theme's colours.
 */
public record ClipSpec(long from, long to, long every, int fps, int width, int height, ClipPalette palette) {
    /** Most frames in one clip: a slide's GIF beyond this is too big to send around. */
    public static final long MAX_FRAMES = 2000;
    /** Fastest frame rate: GIF delays count in hundredths of a second and viewers slow anything under 2. */
    public static final int MAX_FPS = 50;
    /** Last step a clip may reach. */
    public static final long MAX_STEP = 10_000_000L;

    public ClipSpec {
        Objects.requireNonNull(palette, "palette");
    }

    /** What is wrong with this clip, in one line naming the field, or null when it can be made. */
    public String problem() {
        if (from < 0 || from > MAX_STEP) {
            return "from step " + from + " is out of range; allowed 0.." + MAX_STEP;
        }
        if (to < 0 || to > MAX_STEP) {
            return "to step " + to + " is out of range; allowed 0.." + MAX_STEP;
        }
        if (from > to) {
            return "from step " + from + " is after to step " + to;
        }
        if (every < 1) {
            return "every " + every + " steps: must be at least 1";
        }
        if (fps < 1 || fps > MAX_FPS) {
            return "frame rate " + fps + " is out of range; allowed 1.." + MAX_FPS + " frames a second";
        }
        if (width < FrameRenderer.MIN_SIDE || width > FrameRenderer.MAX_SIDE || height < FrameRenderer.MIN_SIDE
                || height > FrameRenderer.MAX_SIDE) {
            return "size " + width + "×" + height + " is out of range; each side " + FrameRenderer.MIN_SIDE + ".."
                    + FrameRenderer.MAX_SIDE + " pixels";
        }
        if (frameCount() > MAX_FRAMES) {
            return frameCount() + " frames (steps " + from + " to " + to + " every " + every + ") is more than "
                    + MAX_FRAMES + "; take a frame every " + minimumEvery() + " steps or more";
        }
        return null;
    }

    /** Frames in the clip: steps from, from + every, … below to, then to. */
    public long frameCount() {
        return every < 1 ? Long.MAX_VALUE : (to - from + every - 1) / every + 1;
    }

    /** The step of frame i (0-based). */
    public long frameStep(long i) {
        return Math.min(from + i * every, to);
    }

    /** The smallest {@code every} that keeps the clip within {@link #MAX_FRAMES}. */
    public long minimumEvery() {
        return Math.max(1, (to - from + MAX_FRAMES - 2) / (MAX_FRAMES - 1));
    }

    /** How long each frame shows, in the hundredths of a second GIF counts in. */
    public int delayCentiseconds() {
        return Math.max(1, Math.round(100f / fps));
    }

    /** The clip's length in seconds as played. */
    public double seconds() {
        return frameCount() * delayCentiseconds() / 100.0;
    }
}
