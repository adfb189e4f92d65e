package org.ganclassroom.ui;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(ApplicationExtension.class)
class AppStartsHeadlessTest {
    @Start
    void start(Stage stage) {
        new GanClassroomApp().start(stage);
    }

    @Test
    void windowShowsTheTitle(FxRobot robot) {
        assertEquals("GAN Classroom", robot.lookup("#title").queryAs(Label.class).getText());
    }
}
