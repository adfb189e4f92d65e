package org.ganclassroom.ui.shell;

import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.Theme;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The main window's logic, without a screen. */
class MainViewModelTest {
    @Test
    void startsOnTheGivenViewAndTheme() {
        MainViewModel vm = new MainViewModel(AppView.QUIZ, Theme.DARK);
        assertEquals(AppView.QUIZ, vm.getSelectedView());
        assertEquals(Theme.DARK, vm.getTheme());
        assertEquals("GAN Classroom", vm.productName());
    }

    @Test
    void selectingAViewNotifiesListeners() {
        MainViewModel vm = new MainViewModel(AppView.LESSONS, Theme.LIGHT);
        List<AppView> seen = new ArrayList<>();
        vm.selectedViewProperty().addListener((o, a, b) -> seen.add(b));
        vm.select(AppView.SIMULATOR);
        vm.select(AppView.LAB);
        assertEquals(List.of(AppView.SIMULATOR, AppView.LAB), seen);
        assertThrows(NullPointerException.class, () -> vm.select(null));
    }

    @Test
    void numbersFollowTheSidebarOrder() {
        MainViewModel vm = new MainViewModel(AppView.LESSONS, Theme.LIGHT);
        assertEquals(6, vm.views().size());
        for (int n = 1; n <= 6; n++) {
            assertTrue(vm.selectNumber(n));
            assertEquals(vm.views().get(n - 1), vm.getSelectedView());
        }
        assertFalse(vm.selectNumber(7));
        assertFalse(vm.selectNumber(0));
        assertEquals(AppView.SIMULATOR, vm.getSelectedView());
        assertEquals("Ctrl+5", MainViewModel.shortcutText(AppView.LAB));
        assertTrue(vm.navTooltip(AppView.LAB).startsWith("Mini Lab (Ctrl+5)"));
    }

    @Test
    void themeToggleFlipsThemeTooltipAndIcon() {
        MainViewModel vm = new MainViewModel(AppView.LESSONS, Theme.LIGHT);
        assertEquals("Switch to the dark theme", vm.themeToggleTooltipProperty().get());
        assertEquals(MaterialDesignW.WEATHER_NIGHT, vm.themeToggleIconProperty().get());
        vm.toggleTheme();
        assertEquals(Theme.DARK, vm.getTheme());
        assertEquals("Switch to the light theme", vm.themeToggleTooltipProperty().get());
        assertEquals(MaterialDesignW.WHITE_BALANCE_SUNNY, vm.themeToggleIconProperty().get());
        vm.toggleTheme();
        assertEquals(Theme.LIGHT, vm.getTheme());
    }

    @Test
    void viewIdsAreUniqueAndStable() {
        assertEquals(List.of("lessons", "timeline", "quiz", "truefalse", "lab", "simulator"), AppView.ids());
    }
}
