package org.ganclassroom.ui;

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
}
