package org.ganclassroom.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.ganclassroom.ui.live.FrameTimer;

/**
 * The frame-time floor of the machine's JavaFX: a window of the simulator's default size whose only work per frame
 * is one filled rectangle, timed with the simulator's own {@link FrameTimer}. Whatever p99 this shows is the
 * platform's pulse jitter (timer, event loop, scheduler), not the app's drawing; compare the simulator's figures
 * against it. Writes the same log as the app: run under the display to measure (docs/PERFORMANCE.md),
 * <pre>mvn -q -DskipTests test-compile exec:exec -Dbench.main=org.ganclassroom.bench.PulseFloor \
 *     -Dbench=SECONDS -Dbench.jvmArgs=-Dganclassroom.frameLog=FILE</pre>
 */
public final class PulseFloor {
    private PulseFloor() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window; public for JavaFX's launcher. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            double seconds = getParameters().getRaw().isEmpty() ? 60 : Double.parseDouble(getParameters().getRaw().get(0));
            Canvas canvas = new Canvas(752, 489);
            stage.setScene(new Scene(new StackPane(canvas), 1280, 820));
            stage.setTitle("JavaFX pulse floor");
            stage.show();
            FrameTimer timer = new FrameTimer(1024);
            long end = System.nanoTime() + (long) (seconds * 1e9);
            new AnimationTimer() {
                private long frames;

                @Override
                public void handle(long now) {
                    timer.frameStart(now);
                    GraphicsContext gc = canvas.getGraphicsContext2D();
                    gc.setFill(Color.gray((frames++ % 60) / 60.0));
                    gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
                    timer.frameEnd(frames);
                    if (System.nanoTime() > end) {
                        System.out.println(timer.summary());
                        Platform.exit();
                    }
                }
            }.start();
        }
    }
}
