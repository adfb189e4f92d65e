package org.ganclassroom.arch;

import org.ganclassroom.ui.progress.ProgressStore;
import org.ganclassroom.ui.settings.SettingsStore;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * UI tests build the app's real page registry, whose progress store lives in the standard config folder. The
 * build points that folder into target/ (surefire's ganclassroom.configDir), so running the tests never changes
 * a student's progress or window settings on the same machine.
 */
class TestsKeepOutOfTheUsersConfigTest {
    @Test
    void theStandardStoresWriteUnderTarget() {
        String dir = System.getProperty(SettingsStore.CONFIG_DIR_PROPERTY);
        assertNotNull(dir, "surefire must set -D" + SettingsStore.CONFIG_DIR_PROPERTY);
        Path target = Path.of("target").toAbsolutePath().normalize();
        Path progress = ProgressStore.standard().file().toAbsolutePath().normalize();
        assertTrue(progress.startsWith(target), progress + " is outside " + target);
        Path home = Path.of(System.getProperty("user.home"), ".config").toAbsolutePath().normalize();
        assertTrue(!progress.startsWith(home) || target.startsWith(home), progress + " is in the user's config folder");
    }
}
