package org.ganclassroom.ui.timeline;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ganclassroom.lesson.Course;
import org.ganclassroom.ui.practice.PracticeFixtures;
import org.ganclassroom.ui.practice.PracticeStage;
import org.ganclassroom.ui.practice.TextRenderers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The timeline page headless: click a milestone, see its card; arrows and Enter; the lab button. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    private final List<String> launched = new ArrayList<>();
    private final AtomicReference<Course> course = new AtomicReference<>(PracticeFixtures.sample());
    private TimelineView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = TimelineView.create(new TimelineViewModel(course::get, (p, c) -> launched.add(p + "/" + c)),
                TextRenderers.plainLabel());
        PracticeStage.show(stage, view.getView());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean shown(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        return n.isVisible() && n.getScene() != null;
    }

    @Test
    void clickingAMilestoneShowsItsCard(FxRobot robot) throws Exception {
        assertTrue(shown(robot, "#timeline-hint"));
        assertFalse(robot.lookup("#timeline-card-body").query().isVisible());
        assertEquals(8, robot.lookup(".timeline-node").queryAll().size());
        assertEquals(List.of("2014", "2015", "2017", "2018", "2019"), robot.lookup(".timeline-year").queryAllAs(Label.class)
                .stream().map(Label::getText).toList());

        robot.clickOn("#timeline-dot-0");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2014", text(robot, "#timeline-card-year"));
        assertEquals("Generative Adversarial Nets", text(robot, "#timeline-card-title"));
        assertTrue(text(robot, "#timeline-card-authors").startsWith("Goodfellow, Pouget-Abadie"));
        assertTrue(robot.lookup("#timeline-card-idea").lookup(".practice-text").queryAs(Label.class).getText()
                .contains("minimax"));
        assertTrue(robot.lookup("#timeline-card-problem").lookup(".practice-text").queryAs(Label.class).getText()
                .contains("explicit likelihood"));
        assertTrue(robot.lookup("#timeline-dot-0").query().getParent().getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("selected")));

        Button lab = robot.lookup("#timeline-open-lab").queryButton();
        assertTrue(lab.isVisible());
        assertNotNull(lab.getTooltip());
        assertTrue(lab.getTooltip().getText().contains("mixture2"), lab.getTooltip().getText());
        robot.clickOn(lab);
        assertEquals(List.of("mixture2/null"), launched);

        robot.clickOn("#timeline-title-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Conditional GAN", text(robot, "#timeline-card-title"));
        assertFalse(lab.isVisible(), "no lab target, no lab button");
    }

    @Test
    void arrowKeysAndEnterWalkTheTimeline(FxRobot robot) throws Exception {
        robot.clickOn("#timeline-axis");
        robot.type(KeyCode.ENTER);
        assertEquals("Generative Adversarial Nets", text(robot, "#timeline-card-title"));
        robot.type(KeyCode.RIGHT, 3);
        assertEquals("Wasserstein GAN", text(robot, "#timeline-card-title"));
        assertEquals("Arjovsky, Chintala, Bottou", text(robot, "#timeline-card-authors"));
        assertTrue(robot.lookup("#timeline-open-lab").query().isVisible());
        PracticeStage.shot(robot, stage, "timeline-card");
        PracticeStage.darkShot(robot, stage, "timeline-card");
        robot.type(KeyCode.LEFT);
        assertEquals("DCGAN", text(robot, "#timeline-card-title"));
        robot.clickOn("#timeline-next");
        assertEquals("Wasserstein GAN", text(robot, "#timeline-card-title"));
        robot.clickOn("#timeline-open-lab");
        assertEquals(List.of("wgan/wasserstein"), launched);
        robot.type(KeyCode.ESCAPE);
        assertTrue(shown(robot, "#timeline-hint"));
    }

    @Test
    void emptyCourseShowsAFriendlyMessage(FxRobot robot) throws Exception {
        course.set(PracticeFixtures.course());
        robot.interact(view::onShow);
        assertTrue(shown(robot, "#timeline-empty"));
        assertFalse(robot.lookup("#timeline-scroll").query().isVisible());
        assertTrue(robot.lookup("#timeline-empty").lookup(".title-3").queryAs(Label.class).getText()
                .contains("No timeline entries found"));
        PracticeStage.shot(robot, stage, "timeline-empty");
    }

    @Test
    void everyButtonHasATooltip(FxRobot robot) {
        robot.clickOn("#timeline-dot-3");
        for (Button b : robot.lookup(".button").queryAllAs(Button.class)) {
            assertNotNull(b.getTooltip(), b.getId());
        }
    }
}
