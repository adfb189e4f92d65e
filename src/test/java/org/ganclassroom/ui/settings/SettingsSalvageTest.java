package org.ganclassroom.ui.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One bad field in settings.json falls back to its default alone; the notice names it. */
class SettingsSalvageTest {
    @TempDir
    Path dir;

    @Test
    void badFieldsFallBackAloneAndAreNamed() throws Exception {
        String original = "{\"x\": 40, \"y\": \"top\", \"width\": 1400, \"height\": 500, \"maximized\": \"yes\","
                + " \"lastView\": \"quiz\", \"theme\": 7}";
        Files.writeString(dir.resolve("settings.json"), original);
        SettingsStore store = new SettingsStore(dir, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        AppSettings s = store.load();
        assertEquals(new AppSettings(null, null, 1400, AppSettings.DEFAULT_HEIGHT, false, "quiz", null), s);
        String notice = String.join("\n", store.notices());
        assertTrue(notice.startsWith("settings.json"), notice);
        for (String field : new String[]{"y (\"top\" is not a finite number)", "x (a window position needs both x and y)",
                "height (500 is below the smallest window, 680)", "maximized (\"yes\" is not true or false)", "theme (7 is not text)"}) {
            assertTrue(notice.contains(field), field + " in: " + notice);
        }
        assertTrue(!notice.contains("width (") && !notice.contains("lastView"), notice);
        assertTrue(Files.list(dir).anyMatch(p -> p.getFileName().toString().startsWith("settings.json.corrupt-")));
    }
}
