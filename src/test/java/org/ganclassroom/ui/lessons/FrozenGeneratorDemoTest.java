package org.ganclassroom.ui.lessons;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.ganclassroom.lesson.Course;
import org.ganclassroom.lesson.LessonBlock;
import org.ganclassroom.lesson.LessonLoader;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.sim.train.Metrics;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.live.LivePlot;
import org.ganclassroom.ui.live.LiveRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lesson 5's frozen-generator demo as shipped: G starts partly trained (not a spike at 0, so D* is no trivial step),
 * D(x) stays inside the plot, and the embed shows V(D,G) closing on −log 4 + 2·JSD as its caption promises.
 */
@ExtendWith(ApplicationExtension.class)
class FrozenGeneratorDemoTest {
    private static final Pattern NUMBER = Pattern.compile("[−-]?\\d+\\.\\d+");
    private Stage stage;

    static LessonBlock.Simulator lessonFiveDemo() {
        Course course = LessonLoader.load(Path.of("lessons"));
        return course.lessons().stream().filter(l -> l.order() == 5).findFirst().orElseThrow().sections().stream()
                .flatMap(s -> s.blocks().stream()).filter(LessonBlock.Simulator.class::isInstance)
                .map(LessonBlock.Simulator.class::cast).filter(LessonBlock.Simulator::freezeGenerator)
                .findFirst().orElseThrow();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        LiveSimulatorEmbed embed = new LiveSimulatorEmbed((preset, chip) -> { },
                new SimpleObjectProperty<>(Theme.LIGHT), LiveRun.Runners.MANUAL);
        ScrollPane page = new ScrollPane(embed.create(lessonFiveDemo()));
        page.setFitToWidth(true);
        stage.setScene(new Scene(page, 1024, 768));
        stage.show();
    }

    private static double[] numbers(String text) {
        Matcher m = NUMBER.matcher(text);
        return m.results().mapToDouble(r -> Double.parseDouble(r.group().replace('−', '-'))).toArray();
    }

    @Test
    void startsFromAPartlyTrainedGeneratorAndShowsVClosingOnTheTheory(FxRobot robot) {
        robot.clickOn("#lesson-sim-run");
        WaitForAsyncUtils.waitForFxEvents();
        LivePlot plot = robot.lookup("#lesson-sim-panel").queryAs(LivePlot.class);
        var runner = plot.run().runner();
        AtomicReference<Frame> start = new AtomicReference<>();
        AtomicReference<Frame> end = new AtomicReference<>();
        robot.interact(() -> start.set(runner.runFramesUntil(f -> f.snapshot().metrics().step() >= 1, 100)));
        Metrics m0 = start.get().snapshot().metrics();
        assertTrue(m0.jsd() > 0.15 && m0.jsd() < 0.5, "G is partly trained at the start: JSD " + m0.jsd()
                + " (an untrained G sits at ln 2 = 0.693)");

        robot.interact(() -> end.set(runner.runFramesUntil(f -> f.snapshot().metrics().step() >= 3000, 2000)));
        WaitForAsyncUtils.waitForFxEvents();
        Metrics m = end.get().snapshot().metrics();
        // D* is no trivial step: where the mass is, it mostly lies well inside (0, 1), so D(x) is seen moving there
        var s = end.get().snapshot();
        double inside = 0;
        double mass = 0;
        for (int i = 0; i < s.gridSize(); i++) {
            double w = s.pData()[i] + s.pG()[i];
            mass += w;
            if (s.dStar()[i] > 0.05 && s.dStar()[i] < 0.95) {
                inside += w;
            }
        }
        assertTrue(inside / mass > 0.5, "share of the mass where 0.05 < D* < 0.95: " + inside / mass);
        assertEquals(m0.jsd(), m.jsd(), 1e-9, "G is frozen");

        Label values = robot.lookup("#lesson-sim-values").queryAs(Label.class);
        assertTrue(values.isVisible() && values.getText().contains("V(D,G) =")
                && values.getText().contains("−log 4 + 2·JSD ="), values.getText());
        double[] shown = numbers(values.getText().replaceAll("^step [\\d,  ]+", ""));
        assertEquals(m.valueGrid(), shown[0], 1e-4, "V as shown");
        assertEquals(-Math.log(4) + 2 * m.jsd(), shown[1], 1e-4, "−log 4 + 2·JSD as shown");
        assertTrue(Math.abs(shown[0] - shown[1]) < 0.02, "V has closed on −log 4 + 2·JSD: " + values.getText());
        robot.interact(() -> stage.getScene().setRoot(new javafx.scene.layout.StackPane()));
    }
}
