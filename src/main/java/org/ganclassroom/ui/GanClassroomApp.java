package org.ganclassroom.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.ganclassroom.ui.settings.SettingsStore;
import org.ganclassroom.sim.parallel.PartPool;
import org.ganclassroom.ui.shell.PageRegistry;
import org.ganclassroom.ui.shell.ShellWindow;

import java.util.List;
import java.util.OptionalInt;

/**
 * The JavaFX application. Arguments come from {@link #getParameters()} (the {@link org.ganclassroom.Launcher}
 * has usually checked them already; they are checked again here in case this class is started directly).
 */
public final class GanClassroomApp extends Application {
    private static final Integer MEASURE_HELPERS = Integer.getInteger("ganclassroom.measureHelpers");
    private AppArguments arguments = AppArguments.none();
    private ShellWindow shell;
    /**
     * Runs the second part of every live measurement on a core left spare by the FX thread, its renderer and the
     * simulation thread (none on a smaller machine, where a helper would take the FX thread's core);
     * {@code -Dganclassroom.measureHelpers=N} overrides that for measuring it (docs/PERFORMANCE.md).
     */
    private final PartPool measureParts = MEASURE_HELPERS == null ? PartPool.spareCores(3, 1, "gan-measure")
            : new PartPool(MEASURE_HELPERS, "gan-measure");

    public static void launchApp(String[] args) {
        Application.launch(GanClassroomApp.class, args);
    }

    @Override
    public void init() {
        List<String> raw = getParameters() == null ? List.of() : getParameters().getRaw();
        OptionalInt exit = AppArguments.preflight(raw, System.out, System.err);
        if (exit.isPresent()) {
            System.exit(exit.getAsInt()); // before any window opens
        }
        try {
            arguments = AppArguments.parse(raw);
        } catch (AppArguments.InvalidArgumentsException e) {
            throw new IllegalStateException(e); // cannot happen: preflight accepted them
        }
    }

    @Override
    public void start(Stage stage) {
        PageRegistry pages = PageRegistry.standard(arguments.startRun(), measureParts);
        shell = ShellWindow.open(stage, arguments, SettingsStore.standard(), pages);
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.saveSettings(); // a few hundred bytes, written atomically
        }
        measureParts.close();
    }
}
