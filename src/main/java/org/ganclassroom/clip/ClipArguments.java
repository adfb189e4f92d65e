package org.ganclassroom.clip;

import org.ganclassroom.sim.cli.FlagValues;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parsed flags of {@code gan-classroom.jar clip}. A bad flag is an {@link IllegalArgumentException} with one line
 * naming the flag and what it takes.
 */
record ClipArguments(String preset, Path config, List<String> overrides, Long seed, long from, long to, Long every,
                     int fps, int width, int height, ClipPalette palette, Path out, boolean force, boolean help) {

    static final long DEFAULT_TO = 2000;
    /** Frames a clip gets when --every is not given. */
    static final int DEFAULT_FRAMES = 100;

    static final String USAGE = """
            Usage: java -jar gan-classroom.jar clip [options]
            Trains a run (no window needed) and writes steps FROM..TO of it as an animated GIF for slides.
              --preset NAME      experiment preset (default settled; see: sim --list-presets)
              --config FILE      experiment file (JSON) to start from; its fields override the preset
              --set KEY=VALUE    override one setting, e.g. --set training.lrG=0.0005 (repeatable)
              --seed S           random seed (default: the preset's or config's seed)
              --from A           first step shown (default 0)
              --to B             last step shown (default 2000); the clip always ends on it
              --every K          a frame every K steps (default: about 100 frames from A to B)
              --fps F            frames a second, 1..50 (default 10)
              --size WxH         picture size in pixels, e.g. 960x600 (default 640x400)
              --theme T          light or dark (default light)
              --out FILE         the GIF to write (default clip.gif)
              --force            replace FILE if it exists (without it an existing file is never touched)
              --help             show this help and exit
            Exit codes: 0 done, 1 could not write the file, 2 bad arguments or experiment file, or FILE exists,
            3 training left the sane range; the clip ends at that step.""";

    static ClipArguments parse(String[] args) {
        String preset = null;
        Path config = null;
        List<String> overrides = new ArrayList<>();
        Long seed = null;
        long from = 0;
        long to = DEFAULT_TO;
        Long every = null;
        int fps = 10;
        int width = 640;
        int height = 400;
        ClipPalette palette = ClipPalette.light();
        Path out = Path.of("clip.gif");
        boolean force = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--preset" -> preset = value(args, ++i, a);
                case "--config" -> config = FlagValues.path(value(args, ++i, a), a);
                case "--set" -> overrides.add(value(args, ++i, a));
                case "--seed" -> seed = FlagValues.number(value(args, ++i, a), a, Long.MIN_VALUE, Long.MAX_VALUE);
                case "--from" -> from = FlagValues.number(value(args, ++i, a), a, 0, ClipSpec.MAX_STEP);
                case "--to" -> to = FlagValues.number(value(args, ++i, a), a, 0, ClipSpec.MAX_STEP);
                case "--every" -> every = FlagValues.number(value(args, ++i, a), a, 1, ClipSpec.MAX_STEP);
                case "--fps" -> fps = (int) FlagValues.number(value(args, ++i, a), a, 1, ClipSpec.MAX_FPS);
                case "--size" -> {
                    int[] wh = size(value(args, ++i, a));
                    width = wh[0];
                    height = wh[1];
                }
                case "--theme" -> {
                    String t = value(args, ++i, a);
                    palette = ClipPalette.named(t);
                    if (palette == null) {
                        throw new IllegalArgumentException("--theme: \"" + FlagValues.shorten(t)
                                + "\" is not a theme; use light or dark");
                    }
                }
                case "--out" -> out = gif(FlagValues.path(value(args, ++i, a), a));
                case "--force" -> force = true;
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("unknown option \"" + FlagValues.shorten(a)
                        + "\"; run with --help to see the options");
            }
        }
        if (from > to) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
        return new ClipArguments(preset, config, List.copyOf(overrides), seed, from, to, every, fps, width, height,
                palette, out, force, help);
    }

    /** The clip these flags ask for; without --every, about {@link #DEFAULT_FRAMES} frames. */
    ClipSpec spec() {
        long k = every != null ? every : Math.max(1, (to - from) / (DEFAULT_FRAMES - 1));
        return new ClipSpec(from, to, k, fps, width, height, palette);
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }

    /** "960x600" (or 960×600) within the renderer's limits. */
    static int[] size(String s) {
        String[] parts = s.trim().toLowerCase(Locale.ROOT).split("[x×]", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("--size: \"" + FlagValues.shorten(s)
                    + "\" is not WIDTHxHEIGHT; use e.g. 960x600");
        }
        int w = (int) FlagValues.number(parts[0], "--size width", FrameRenderer.MIN_SIDE, FrameRenderer.MAX_SIDE);
        int h = (int) FlagValues.number(parts[1], "--size height", FrameRenderer.MIN_SIDE, FrameRenderer.MAX_SIDE);
        return new int[]{w, h};
    }

    private static Path gif(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".gif")) {
            throw new IllegalArgumentException("--out: \"" + FlagValues.shorten(p.toString())
                    + "\" does not end in .gif; a clip is an animated GIF");
        }
        return p;
    }
}
