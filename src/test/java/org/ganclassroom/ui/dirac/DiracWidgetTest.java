package org.ganclassroom.ui.dirac;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.ganclassroom.lesson.LessonBlock;
import org.ganclassroom.lesson.LessonLoader;
import org.ganclassroom.sim.dirac.DiracLoss;
import org.ganclassroom.sim.dirac.DiracPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Dirac-GAN widget: dragging restarts the trajectories there, R1 moves the eigenvalues into the left half-plane. */
@ExtendWith(ApplicationExtension.class)
class DiracWidgetTest {
    private DiracWidget widget;

    /** The course's own portrait block (lesson 11), so the captions' claims are tested with its settings. */
    static LessonBlock.Dirac lessonBlock() {
        List<LessonBlock.Dirac> blocks = LessonLoader.load(Path.of("lessons")).blocks(LessonBlock.Dirac.class);
        assertEquals(1, blocks.size(), "one dirac block in the course");
        return blocks.get(0);
    }

    @Start
    void start(Stage stage) {
        LessonBlock.Dirac b = lessonBlock();
        assertEquals("gan", b.loss());
        assertEquals(List.of(), b.switches(), "the caption starts with no regulariser");
        widget = new DiracWidget(DiracSetup.of(b.loss(), b.switches(), b.rate()), new DiracPoint(b.theta(), b.psi()));
        stage.setScene(new Scene(new StackPane(widget), 860, 720));
        stage.show();
    }

    @Test
    void draggingTheStartPointRestartsBothTrajectoriesThere(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> widget.simultaneousPath().length > 60);
        AtomicReference<Point2D> from = new AtomicReference<>();
        AtomicReference<Point2D> to = new AtomicReference<>();
        robot.interact(() -> {
            PhasePortrait p = widget.portrait();
            double[] a = p.toPixel(widget.start());
            double[] b = p.toPixel(new DiracPoint(-1, -0.5));
            from.set(p.canvas().localToScreen(a[0], a[1]));
            to.set(p.canvas().localToScreen(b[0], b[1]));
        });
        int before = widget.simultaneousPath().length;
        robot.drag(from.get()).dropTo(to.get());
        AtomicReference<DiracPoint[]> sim = new AtomicReference<>();
        AtomicReference<DiracPoint[]> alt = new AtomicReference<>();
        robot.interact(() -> {
            widget.setPaused(true);
            sim.set(widget.simultaneousPath());
            alt.set(widget.alternatingPath());
        });
        DiracPoint s = widget.start();
        double pixel = 2 * DiracWidget.RANGE / widget.portrait().getWidth() * 3;
        assertEquals(-1, s.theta(), pixel, "the start follows the drop: " + s);
        assertEquals(-0.5, s.psi(), pixel, "the start follows the drop: " + s);
        assertEquals(s, sim.get()[0], "the simultaneous trajectory starts at the new point");
        assertEquals(s, alt.get()[0], "the alternating trajectory starts at the new point");
        assertTrue(sim.get().length < before, "restarted: " + sim.get().length + " points, had " + before);
        robot.interact(() -> widget.setPaused(false));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> widget.simultaneousPath().length > sim.get().length + 10);
    }

    @Test
    void tickingR1TurnsTheEigenvaluesNegativeAndTheTrajectoriesConverge(FxRobot robot) {
        Label readout = robot.lookup("#dirac-eigenvalues").queryAs(Label.class);
        assertTrue(readout.getText().contains("±0.500i"), readout.getText());
        assertTrue(readout.getText().contains("circles"), readout.getText());
        robot.clickOn("#dirac-r1");
        assertTrue(robot.lookup("#dirac-r1").queryAs(CheckBox.class).isSelected());
        // −γ/2 ± √(γ²/4 − f'(0)²) with γ = 0.3, f'(0) = 1/2
        assertTrue(readout.getText().contains("−0.150 ± 0.477i"), readout.getText());
        assertTrue(readout.getText().contains("real parts below 0"), readout.getText());
        assertTrue(widget.setup().dynamics().flowEigenvalues().orElseThrow().maxRealPart() < 0);
        robot.interact(() -> {
            widget.setPaused(true);
            widget.restart();
            widget.advance(1500);
        });
        DiracPoint[] sim = widget.simultaneousPath();
        DiracPoint[] alt = widget.alternatingPath();
        assertTrue(sim[sim.length - 1].norm() < 0.01 && alt[alt.length - 1].norm() < 0.01,
                "both spiral into (0, 0): " + sim[sim.length - 1] + ", " + alt[alt.length - 1]);
    }

    /** Lesson 11's caption: without a regulariser simultaneous steps spiral out and alternating steps circle. */
    @Test
    void withoutRegulariserSimultaneousSpiralsOutAndAlternatingCircles(FxRobot robot) {
        robot.interact(() -> {
            widget.setPaused(true);
            widget.restart();
            widget.advance(DiracWidget.MAX_STEPS);
        });
        DiracPoint[] sim = widget.simultaneousPath();
        DiracPoint[] alt = widget.alternatingPath();
        double r0 = widget.start().norm();
        assertTrue(sim[sim.length - 1].norm() > 1.5 * r0, "spirals out: " + sim[sim.length - 1]);
        for (int i = 1; i < sim.length; i++) {
            assertTrue(sim[i].norm() >= sim[i - 1].norm() - 1e-12, "never inwards, step " + i);
        }
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (DiracPoint p : alt) {
            lo = Math.min(lo, p.norm());
            hi = Math.max(hi, p.norm());
        }
        assertTrue(lo > 0.5 * r0 && hi < 2 * r0, "alternating keeps circling: [" + lo + ", " + hi + "]");
    }

    @Test
    void wganGpShowsNoEigenvaluesAndDoesNotSettle(FxRobot robot) {
        for (DiracLoss loss : DiracLoss.values()) {
            robot.interact(() -> {
                widget.setPaused(true);
                widget.applyForTest(widget.setup().withLoss(loss).withGradientPenalty(true));
                widget.advance(DiracWidget.MAX_STEPS);
            });
            Label readout = robot.lookup("#dirac-eigenvalues").queryAs(Label.class);
            assertTrue(readout.getText().contains("no derivative"), readout.getText());
            DiracPoint[] sim = widget.simultaneousPath();
            DiracPoint[] alt = widget.alternatingPath();
            double closest = Double.MAX_VALUE;
            for (int i = sim.length / 2; i < sim.length; i++) {
                closest = Math.min(closest, Math.min(sim[i].norm(), alt[Math.min(i, alt.length - 1)].norm()));
            }
            assertTrue(closest > 0.1, loss + ": the second half stays away from (0, 0): " + closest);
        }
    }

    /** Lesson 11's "things to try": Wasserstein at a large rate leaves the picture; noise does nothing there. */
    @Test
    void wassersteinAtALargeRateLeavesThePictureAndNoiseChangesNothing(FxRobot robot) {
        robot.interact(() -> {
            widget.setPaused(true);
            widget.applyForTest(widget.setup().withLoss(DiracLoss.WASSERSTEIN).withRate(0.5));
            widget.advance(36);
        });
        DiracPoint[] sim = widget.simultaneousPath();
        DiracPoint last = sim[sim.length - 1];
        assertTrue(Math.max(Math.abs(last.theta()), Math.abs(last.psi())) > DiracWidget.RANGE, "left: " + last);
        for (int i = 1; i < sim.length; i++) {
            assertEquals(Math.sqrt(1 + 0.25), sim[i].norm() / sim[i - 1].norm(), 1e-12, "step " + i);
        }
        Label readout = robot.lookup("#dirac-eigenvalues").queryAs(Label.class);
        String before = readout.getText();
        assertTrue(before.contains("±1.000i"), before);
        robot.interact(() -> widget.applyForTest(widget.setup().withNoise(true)));
        assertEquals(before, readout.getText(), "f'' = 0: instance noise leaves the Wasserstein eigenvalues alone");
    }

    @Test
    void theAnimationStopsWhenBothTrajectoriesAreDoneAndARestartResumesIt(FxRobot robot) throws Exception {
        robot.interact(() -> {
            widget.applyForTest(widget.setup().withLoss(DiracLoss.WASSERSTEIN).withRate(1.0));
            assertTrue(widget.isAnimating());
            widget.advance(DiracWidget.MAX_STEPS);
            assertTrue(widget.isAnimating(), "still moving while a trajectory has steps left");
            widget.advance(1);
        });
        assertEquals(DiracWidget.MAX_STEPS + 1, widget.alternatingPath().length, "alternating steps circle to the cap");
        assertTrue(!widget.isAnimating(), "both done: no more frames asked for");
        robot.interact(() -> {
            widget.restart();
            assertTrue(widget.isAnimating(), "a restart asks for frames again");
            assertEquals(1, widget.simultaneousPath().length);
        });
    }
}
