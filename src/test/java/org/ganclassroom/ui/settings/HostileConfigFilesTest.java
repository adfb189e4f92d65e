package org.ganclassroom.ui.settings;

import org.ganclassroom.ui.progress.Progress;
import org.ganclassroom.ui.progress.ProgressStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever sits in the config folder under the two names, the stores come back at once with defaults, say which
 * file and why (stderr and a notice), and keep the thing aside under a new name instead of deleting it.
 */
class HostileConfigFilesTest {
    private static final Duration BOUND = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    private final ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    private final PrintStream warn = new PrintStream(warnings, true, StandardCharsets.UTF_8);

    private String warningText() {
        return warnings.toString(StandardCharsets.UTF_8);
    }

    private List<String> names() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path asideOf(String name, String tag) throws Exception {
        List<String> all = names();
        List<String> aside = all.stream().filter(n -> n.startsWith(name + "." + tag + "-")).toList();
        assertEquals(1, aside.size(), all.toString());
        assertFalse(all.contains(name), "the bad file no longer sits under the name the app reads: " + all);
        return dir.resolve(aside.get(0));
    }

    private <T> T bounded(Supplier<T> read, Path fifo) {
        try {
            return assertTimeoutPreemptively(BOUND, read::get, "reading must not wait on the file");
        } finally {
            if (fifo != null) {
                SpecialFiles.unblock(fifo);
            }
        }
    }

    private void assertTold(List<String> notices, String fileName, String why) {
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).startsWith(fileName) && notices.get(0).contains(why), notices.get(0));
        assertTrue(warningText().contains(dir.resolve(fileName).toString()) && warningText().contains(why), warningText());
    }

    @Test
    void aFifoAsProgressIsSetAsideAtOnce() throws Exception {
        Path file = dir.resolve(ProgressStore.FILE_NAME);
        SpecialFiles.fifo(file);
        ProgressStore store = bounded(() -> new ProgressStore(dir, warn), file);
        assertEquals(Progress.empty(), store.get());
        assertTold(store.notices(), "progress.json", "named pipe (FIFO)");
        Path aside = asideOf("progress.json", "unreadable");
        assertTrue(Files.readAttributes(aside, "unix:mode").get("mode") instanceof Integer m && (m & 0170000) == 0010000,
                "the pipe itself is kept, renamed");
        store.markVisited("intro");
        assertTrue(new ProgressStore(dir, warn).isVisited("intro"), "and saving works again");
    }

    @Test
    void aFifoAsSettingsIsSetAsideAtOnce() throws Exception {
        Path file = dir.resolve(SettingsStore.FILE_NAME);
        SpecialFiles.fifo(file);
        SettingsStore store = new SettingsStore(dir, warn);
        assertEquals(AppSettings.defaults(), bounded(store::load, file));
        assertTold(store.notices(), "settings.json", "named pipe (FIFO)");
        asideOf("settings.json", "unreadable");
    }

    @Test
    void aLinkToDevZeroIsNotFollowed() throws Exception {
        SpecialFiles.linkToDevZero(dir.resolve(ProgressStore.FILE_NAME));
        SpecialFiles.linkToDevZero(dir.resolve(SettingsStore.FILE_NAME));
        ProgressStore progress = bounded(() -> new ProgressStore(dir, warn), null);
        SettingsStore settings = new SettingsStore(dir, warn);
        assertEquals(AppSettings.defaults(), bounded(settings::load, null));
        assertEquals(Progress.empty(), progress.get());
        assertTrue(progress.notices().get(0).contains("symbolic link (to /dev/zero)"), progress.notices().toString());
        assertTrue(settings.notices().get(0).contains("symbolic link (to /dev/zero)"), settings.notices().toString());
        Path aside = asideOf("progress.json", "unreadable");
        assertTrue(Files.isSymbolicLink(aside), "the link itself is renamed, not its target touched");
    }

    @Test
    void aHugeFileIsRefusedBeforeReading() throws Exception {
        SpecialFiles.huge(dir.resolve(ProgressStore.FILE_NAME), 200L << 20);
        ProgressStore store = bounded(() -> new ProgressStore(dir, warn), null);
        assertEquals(Progress.empty(), store.get());
        assertTold(store.notices(), "progress.json", "200.0 MB");
        assertEquals(200L << 20, Files.size(asideOf("progress.json", "unreadable")), "kept whole");
    }

    @Test
    void aFolderIsSetAsideWithItsContents() throws Exception {
        Path folder = dir.resolve(SettingsStore.FILE_NAME);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("mine.txt"), "keep me");
        SettingsStore store = new SettingsStore(dir, warn);
        assertEquals(AppSettings.defaults(), bounded(store::load, null));
        assertTold(store.notices(), "settings.json", "a folder");
        Path aside = asideOf("settings.json", "unreadable");
        assertEquals("keep me", Files.readString(aside.resolve("mine.txt")));
        store.save(AppSettings.defaults());
        assertTrue(Files.isRegularFile(dir.resolve("settings.json"), LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void anEarlierFileSetAsideIsNeverOverwritten() throws Exception {
        Path file = dir.resolve(ProgressStore.FILE_NAME);
        for (int i = 0; i < 3; i++) {
            Files.writeString(file, "not json " + i);
            new ProgressStore(dir, warn);
        }
        List<String> aside = names().stream().filter(n -> n.startsWith("progress.json.corrupt-")).toList();
        assertEquals(3, aside.size(), names().toString());
        for (int i = 0; i < 3; i++) {
            String text = "not json " + i;
            assertTrue(aside.stream().anyMatch(n -> {
                try {
                    return Files.readString(dir.resolve(n)).equals(text);
                } catch (Exception e) {
                    return false;
                }
            }), text + " is kept");
        }
    }
}
