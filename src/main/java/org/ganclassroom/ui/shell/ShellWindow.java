package org.ganclassroom.ui.shell;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.ganclassroom.ui.AppArguments;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.settings.AppSettings;
import org.ganclassroom.ui.settings.SettingsStore;

import java.util.Objects;
import java.util.stream.Stream;

/**
 * Builds the main window on a stage: picks the start view and theme (command line over remembered settings over
 * defaults), restores the window geometry, and can write the current state back to the settings store.
 */
public final class ShellWindow {
    public static final String TITLE = "GAN Classroom";

    private final Stage stage;
    private final SettingsStore store;
    private final MainViewModel viewModel;
    private final MainView view;
    private double normalX;
    private double normalY;
    private double normalWidth;
    private double normalHeight;
    private boolean placed;
    private TextZoom zoom;
    private KeysOverlay keysOverlay;

    private ShellWindow(Stage stage, SettingsStore store, MainViewModel viewModel, MainView view) {
        this.stage = stage;
        this.store = store;
        this.viewModel = viewModel;
        this.view = view;
    }

    /** Which view to start on: {@code --open} wins over the remembered view; lessons otherwise. */
    public static AppView startView(AppArguments args, AppSettings settings) {
        return args.openView().or(() -> AppView.fromId(settings.lastView())).orElse(AppView.LESSONS);
    }

    /** Which theme to start with: {@code --theme} wins over the remembered theme; light otherwise. */
    public static Theme startTheme(AppArguments args, AppSettings settings) {
        return args.theme().or(() -> Theme.fromId(settings.theme())).orElse(Theme.LIGHT);
    }

    /** Loads the settings, builds the window on {@code stage} and shows it. Call on the FX thread. */
    public static ShellWindow open(Stage stage, AppArguments args, SettingsStore store, PageRegistry pages) {
        Objects.requireNonNull(stage, "stage");
        AppSettings settings = store.load();
        MainViewModel viewModel = new MainViewModel(startView(args, settings), startTheme(args, settings));
        ThemeStyles.apply(viewModel.getTheme());
        viewModel.themeProperty().addListener((obs, old, now) -> ThemeStyles.apply(now));

        TextZoom zoom = new TextZoom();
        // chart text is drawn on canvases, which CSS font sizes do not reach: the pages get the zoom as a scale
        MainView view = MainView.create(viewModel, pages, args.lessonsDir(),
                zoom.fontSizeProperty().divide(TextZoom.BASE_SIZE));
        view.showNotices(Stream.concat(store.notices().stream(), pages.notices().stream()).toList());
        Scene scene = new Scene(view.getRoot());
        scene.getStylesheets().add(ThemeStyles.appStylesheet());
        view.installAccelerators(scene);
        zoom.install(scene);

        ShellWindow window = new ShellWindow(stage, store, viewModel, view);
        window.zoom = zoom;
        PresenterMode.install(scene, stage, viewModel, view, zoom);
        window.keysOverlay = KeysOverlay.install(scene, view, viewModel);
        stage.setTitle(TITLE);
        stage.setMinWidth(AppSettings.MIN_WIDTH);
        stage.setMinHeight(AppSettings.MIN_HEIGHT);
        stage.setScene(scene);
        window.restoreGeometry(settings);
        window.trackGeometry();
        stage.show();
        view.focusShownPage();
        return window;
    }

    private void restoreGeometry(AppSettings settings) {
        boolean remembered = settings.x() != null
                && onSomeScreen(settings.x(), settings.y(), settings.width(), settings.height());
        Rectangle2D screen = remembered
                ? Screen.getScreensForRectangle(settings.x(), settings.y(), 1, 1).stream().findFirst()
                        .orElse(Screen.getPrimary()).getVisualBounds()
                : Screen.getPrimary().getVisualBounds();
        // never larger than the screen (a 1280×820 default on a 1366×768 laptop), never below the minimum size
        normalWidth = Math.max(AppSettings.MIN_WIDTH, Math.min(settings.width(), screen.getWidth()));
        normalHeight = Math.max(AppSettings.MIN_HEIGHT, Math.min(settings.height(), screen.getHeight()));
        stage.setWidth(normalWidth);
        stage.setHeight(normalHeight);
        if (remembered) {
            normalX = settings.x();
            normalY = settings.y();
            placed = true;
            stage.setX(normalX);
            stage.setY(normalY);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(settings.maximized());
    }

    /** True if at least a 100×60 corner of the window (the title bar) would be on a screen. */
    private static boolean onSomeScreen(double x, double y, double w, double h) {
        return !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.min(w, 100), Math.min(h, 60))).isEmpty();
    }

    /** Remembers the last normal (not maximised, not minimised) bounds. */
    private void trackGeometry() {
        ChangeListener<Number> remember = (obs, old, now) -> {
            if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen() && stage.isShowing()) {
                normalX = stage.getX();
                normalY = stage.getY();
                normalWidth = stage.getWidth();
                normalHeight = stage.getHeight();
                placed = true;
            }
        };
        stage.xProperty().addListener(remember);
        stage.yProperty().addListener(remember);
        stage.widthProperty().addListener(remember);
        stage.heightProperty().addListener(remember);
    }

    /** The state to remember: normal bounds, maximised, view and theme. */
    public AppSettings currentSettings() {
        return new AppSettings(placed ? normalX : null, placed ? normalY : null, normalWidth, normalHeight,
                stage.isMaximized(), viewModel.getSelectedView().id(), viewModel.getTheme().id()).sanitized();
    }

    /** Writes the current state; a failure is a warning, never an exception. */
    public boolean saveSettings() {
        return store.trySave(currentSettings());
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    public MainView view() {
        return view;
    }

    /** Ctrl+Plus / Ctrl+Minus / Ctrl+0 text scaling of this window. */
    public TextZoom zoom() {
        return zoom;
    }

    /** The {@code ?} overlay listing the keys. */
    public KeysOverlay keysOverlay() {
        return keysOverlay;
    }

    public Stage stage() {
        return stage;
    }
}
