package org.ganclassroom.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.ganclassroom.fuzz.JsonCases.Field;
import org.ganclassroom.ui.settings.AppSettings;
import org.ganclassroom.ui.settings.SettingsStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.ganclassroom.fuzz.JsonCases.F;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property-based fuzzing of the settings reader: every valid field is kept and every dropped one named (a window
 * position needs both x and y); mutated files never make an exception escape, never hang, never lose bytes.
 */
class SettingsFileFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> NAMES = List.of("x", "y", "width", "height", "maximized", "lastView", "theme");
    private static FuzzFolder folder;

    private static synchronized FuzzFolder folder() throws IOException {
        if (folder == null) {
            folder = new FuzzFolder();
        }
        return folder;
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        if (folder != null) {
            folder.close();
            folder = null;
        }
    }

    record Case(List<Field> fields, List<String> extra) {
        Object kept(int i) {
            return fields.get(i).kept();
        }

        boolean placed() {
            return kept(0) != null && kept(1) != null;
        }

        AppSettings expected() {
            return new AppSettings(placed() ? (Double) kept(0) : null, placed() ? (Double) kept(1) : null,
                    kept(2) == null ? AppSettings.DEFAULT_WIDTH : (Double) kept(2),
                    kept(3) == null ? AppSettings.DEFAULT_HEIGHT : (Double) kept(3),
                    kept(4) != null && (Boolean) kept(4), (String) kept(5), (String) kept(6));
        }

        /** The names the notice must give: each invalid field, and a lone x or y. */
        List<String> dropped() {
            List<String> d = new ArrayList<>(JsonCases.dropped(fields));
            if (kept(0) != null && kept(1) == null) {
                d.add("x");
            }
            if (kept(1) != null && kept(0) == null) {
                d.add("y");
            }
            return d;
        }

        byte[] bytes() throws IOException {
            return JSON.writeValueAsBytes(JsonCases.object(fields, extra));
        }
    }

    private static Arbitrary<Field> number(String name, double min) {
        Arbitrary<Double> values = Arbitraries.oneOf(Arbitraries.doubles().between(Math.max(min, -1e6), 1e6),
                Arbitraries.integers().between((int) Math.max(min, -1e6), 100_000).map(Integer::doubleValue));
        return JsonCases.field(name, values.map(v -> Field.valid(name, F.numberNode(v), v)),
                JsonCases.anyValue().filter(n -> !(n.isNumber() && Double.isFinite(n.doubleValue()) && n.doubleValue() >= min)));
    }

    private static Arbitrary<Field> text(String name) {
        return JsonCases.field(name, Arbitraries.strings().ofMaxLength(12).map(s -> Field.valid(name, F.textNode(s), s)),
                JsonCases.anyValue().filter(n -> !n.isTextual()));
    }

    @Provide
    Arbitrary<Case> settingsFiles() {
        return Combinators.combine(number("x", Double.NEGATIVE_INFINITY), number("y", Double.NEGATIVE_INFINITY),
                        number("width", AppSettings.MIN_WIDTH), number("height", AppSettings.MIN_HEIGHT),
                        JsonCases.field("maximized", Arbitraries.of(true, false).map(b -> Field.valid("maximized", F.booleanNode(b), b)),
                                JsonCases.anyValue().filter(n -> !n.isBoolean())),
                        text("lastView"), text("theme"), Arbitraries.strings().alpha().ofMaxLength(5).list().ofMaxSize(3))
                .as((x, y, w, h, m, v, t, extra) -> new Case(List.of(x, y, w, h, m, v, t), extra));
    }

    private static SettingsStore store(FuzzFolder f) {
        return new SettingsStore(f.dir(), new PrintStream(new ByteArrayOutputStream()));
    }

    @Property(tries = 1000, seed = "1911", edgeCases = EdgeCasesMode.NONE)
    void everyValidFieldIsKeptAndEveryDroppedOneNamed(@ForAll("settingsFiles") Case c) throws Exception {
        FuzzFolder f = folder();
        byte[] bytes = c.bytes();
        f.fresh(SettingsStore.FILE_NAME, bytes);
        SettingsStore store = store(f);
        AppSettings loaded = f.bounded(store::load);
        assertEquals(c.expected(), loaded, () -> new String(bytes));
        String notice = String.join("\n", store.notices());
        for (String name : NAMES) {
            assertEquals(c.dropped().contains(name), notice.contains(name + " ("),
                    () -> name + " in the notice: " + notice + "\nfile " + new String(bytes));
        }
        if (c.dropped().isEmpty()) {
            assertEquals(List.of(), store.notices());
            assertEquals(List.of(f.dir().resolve(SettingsStore.FILE_NAME)), f.files());
        } else {
            assertEquals(c.expected(), store(f).load(), "what was kept is what the next start reads");
        }
    }

    private static String safeRead(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Provide
    Arbitrary<byte[]> mutatedFiles() {
        return settingsFiles().flatMap(c -> {
            try {
                return Mutations.of(c.bytes());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Property(tries = 1000, seed = "1912", edgeCases = EdgeCasesMode.NONE)
    void mutatedFilesNeverEscapeHangOrLoseTheUsersBytes(@ForAll("mutatedFiles") byte[] bytes) throws Exception {
        FuzzFolder f = folder();
        f.fresh(SettingsStore.FILE_NAME, bytes);
        SettingsStore store = store(f);
        AppSettings loaded = f.bounded(store::load);
        if (store.notices().isEmpty()) {
            assertTrue(Arrays.equals(bytes, Files.readAllBytes(f.dir().resolve(SettingsStore.FILE_NAME))), "left alone");
        } else {
            assertTrue(store.notices().stream().allMatch(n -> n.startsWith(SettingsStore.FILE_NAME)), store.notices().toString());
            Path aside = f.files().stream().filter(p -> !p.getFileName().toString().equals(SettingsStore.FILE_NAME))
                    .findFirst().orElseThrow(() -> new AssertionError("nothing kept aside: " + store.notices()));
            assertTrue(Arrays.equals(bytes, Files.readAllBytes(aside)), () -> "the user's bytes are kept aside: "
                    + store.notices() + " " + aside + " holds " + new String(bytes) + " / " + safeRead(aside));
        }
        SettingsStore again = store(f);
        AppSettings next = again.load();
        if (Files.exists(f.dir().resolve(SettingsStore.FILE_NAME))) {
            assertEquals(loaded, next, "the next start reads what this one kept");
            assertEquals(List.of(), again.notices());
        } else {
            assertEquals(AppSettings.defaults(), next);
        }
    }
}
