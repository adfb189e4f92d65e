package org.ganclassroom.ui.shell;

import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.Theme;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text zoom and the presenter-mode flag, without a screen. */
class TextZoomTest {
    @Test
    void zoomStepsClampAndReset() {
        TextZoom zoom = new TextZoom();
        assertEquals(TextZoom.BASE_SIZE, zoom.fontSizeProperty().get(), 1e-9);
        zoom.zoomIn();
        zoom.zoomIn();
        assertEquals(1.2, zoom.getScale(), 1e-9);
        assertEquals(16.8, zoom.fontSizeProperty().get(), 1e-9);
        for (int i = 0; i < 50; i++) {
            zoom.zoomIn();
        }
        assertEquals(TextZoom.MAX, zoom.getScale(), 1e-9);
        for (int i = 0; i < 50; i++) {
            zoom.zoomOut();
        }
        assertEquals(TextZoom.MIN, zoom.getScale(), 1e-9);
        zoom.reset();
        assertEquals(1.0, zoom.getScale(), 1e-9);
        zoom.boostProperty().set(PresenterMode.TEXT_BOOST);
        assertEquals(Math.round(TextZoom.BASE_SIZE * PresenterMode.TEXT_BOOST * 10) / 10.0,
                zoom.fontSizeProperty().get(), 1e-9);
    }

    @Test
    void presenterModeToggles() {
        MainViewModel vm = new MainViewModel(AppView.LESSONS, Theme.LIGHT);
        assertFalse(vm.isPresenterMode());
        vm.togglePresenterMode();
        assertTrue(vm.isPresenterMode());
        vm.setPresenterMode(false);
        assertFalse(vm.presenterModeProperty().get());
    }
}
