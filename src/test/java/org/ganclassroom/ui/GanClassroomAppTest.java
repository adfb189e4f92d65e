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

import javafx.scene.control.Labeled;
import javafx.scene.layout.VBox;
import org.ganclassroom.ui.progress.Progress;
import org.ganclassroom.ui.progress.ProgressStore;
import org.ganclassroom.ui.progress.QuizScore;
import org.ganclassroom.ui.settings.SpecialFiles;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
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

    @Test
    void startsAtOnceWithAFifoForProgressAndABadSettingsFieldAndSaysSo() throws Exception {
        System.setProperty(SettingsStore.CONFIG_DIR_PROPERTY, configDir.toString());
        Path fifo = configDir.resolve(ProgressStore.FILE_NAME);
        SpecialFiles.fifo(fifo);
        Files.writeString(configDir.resolve(SettingsStore.FILE_NAME), "{\"width\": \"wide\", \"lastView\": \"quiz\"}");
        FxToolkit.registerPrimaryStage();
        Application app;
        try {
            app = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> FxToolkit.setupApplication(GanClassroomApp.class), "the window must come up");
        } finally {
            SpecialFiles.unblock(fifo); // frees the FX thread if an old build is stuck opening the pipe
        }
        WaitForAsyncUtils.waitForFxEvents();
        FxRobot robot = new FxRobot();
        assertTrue(robot.lookup("#page-quiz").tryQuery().isPresent(), "the valid lastView was kept");
        VBox lines = robot.lookup("#notice-lines").queryAs(VBox.class);
        assertTrue(robot.lookup("#notice-bar").query().isVisible(), "the notice bar is shown");
        String text = lines.getChildren().stream().map(n -> ((Labeled) n).getText()).collect(Collectors.joining("\n"));
        assertTrue(text.contains("settings.json") && text.contains("width (\"wide\" is not a finite number)"), text);
        assertTrue(text.contains("progress.json") && text.contains("named pipe (FIFO)"), text);
        robot.clickOn("#notice-dismiss");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#notice-bar").query().isVisible(), "dismissed");
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void oneBadProgressFieldKeepsTheRestOfTheStudentsProgress() throws Exception {
        System.setProperty(SettingsStore.CONFIG_DIR_PROPERTY, configDir.toString());
        Files.writeString(configDir.resolve(ProgressStore.FILE_NAME),
                "{\"visitedLessons\": [\"intro\", \"minimax\"], \"completedLessons\": [\"intro\"], \"speedRoundBest\": \"x\","
                        + " \"quizBest\": {\"correct\": 4, \"total\": 5}}");
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(GanClassroomApp.class, "--open", "timeline");
        WaitForAsyncUtils.waitForFxEvents();
        FxRobot robot = new FxRobot();
        VBox lines = robot.lookup("#notice-lines").queryAs(VBox.class);
        String text = lines.getChildren().stream().map(n -> ((Labeled) n).getText()).collect(Collectors.joining("\n"));
        assertTrue(text.contains("progress.json") && text.contains("speedRoundBest"), text);
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        Progress kept = new ProgressStore(configDir, System.err).get();
        assertEquals(Set.of("intro", "minimax"), kept.visitedLessons());
        assertEquals(Set.of("intro"), kept.completedLessons());
        assertEquals(new QuizScore(4, 5), kept.quizBest());
    }
}
