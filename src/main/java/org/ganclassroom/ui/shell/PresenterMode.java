package org.ganclassroom.ui.shell;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.ganclassroom.ui.common.Page;
import org.ganclassroom.ui.common.PresentablePage;

/**
 * F5 toggles presenter mode ({@link MainViewModel#presenterModeProperty}): full screen, larger type (a
 * {@link TextZoom} boost), no sidebar (MainView binds it). While on, PageDown/PageUp and Right/Left step the shown
 * page's sections if it is a {@link PresentablePage}. Leaving full screen with Esc ends presenter mode.
 */
public final class PresenterMode {
    public static final double TEXT_BOOST = 1.35;

    private final MainViewModel viewModel;
    private final MainView view;
    private final Stage stage;
    private final TextZoom zoom;
    private PresentablePage presenting;

    private PresenterMode(MainViewModel viewModel, MainView view, Stage stage, TextZoom zoom) {
        this.viewModel = viewModel;
        this.view = view;
        this.stage = stage;
        this.zoom = zoom;
    }

    public static PresenterMode install(Scene scene, Stage stage, MainViewModel viewModel, MainView view, TextZoom zoom) {
        PresenterMode mode = new PresenterMode(viewModel, view, stage, zoom);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), viewModel::togglePresenterMode);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, mode::onKey);
        viewModel.presenterModeProperty().addListener((obs, old, on) -> mode.apply(on));
        viewModel.selectedViewProperty().addListener(o -> mode.tellShownPage());
        stage.fullScreenProperty().addListener((obs, was, now) -> {
            if (was && !now && viewModel.isPresenterMode()) {
                viewModel.setPresenterMode(false); // Esc left full screen
            }
        });
        return mode;
    }

    private void apply(boolean on) {
        zoom.boostProperty().set(on ? TEXT_BOOST : 1.0);
        if (stage != null && stage.isFullScreen() != on) {
            stage.setFullScreenExitHint(on ? exitHint(view.shownPage()) : null);
            stage.setFullScreen(on);
        }
        tellShownPage();
    }

    /** The paging keys are named only where they do something (the Lessons page, not the Simulator). */
    public static String exitHint(Page shown) {
        return shown instanceof PresentablePage
                ? "Presenter mode: PageDown/PageUp step through the lesson, F5 or Esc ends it"
                : "Presenter mode: F5 or Esc ends it";
    }

    private void tellShownPage() {
        Page shown = view.shownPage();
        PresentablePage now = shown instanceof PresentablePage p ? p : null;
        if (presenting != null && presenting != now) {
            presenting.setPresenting(false);
        }
        presenting = now;
        if (now != null) {
            now.setPresenting(viewModel.isPresenterMode());
        }
    }

    private void onKey(KeyEvent e) {
        if (!viewModel.isPresenterMode() || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        if (!(view.shownPage() instanceof PresentablePage page)) {
            return;
        }
        switch (e.getCode()) {
            case PAGE_DOWN, RIGHT -> {
                page.nextSection();
                e.consume();
            }
            case PAGE_UP, LEFT -> {
                page.previousSection();
                e.consume();
            }
            default -> {
            }
        }
    }
}
