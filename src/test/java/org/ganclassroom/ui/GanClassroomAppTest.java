package org.ganclassroom.ui;

import javafx.application.Application;
import org.ganclassroom.ui.settings.AppSettings;
import org.ganclassroom.ui.settings.SettingsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real Application class: arguments via getParameters().getRaw() (the javafx:run path), settings saved on stop. */
class GanClassroomAppTest {
    @TempDir
    Path configDir;
    /** The build's own setting (a folder under target/), put back so later tests stay out of the user's config. */
    private final String previous = System.getProperty(SettingsStore.CONFIG_DIR_PROPERTY);

    @AfterEach
    void restoreProperty() {
        if (previous == null) {
            System.clearProperty(SettingsStore.CONFIG_DIR_PROPERTY);
        } else {
            System.setProperty(SettingsStore.CONFIG_DIR_PROPERTY, previous);
        }
    }

    @Test
    void startsOnTheViewFromRawParametersAndRemembersItOnStop() throws Exception {
        System.setProperty(SettingsStore.CONFIG_DIR_PROPERTY, configDir.toString());
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(GanClassroomApp.class, "--open", "lab", "--theme", "dark");
        WaitForAsyncUtils.waitForFxEvents();
        FxRobot robot = new FxRobot();
        assertTrue(robot.lookup("#page-lab").tryQuery().isPresent(), "the lab page is shown");
        robot.clickOn("#nav-simulator");
        WaitForAsyncUtils.waitForFxEvents();

        FxToolkit.cleanupApplication(app); // runs stop(), which saves the settings
        Path file = configDir.resolve(SettingsStore.FILE_NAME);
        assertTrue(Files.exists(file), "settings written on stop");
        AppSettings saved = new SettingsStore(configDir, System.err).load();
        assertEquals("simulator", saved.lastView());
        assertEquals("dark", saved.theme());
        FxToolkit.cleanupStages();
    }
}
