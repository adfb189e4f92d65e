package org.ganclassroom.ui;

import org.ganclassroom.sim.config.Chip;
import org.ganclassroom.ui.live.StartRun;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppArgumentsTest {
    @Test
    void noArgumentsMeansNothingChosen() throws Exception {
        AppArguments a = AppArguments.parse();
        assertTrue(a.openView().isEmpty());
        assertTrue(a.theme().isEmpty());
        assertTrue(a.lessonsDir().isEmpty());
        assertFalse(a.help());
    }

    @Test
    void parsesEveryOption() throws Exception {
        AppArguments a = AppArguments.parse("--open", "lab", "--lessons", "my lessons", "--theme", "dark");
        assertEquals(AppView.LAB, a.openView().orElseThrow());
        assertEquals(Path.of("my lessons"), a.lessonsDir().orElseThrow());
        assertEquals(Theme.DARK, a.theme().orElseThrow());
    }

    @Test
    void acceptsEqualsFormCaseAndBlankArguments() throws Exception {
        AppArguments a = AppArguments.parse("", "--open=TrueFalse", " ", "--theme=light");
        assertEquals(AppView.TRUE_FALSE, a.openView().orElseThrow());
        assertEquals(Theme.LIGHT, a.theme().orElseThrow());
    }

    @Test
    void everyViewIdCanBeOpened() throws Exception {
        for (AppView v : AppView.values()) {
            assertEquals(v, AppArguments.parse("--open", v.id()).openView().orElseThrow());
        }
    }

    @Test
    void unknownViewNamesTheValueAndTheChoices() {
        var e = assertThrows(AppArguments.InvalidArgumentsException.class, () -> AppArguments.parse("--open", "labb"));
        assertEquals("unknown view 'labb' for --open; valid views: lessons, timeline, quiz, truefalse, lab, simulator",
                e.getMessage());
    }

    @Test
    void unknownFlagNamesTheFlagAndTheChoices() {
        var e = assertThrows(AppArguments.InvalidArgumentsException.class, () -> AppArguments.parse("--opne", "lab"));
        assertTrue(e.getMessage().startsWith("unknown option '--opne'"), e.getMessage());
        assertTrue(e.getMessage().contains("--open VIEW"), e.getMessage());
    }

    @Test
    void strayPositionalArgumentIsRejected() {
        var e = assertThrows(AppArguments.InvalidArgumentsException.class, () -> AppArguments.parse("lab"));
        assertTrue(e.getMessage().startsWith("unexpected argument 'lab'"), e.getMessage());
    }

    @Test
    void missingValuesAreReported() {
        var open = assertThrows(AppArguments.InvalidArgumentsException.class, () -> AppArguments.parse("--open"));
        assertTrue(open.getMessage().startsWith("--open needs a value"), open.getMessage());
        assertTrue(open.getMessage().contains("lessons, timeline"), open.getMessage());
        var next = assertThrows(AppArguments.InvalidArgumentsException.class,
                () -> AppArguments.parse("--open", "--theme", "dark"));
        assertTrue(next.getMessage().startsWith("--open needs a value"), next.getMessage());
        var lessons = assertThrows(AppArguments.InvalidArgumentsException.class, () -> AppArguments.parse("--lessons"));
        assertTrue(lessons.getMessage().startsWith("--lessons needs a value"), lessons.getMessage());
    }

    @Test
    void unknownThemeIsReported() {
        var e = assertThrows(AppArguments.InvalidArgumentsException.class, () -> AppArguments.parse("--theme", "blue"));
        assertEquals("unknown theme 'blue' for --theme; valid themes: light, dark", e.getMessage());
    }

    @Test
    void helpPrintsUsageAndExitsZero() {
        Out out = new Out();
        Out err = new Out();
        assertEquals(OptionalInt.of(0), AppArguments.preflight(List.of("--help"), out.stream, err.stream));
        assertTrue(out.text().contains("--open VIEW"), out.text());
        assertTrue(out.text().contains("simulator"), out.text());
        for (String option : AppArguments.VALID_OPTIONS.split(", ")) {
            assertTrue(out.text().contains("  " + option.split(" ")[0].replace("--help", "-h, --help")),
                    "the help explains " + option + ":\n" + out.text());
        }
        assertEquals("", err.text());
        assertEquals(OptionalInt.of(0), AppArguments.preflight(List.of("-h"), new Out().stream, new Out().stream));
    }

    @Test
    void badArgumentsPrintOneLineAndExitTwo() {
        Out out = new Out();
        Out err = new Out();
        assertEquals(OptionalInt.of(2), AppArguments.preflight(List.of("--open", "nope"), out.stream, err.stream));
        assertEquals("", out.text());
        assertEquals(1, err.text().strip().lines().count(), err.text());
        assertTrue(err.text().contains("'nope'"), err.text());
    }

    @Test
    void goodArgumentsLetTheAppStart() {
        assertEquals(OptionalInt.empty(),
                AppArguments.preflight(List.of("--open", "quiz"), new Out().stream, new Out().stream));
    }

    private static final class Out {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void simulatorDemoOptions() throws Exception {
        AppArguments a = AppArguments.parse("--open", "simulator", "--preset", "ring8", "--speed", "500", "--autoplay");
        assertEquals("ring8", a.preset().orElseThrow());
        assertEquals(500, a.speed());
        assertTrue(a.autoplay());
        AppArguments none = AppArguments.parse();
        assertEquals(0, none.speed());
        assertFalse(none.autoplay());
        assertTrue(none.preset().isEmpty());
        assertEquals(7, AppArguments.parse("--speed=7").speed());
    }

    @Test
    void badSimulatorOptionsNameTheValue() {
        var speed = assertThrows(AppArguments.InvalidArgumentsException.class, () -> AppArguments.parse("--speed", "501"));
        assertTrue(speed.getMessage().contains("1 to 500") && speed.getMessage().contains("'501'"), speed.getMessage());
        var word = assertThrows(AppArguments.InvalidArgumentsException.class, () -> AppArguments.parse("--speed", "fast"));
        assertTrue(word.getMessage().contains("'fast'"), word.getMessage());
        var preset = assertThrows(AppArguments.InvalidArgumentsException.class, () -> AppArguments.parse("--preset", "ring9"));
        assertTrue(preset.getMessage().startsWith("unknown preset 'ring9'") && preset.getMessage().contains("ring8"),
                preset.getMessage());
        assertThrows(AppArguments.InvalidArgumentsException.class, () -> AppArguments.parse("--preset"));
    }

    @Test
    void chipsWithAndWithoutTheirNumbersAndAStepToPauseAt() throws Exception {
        AppArguments a = AppArguments.parse("--open", "lab", "--preset", "equal-rates", "--chip", "ttur=4",
                "--chip=labelsmoothing", "--chip", "DSTEPS=10", "--pause-at", "6000");
        StartRun s = a.startRun();
        assertEquals("equal-rates", s.preset());
        assertEquals(List.of(new StartRun.ChipSetting(Chip.TTUR, 4), new StartRun.ChipSetting(Chip.LABEL_SMOOTHING,
                Double.NaN), new StartRun.ChipSetting(Chip.DSTEPS, 10)), s.chips());
        assertEquals(6000, s.pauseAt());
        assertTrue(s.plays(), "a step to pause at plays until then");
        assertTrue(AppArguments.parse().startRun().isDefault());
        assertEquals(12, AppArguments.parse("--pause-at=12").startRun().pauseAt());
        StartRun warm = AppArguments.parse("--warmup", "300", "--freeze-generator").startRun();
        assertEquals(300, warm.warmup());
        assertTrue(warm.freezeGenerator());
        assertFalse(warm.isDefault());
        assertEquals(0, AppArguments.parse().startRun().warmup());
    }

    @Test
    void badChipsNameTheChipTheValueAndTheChoices() {
        assertEquals("unknown chip 'tur' for --chip; valid chips: " + String.join(", ", Chip.ids()),
                message("--chip", "tur=4"));
        assertEquals("--chip spectralnorm takes no value (the chip has no number), was '2'",
                message("--chip", "spectralnorm=2"));
        assertEquals("--chip labelsmoothing needs its target (label for real samples) as a number from 0.5 to 1, "
                + "was '1.5'", message("--chip", "labelsmoothing=1.5"));
        assertEquals("--chip r1 needs its γ (penalty weight) as a number from 0 to 100, was 'lots'",
                message("--chip", "r1=lots"));
        assertEquals("--chip dsteps needs its k (D updates per G update) as a whole number from 1 to 20, was '2.5'",
                message("--chip", "dsteps=2.5"));
        assertEquals("--chip ttur is given twice", message("--chip", "ttur", "--chip", "ttur=2"));
        assertTrue(message("--chip").startsWith("--chip needs a value (ID[=VALUE]); valid chips: nonsaturating"),
                message("--chip"));
        assertEquals("--pause-at needs a step, a whole number from 1 up, was '0'", message("--pause-at", "0"));
        assertEquals("--pause-at needs a step, a whole number from 1 up, was 'end'", message("--pause-at", "end"));
        assertEquals("--warmup needs a number of steps from 1 to 20000, was '0'", message("--warmup", "0"));
        assertEquals("--warmup needs a number of steps from 1 to 20000, was 'long'", message("--warmup=long"));
        assertEquals("--warmup needs a number of steps from 1 to 20000, was '20001'", message("--warmup", "20001"));
    }

    private static String message(String... args) {
        return assertThrows(AppArguments.InvalidArgumentsException.class, () -> AppArguments.parse(args)).getMessage();
    }
}
