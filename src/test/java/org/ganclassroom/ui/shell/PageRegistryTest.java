package org.ganclassroom.ui.shell;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.ganclassroom.ui.AppArguments;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.common.Page;
import org.ganclassroom.ui.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.Ikon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A real page plugs in through {@link PageRegistry#register}; a broken one shows an error card, not a crash. */
@ExtendWith(ApplicationExtension.class)
class PageRegistryTest {
    @TempDir
    static Path configDir;
    private final List<String> events = new ArrayList<>();
    private final List<Path> lessonDirsSeen = new ArrayList<>();

    private final class FakeLabPage implements Page {
        private final StackPane root = new StackPane(new Label("real lab"));

        FakeLabPage() {
            root.setId("real-lab");
        }

        @Override
        public String name() {
            return "Mini Lab";
        }

        @Override
        public Ikon icon() {
            return AppView.LAB.icon();
        }

        @Override
        public Parent getView() {
            return root;
        }

        @Override
        public void onShow() {
            events.add("show");
        }

        @Override
        public void onHide() {
            events.add("hide");
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        PageRegistry pages = new PageRegistry()
                .register(AppView.LAB, ctx -> {
                    ctx.lessonsDir().ifPresent(lessonDirsSeen::add);
                    return new FakeLabPage();
                })
                .register(AppView.TIMELINE, ctx -> {
                    throw new IllegalStateException("timeline data missing");
                });
        assertTrue(pages.isRegistered(AppView.LAB));
        assertFalse(pages.isRegistered(AppView.QUIZ));
        ShellWindow.open(stage, AppArguments.parse("--open", "lessons", "--lessons", "some/dir"),
                new SettingsStore(configDir, System.err), pages);
    }

    @Test
    void registeredPageIsShownWithShowAndHideHooks(FxRobot robot) {
        robot.clickOn("#nav-lab");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#real-lab").tryQuery().isPresent());
        assertEquals(List.of(Path.of("some/dir")), lessonDirsSeen);
        robot.clickOn("#nav-quiz");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("show", "hide"), events);
        assertTrue(robot.lookup("#page-quiz").tryQuery().isPresent());
    }

    @Test
    void brokenFactoryShowsAFailureCard(FxRobot robot) {
        robot.clickOn("#nav-timeline");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#page-timeline").tryQuery().isPresent());
        assertEquals("Failed to load", robot.lookup("#page-badge").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#page-description").queryAs(Label.class).getText().contains("timeline data missing"));
    }
}
