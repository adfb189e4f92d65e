package org.ganclassroom.ui.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsStoreTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream warnings = new ByteArrayOutputStream();

    private SettingsStore store(Path where) {
        return new SettingsStore(where, new PrintStream(warnings, true, StandardCharsets.UTF_8));
    }

    private String warningText() {
        return warnings.toString(StandardCharsets.UTF_8);
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void missingFileGivesDefaultsQuietly() {
        assertEquals(AppSettings.defaults(), store(dir).load());
        assertEquals("", warningText());
    }

    @Test
    void roundTrip() throws Exception {
        AppSettings s = new AppSettings(40.0, -12.5, 1400, 900, true, "lab", "dark");
        Path nested = dir.resolve("a/b");
        store(nested).save(s);
        assertEquals(s, store(nested).load());
        assertEquals("", warningText());
    }

    @Test
    void writeReplacesTheFileWholeAndLeavesNoTempFiles() throws Exception {
        SettingsStore store = store(dir);
        store.save(new AppSettings(1.0, 2.0, 1300, 800, false, "quiz", "light"));
        store.save(new AppSettings(null, null, 1280, 820, false, "simulator", "dark"));
        assertEquals(List.of("settings.json"), files());
        assertEquals("simulator", store.load().lastView());
        assertTrue(Files.readString(store.file()).strip().endsWith("}"));
    }

    @Test
    void corruptFileIsSetAsideWithAWarningAndDefaultsAreUsed() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"width\": 1300, \"lastView\": ");
        AppSettings loaded = store(dir).load();
        assertEquals(AppSettings.defaults(), loaded);
        List<String> names = files();
        assertEquals(1, names.size(), names.toString());
        assertTrue(names.get(0).startsWith("settings.json.corrupt-"), names.toString());
        assertTrue(warningText().contains("corrupt"), warningText());
        assertTrue(warningText().contains(names.get(0)), warningText());
        // and the next save works normally
        store(dir).save(AppSettings.defaults());
        assertTrue(Files.exists(dir.resolve("settings.json")));
    }

    @Test
    void wrongShapeCountsAsCorrupt() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "[1, 2, 3]");
        assertEquals(AppSettings.defaults(), store(dir).load());
        assertFalse(Files.exists(dir.resolve("settings.json")));
        assertTrue(warningText().contains("corrupt"), warningText());
    }

    @Test
    void impossibleSizesFallBackToDefaults() throws Exception {
        Files.writeString(dir.resolve("settings.json"),
                "{\"x\": 5, \"width\": 10, \"height\": 99999, \"lastView\": \"quiz\", \"extra\": true}");
        AppSettings s = store(dir).load();
        assertEquals(AppSettings.DEFAULT_WIDTH, s.width());
        assertEquals(99999, s.height());
        assertEquals(null, s.x(), "x without y is not a position");
        assertEquals("quiz", s.lastView());
    }

    @Test
    void configDirectoryResolution() {
        Map<String, String> props = Map.of("user.home", "/home/ada");
        assertEquals(Path.of("/home/ada/.config/gan-classroom"),
                SettingsStore.defaultConfigDir(props::get, Map.<String, String>of()::get));
        assertEquals(Path.of("/xdg/gan-classroom"),
                SettingsStore.defaultConfigDir(props::get, Map.of("XDG_CONFIG_HOME", "/xdg")::get));
        assertEquals(Path.of("/home/ada/.config/gan-classroom"),
                SettingsStore.defaultConfigDir(props::get, Map.of("XDG_CONFIG_HOME", "relative")::get));
        Map<String, String> withOverride = Map.of("user.home", "/home/ada", SettingsStore.CONFIG_DIR_PROPERTY, "/tmp/cfg");
        assertEquals(Path.of("/tmp/cfg"),
                SettingsStore.defaultConfigDir(withOverride::get, Map.of("XDG_CONFIG_HOME", "/xdg")::get));
    }
}
