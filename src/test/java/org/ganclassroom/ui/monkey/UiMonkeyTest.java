package org.ganclassroom.ui.monkey;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ganclassroom.ui.AppArguments;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.lab.FileDialogs;
import org.ganclassroom.ui.settings.SettingsStore;
import org.ganclassroom.ui.shell.PageRegistry;
import org.ganclassroom.ui.shell.ShellWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A UI monkey: thousands of seeded random clicks, scrolls and key presses (glass robot, so they go through the
 * real picking and focus) over the real app's pages, phase by phase across every view. After every batch of
 * actions an FX-thread round trip must come back within a bound, and at the end no exception may have reached
 * the FX thread's (or any thread's) uncaught-exception handler and no page may have failed to load.
 * <p>File choosers and the confirm-reset dialog would block on a real desktop (and Monocle has no file chooser):
 * the lab's dialogs are stubbed (every request is answered "cancelled"), the simulator's two export buttons and
 * the reset-progress buttons never receive the monkey's mouse or key events (a scene event filter consumes them),
 * and any other window the monkey opens (an error alert) is closed
 * after each batch.
 */
class UiMonkeyTest {
    private static final long SEED = 1919;
    private static final int BATCHES_PER_VIEW = 20;
    private static final int ACTIONS_PER_BATCH = 20;
    /** A hang, not a slow machine: opening the app once took over 20 s on a host at load 20+. */
    private static final long ROUND_TRIP_BOUND_S = 60;
    private static final Set<String> NEVER_CLICK_IDS = Set.of("sim-export-png", "sim-export-csv");
    private static final Set<String> NEVER_CLICK_CLASSES = Set.of("reset-progress");
    private static final KeyCode[] KEYS = {KeyCode.SPACE, KeyCode.ENTER, KeyCode.TAB, KeyCode.LEFT, KeyCode.RIGHT,
            KeyCode.UP, KeyCode.DOWN, KeyCode.ESCAPE, KeyCode.BACK_SPACE, KeyCode.PAGE_DOWN, KeyCode.PAGE_UP,
            KeyCode.HOME, KeyCode.END, KeyCode.A, KeyCode.R, KeyCode.T, KeyCode.F, KeyCode.DIGIT1, KeyCode.DIGIT7,
            KeyCode.MINUS, KeyCode.PERIOD, KeyCode.F5};

    @TempDir
    Path configDir;
    private final String previousConfigDir = System.getProperty(SettingsStore.CONFIG_DIR_PROPERTY);
    private final Thread.UncaughtExceptionHandler previousDefault = Thread.getDefaultUncaughtExceptionHandler();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final AtomicInteger dialogRequests = new AtomicInteger();

    @AfterEach
    void restore() throws Exception {
        Thread.setDefaultUncaughtExceptionHandler(previousDefault);
        if (previousConfigDir == null) {
            System.clearProperty(SettingsStore.CONFIG_DIR_PROPERTY);
        } else {
            System.setProperty(SettingsStore.CONFIG_DIR_PROPERTY, previousConfigDir);
        }
        FxToolkit.cleanupStages();
    }

    private void record(Thread t, Throwable e) {
        java.io.StringWriter w = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(w));
        errors.add(t.getName() + ": " + w);
    }

    private final FileDialogs cancelled = new FileDialogs() {
        @Override
        public Optional<Path> open(Window owner, String title, String description, String extension) {
            dialogRequests.incrementAndGet();
            return Optional.empty();
        }

        @Override
        public Optional<Path> save(Window owner, String title, String description, String extension, String name) {
            dialogRequests.incrementAndGet();
            return Optional.empty();
        }
    };

    @Test
    void randomClicksAndKeysAcrossEveryViewRaiseNothingAndNeverStallTheFxThread() throws Exception {
        System.setProperty(SettingsStore.CONFIG_DIR_PROPERTY, configDir.toString()); // the real registry's progress store
        Thread.setDefaultUncaughtExceptionHandler(this::record);
        Stage stage = FxToolkit.registerPrimaryStage();
        ShellWindow shell = onFx(() -> {
            Thread.currentThread().setUncaughtExceptionHandler(this::record);
            return ShellWindow.open(stage, AppArguments.none(), new SettingsStore(configDir, System.err),
                    PageRegistry.standard(cancelled));
        });
        assertTrue(onFx(() -> Thread.currentThread().getUncaughtExceptionHandler()) != null);
        AtomicInteger guarded = new AtomicInteger();
        onFx(() -> {
            // the monkey's hand never reaches a forbidden control: mouse and key events aimed at one are consumed
            // before the control sees them, whatever layout the earlier events of a batch left behind
            stage.getScene().addEventFilter(MouseEvent.ANY, e -> guard(e, guarded));
            stage.getScene().addEventFilter(KeyEvent.ANY, e -> guard(e, guarded));
            return null;
        });

        Random random = new Random(SEED);
        Set<AppView> seen = EnumSet.noneOf(AppView.class);
        long worstRoundTripMs = 0;
        int actions = 0;
        for (AppView view : AppView.values()) {
            onFx(() -> {
                shell.viewModel().select(view);
                return null;
            });
            for (int b = 0; b < BATCHES_PER_VIEW; b++) {
                long seed = random.nextLong();
                onFx(() -> {
                    batch(new Random(seed), stage);
                    return null;
                });
                actions += ACTIONS_PER_BATCH;
                long t0 = System.nanoTime();
                onFx(() -> null); // the round trip: every event the batch queued has been handled
                worstRoundTripMs = Math.max(worstRoundTripMs, (System.nanoTime() - t0) / 1_000_000);
                seen.add(onFx(() -> shell.viewModel().getSelectedView()));
                onFx(() -> {
                    closeOtherWindows(stage);
                    return null;
                });
                if (!errors.isEmpty()) {
                    fail("after " + actions + " actions on " + view + ": " + errors.get(0));
                }
            }
        }
        List<String> failedPages = onFx(() -> failedPages(stage));
        System.out.println("UiMonkeyTest: " + actions + " actions, views seen " + seen + ", worst FX round trip "
                + worstRoundTripMs + " ms, lab file dialogs requested (stubbed) " + dialogRequests.get()
                + ", events kept from forbidden controls " + guarded.get());
        assertEquals(List.of(), errors);
        assertEquals(EnumSet.allOf(AppView.class), seen, "every view was exercised");
        assertEquals(List.of(), failedPages, "no page failed to load");
        onFx(() -> {
            shell.viewModel().select(AppView.LESSONS); // stops the simulator before the stage goes
            return null;
        });
    }

    /** One batch of random actions, run on the FX thread; the robot's events are handled after it returns. */
    private void batch(Random r, Stage stage) {
        Robot robot = new Robot();
        for (int i = 0; i < ACTIONS_PER_BATCH; i++) {
            int kind = r.nextInt(100);
            if (kind < 55) {
                List<Node> targets = clickable();
                if (!targets.isEmpty()) {
                    Node n = targets.get(r.nextInt(targets.size()));
                    Bounds b = n.localToScreen(n.getLayoutBounds());
                    if (b != null) {
                        robot.mouseMove(new Point2D(b.getMinX() + r.nextDouble() * b.getWidth(),
                                b.getMinY() + r.nextDouble() * b.getHeight()));
                        robot.mouseClick(r.nextInt(10) == 0 ? MouseButton.SECONDARY : MouseButton.PRIMARY);
                    }
                }
            } else if (kind < 65) {
                Point2D p = randomPointIn(stage, r);
                if (p != null) {
                    robot.mouseMove(p);
                    robot.mouseClick(MouseButton.PRIMARY);
                }
            } else if (kind < 70) {
                Point2D p = randomPointIn(stage, r);
                if (p != null) {
                    robot.mouseMove(p);
                    robot.mouseWheel(r.nextInt(11) - 5);
                }
            } else if (kind < 95) {
                KeyCode k = KEYS[r.nextInt(KEYS.length)];
                robot.keyPress(k);
                robot.keyRelease(k);
            } else {
                KeyCode digit = KeyCode.valueOf("DIGIT" + (1 + r.nextInt(AppView.values().length)));
                robot.keyPress(KeyCode.CONTROL);
                robot.keyPress(digit);
                robot.keyRelease(digit);
                robot.keyRelease(KeyCode.CONTROL);
            }
        }
    }

    private static Point2D randomPointIn(Stage stage, Random r) {
        if (stage.getScene() == null) {
            return null;
        }
        Parent root = stage.getScene().getRoot();
        Bounds b = root.localToScreen(root.getLayoutBounds());
        return b == null ? null : new Point2D(b.getMinX() + r.nextDouble() * b.getWidth(), b.getMinY() + r.nextDouble() * b.getHeight());
    }

    /** Every visible, enabled control in every showing window (popups and menus too), minus the forbidden ones. */
    private static List<Node> clickable() {
        List<Node> out = new ArrayList<>();
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w.isShowing() && w.getScene() != null) {
                collect(w.getScene().getRoot(), out);
            }
        }
        return out;
    }

    private static void collect(Node n, List<Node> out) {
        if (!n.isVisible() || n.isDisabled() || forbidden(n)) {
            return;
        }
        if (n instanceof Control) {
            out.add(n);
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    private static void guard(javafx.event.Event e, AtomicInteger guarded) {
        if (e.getTarget() instanceof Node target) {
            for (Node n = target; n != null; n = n.getParent()) {
                if (forbidden(n)) {
                    e.consume();
                    guarded.incrementAndGet();
                    return;
                }
            }
        }
    }

    private static boolean forbidden(Node n) {
        return n.getId() != null && NEVER_CLICK_IDS.contains(n.getId())
                || n.getStyleClass().stream().anyMatch(NEVER_CLICK_CLASSES::contains);
    }

    private static void closeOtherWindows(Stage main) {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w != main && w instanceof Stage s && s.isShowing()) {
                s.close();
            }
        }
    }

    private static List<String> failedPages(Stage stage) {
        List<String> out = new ArrayList<>();
        stage.getScene().getRoot().lookupAll("#page-badge").forEach(n -> {
            if (n instanceof Labeled l && "Failed to load".equals(l.getText())) {
                out.add(String.valueOf(n.getParent()));
            }
        });
        return Collections.unmodifiableList(out);
    }

    private <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get(ROUND_TRIP_BOUND_S, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return fail("the FX thread did not answer within " + ROUND_TRIP_BOUND_S + " s");
        }
    }
}
