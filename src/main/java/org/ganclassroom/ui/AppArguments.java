package org.ganclassroom.ui;

import org.ganclassroom.ui.live.StartRun;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The desktop app's command line, parsed in plain Java so mistakes are reported before any window opens.
 * <pre>
 *   --open VIEW          start on VIEW (lessons, timeline, quiz, truefalse, lab, simulator)
 *   --lessons DIR        read lessons from DIR
 *   --theme light|dark   start with this theme
 *   --preset NAME        the simulator starts on this experiment preset (e.g. ring8)
 *   --speed N            the simulator's speed: N steps per frame, 1..500
 *   --autoplay           the simulator starts playing (for demos and frame-time measurements)
 *   --chip ID[=VALUE]    the simulator and the Mini Lab start with this chip on (its number set); repeatable
 *   --pause-at N         the run plays, then pauses at step N (for screenshots of a scenario's moment)
 *   --warmup N           G first plays N steps of the whole game, then D starts afresh (as a lesson block's warmup)
 *   --freeze-generator   G is frozen from the start: only D trains (as a lesson block's freezeGenerator)
 *   --help, -h           print usage
 * </pre>
 * Options also accept the {@code --open=lab} form. Blank arguments are ignored (an empty
 * {@code -Djavafx.args} may hand one over).
 */
public final class AppArguments {
    /** Exit code for a bad command line. */
    public static final int USAGE_ERROR = 2;

    /** Every option the parser takes, as an error message lists them (the help shows each one too). */
    static final String VALID_OPTIONS = "--open VIEW, --lessons DIR, --theme light|dark, --preset NAME, "
            + "--speed N, --autoplay, --chip ID[=VALUE], --pause-at N, --warmup N, --freeze-generator, --help";

    private final AppView openView;
    private final Path lessonsDir;
    private final Theme theme;
    private final boolean help;
    private final String preset;
    private final int speed;
    private final boolean autoplay;
    private final List<StartRun.ChipSetting> chips;
    private final long pauseAt;
    private final int warmup;
    private final boolean freezeGenerator;

    /** Longest warm-up the command line takes: it runs before the first frame, so it must stay seconds long. */
    static final int MAX_WARMUP = 20_000;

    private AppArguments(AppView openView, Path lessonsDir, Theme theme, boolean help, String preset, int speed,
                         boolean autoplay, List<StartRun.ChipSetting> chips, long pauseAt, int warmup,
                         boolean freezeGenerator) {
        this.openView = openView;
        this.lessonsDir = lessonsDir;
        this.theme = theme;
        this.help = help;
        this.preset = preset;
        this.speed = speed;
        this.autoplay = autoplay;
        this.chips = List.copyOf(chips);
        this.pauseAt = pauseAt;
        this.warmup = warmup;
        this.freezeGenerator = freezeGenerator;
    }

    public static AppArguments none() {
        return new AppArguments(null, null, null, false, null, 0, false, List.of(), 0, 0, false);
    }

    /** How the Simulator and the Mini Lab start: {@code --preset}, {@code --chip}, {@code --speed}, ... */
    public StartRun startRun() {
        return new StartRun(preset, chips, speed, autoplay, pauseAt, warmup, freezeGenerator);
    }

    /** The simulator's starting experiment preset given by {@code --preset}. */
    public Optional<String> preset() {
        return Optional.ofNullable(preset);
    }

    /** The simulator's speed in steps per frame given by {@code --speed} (1..500), or 0 for the default. */
    public int speed() {
        return speed;
    }

    /** Whether the simulator starts playing ({@code --autoplay}). */
    public boolean autoplay() {
        return autoplay;
    }

    /** The view given by {@code --open}; it overrides the remembered one. */
    public Optional<AppView> openView() {
        return Optional.ofNullable(openView);
    }

    /** The folder given by {@code --lessons}, for the lessons view. */
    public Optional<Path> lessonsDir() {
        return Optional.ofNullable(lessonsDir);
    }

    /** The theme given by {@code --theme}; it overrides the remembered one. */
    public Optional<Theme> theme() {
        return Optional.ofNullable(theme);
    }

    public boolean help() {
        return help;
    }

    public static AppArguments parse(String... args) throws InvalidArgumentsException {
        return parse(Arrays.asList(args));
    }

    public static AppArguments parse(List<String> args) throws InvalidArgumentsException {
        Objects.requireNonNull(args, "args");
        AppView open = null;
        Path lessons = null;
        Theme theme = null;
        boolean help = false;
        String preset = null;
        int speed = 0;
        boolean autoplay = false;
        List<StartRun.ChipSetting> chips = new ArrayList<>();
        long pauseAt = 0;
        int warmup = 0;
        boolean freeze = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg == null || arg.isBlank()) {
                continue;
            }
            String name = arg;
            String inlineValue = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 2) {
                name = arg.substring(0, eq);
                inlineValue = arg.substring(eq + 1);
            }
            switch (name) {
                case "--help", "-h" -> help = true;
                case "--autoplay" -> autoplay = true;
                case "--freeze-generator" -> freeze = true;
                case "--warmup" -> {
                    String value = inlineValue != null ? inlineValue : valueAfter(args, i++, name, "N");
                    try {
                        warmup = Integer.parseInt(value.trim());
                    } catch (NumberFormatException e) {
                        warmup = -1;
                    }
                    if (warmup < 1 || warmup > MAX_WARMUP) {
                        throw new InvalidArgumentsException("--warmup needs a number of steps from 1 to " + MAX_WARMUP
                                + ", was '" + value + "'");
                    }
                }
                case "--preset" -> {
                    String value = inlineValue != null ? inlineValue : valueAfter(args, i++, name, "NAME");
                    if (!org.ganclassroom.sim.config.ExperimentPresets.names().contains(value)) {
                        throw new InvalidArgumentsException("unknown preset '" + value + "' for --preset; valid presets: "
                                + org.ganclassroom.sim.config.ExperimentPresets.listed(
                                        org.ganclassroom.sim.config.ExperimentPresets.names()));
                    }
                    preset = value;
                }
                case "--speed" -> {
                    String value = inlineValue != null ? inlineValue : valueAfter(args, i++, name, "N");
                    try {
                        speed = Integer.parseInt(value.trim());
                    } catch (NumberFormatException e) {
                        speed = -1;
                    }
                    if (speed < 1 || speed > 500) {
                        throw new InvalidArgumentsException("--speed needs a whole number of steps per frame from 1 to 500, "
                                + "was '" + value + "'");
                    }
                }
                case "--chip" -> {
                    StartRun.ChipSetting c = ChipArgument.parse(inlineValue != null ? inlineValue
                            : valueAfter(args, i++, name, "ID[=VALUE]"));
                    if (chips.stream().anyMatch(o -> o.chip() == c.chip())) {
                        throw new InvalidArgumentsException("--chip " + c.chip().id() + " is given twice");
                    }
                    chips.add(c);
                }
                case "--pause-at" -> {
                    String value = inlineValue != null ? inlineValue : valueAfter(args, i++, name, "N");
                    try {
                        pauseAt = Long.parseLong(value.trim());
                    } catch (NumberFormatException e) {
                        pauseAt = -1;
                    }
                    if (pauseAt < 1) {
                        throw new InvalidArgumentsException("--pause-at needs a step, a whole number from 1 up, was '"
                                + value + "'");
                    }
                }
                case "--open" -> {
                    String value = inlineValue != null ? inlineValue : valueAfter(args, i++, name, "VIEW");
                    open = AppView.fromId(value).orElseThrow(() -> new InvalidArgumentsException(
                            "unknown view '" + value + "' for --open; valid views: " + String.join(", ", AppView.ids())));
                }
                case "--theme" -> {
                    String value = inlineValue != null ? inlineValue : valueAfter(args, i++, name, "light|dark");
                    theme = Theme.fromId(value).orElseThrow(() -> new InvalidArgumentsException(
                            "unknown theme '" + value + "' for --theme; valid themes: " + themeIds()));
                }
                case "--lessons" -> {
                    String value = inlineValue != null ? inlineValue : valueAfter(args, i++, name, "DIR");
                    if (value.isBlank()) {
                        throw new InvalidArgumentsException("--lessons needs a folder, e.g. --lessons lessons/");
                    }
                    lessons = Path.of(value);
                }
                default -> throw new InvalidArgumentsException(arg.startsWith("-")
                        ? "unknown option '" + arg + "'; valid options: " + VALID_OPTIONS
                        : "unexpected argument '" + arg + "'; valid options: " + VALID_OPTIONS);
            }
        }
        return new AppArguments(open, lessons, theme, help, preset, speed, autoplay, chips, pauseAt, warmup, freeze);
    }

    private static String valueAfter(List<String> args, int index, String option, String what)
            throws InvalidArgumentsException {
        if (index + 1 >= args.size() || args.get(index + 1) == null || args.get(index + 1).startsWith("--")) {
            String choices = switch (option) {
                case "--open" -> "; valid views: " + String.join(", ", AppView.ids());
                case "--theme" -> "; valid themes: " + themeIds();
                case "--chip" -> "; valid chips: " + String.join(", ", org.ganclassroom.sim.config.Chip.ids());
                default -> "";
            };
            throw new InvalidArgumentsException(option + " needs a value (" + what + ")" + choices);
        }
        return args.get(index + 1);
    }

    private static String themeIds() {
        return Arrays.stream(Theme.values()).map(Theme::id).collect(Collectors.joining(", "));
    }

    public static String usage() {
        return String.join(System.lineSeparator(),
                "Usage: gan-classroom [--open VIEW] [--lessons DIR] [--theme light|dark] [--preset NAME] [--speed N] "
                        + "[--autoplay] [--chip ID[=VALUE]]... [--pause-at N] [--warmup N] [--freeze-generator] [--help]",
                "       gan-classroom sim ...   (the headless simulator; opens no window)",
                "",
                "  --open VIEW         start on VIEW: " + String.join(", ", AppView.ids()),
                "  --lessons DIR       read lessons from the folder DIR",
                "  --theme light|dark  start with the light or dark theme",
                "  --preset NAME       the simulator starts on this experiment preset (e.g. ring8)",
                "  --speed N           the simulator runs N steps per frame (1..500)",
                "  --autoplay          the simulator starts playing",
                "  --chip ID[=VALUE]   the simulator and the Mini Lab start with this chip on, e.g. --chip ttur=4;",
                "                      repeatable; chips: " + String.join(", ", org.ganclassroom.sim.config.Chip.ids()),
                "  --pause-at N        the run plays, then pauses at step N (e.g. for a screenshot)",
                "  --warmup N          the whole game plays N steps first (1.." + MAX_WARMUP + "), then D starts afresh,",
                "                      as a lesson block's warmup: does (for screenshots of a scenario)",
                "  --freeze-generator  G stays frozen from the start and only D trains (a block's freezeGenerator:)",
                "  -h, --help          print this help and exit",
                "",
                "Window size, last view and theme are remembered in $XDG_CONFIG_HOME/gan-classroom/settings.json",
                "(or ~/.config/gan-classroom/); --open and --theme override what was remembered.");
    }

    /**
     * What the launcher does before any window opens: prints usage for {@code --help} (exit code 0), or one line
     * naming the bad value for a bad command line (exit code 2). Empty means: go on and open the window.
     */
    public static OptionalInt preflight(List<String> args, PrintStream out, PrintStream err) {
        try {
            if (parse(args).help()) {
                out.println(usage());
                return OptionalInt.of(0);
            }
            return OptionalInt.empty();
        } catch (InvalidArgumentsException e) {
            err.println("gan-classroom: " + e.getMessage());
            return OptionalInt.of(USAGE_ERROR);
        }
    }

    /** A bad command line; the message is one line naming the bad value and the valid choices. */
    public static final class InvalidArgumentsException extends Exception {
        public InvalidArgumentsException(String message) {
            super(message);
        }
    }
}
