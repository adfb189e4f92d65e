package org.ganclassroom.ui.simulator;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.ganclassroom.sim.train.Player;
import org.ganclassroom.ui.common.KeyHint;
import org.ganclassroom.ui.common.Keys;
import org.ganclassroom.ui.live.LivePlot;
import org.ganclassroom.ui.live.PlayerStepControl;

import java.util.List;

/** The Simulator page's single keys (Space, →, ←, End, F, D, G, R, C, M) and the hints that list them. */
final class SimulatorKeys {
    static final List<KeyHint> HINTS = List.of(
            new KeyHint("Space", "play or pause (on a focused button: press it)"),
            new KeyHint("→", "pause and take one step (in slow motion: one line of Algorithm 1)"),
            new KeyHint("D", "D-step: train only the discriminator (its k updates)"),
            new KeyHint("G", "G-step: train only the generator"),
            new KeyHint("←", "go back one step (click or drag on the history: go to that step)"),
            new KeyHint("End", "back to the last step the run trained"),
            new KeyHint("F", "fast-forward the chosen number of steps"),
            new KeyHint("R", "start the run again from step 0"),
            new KeyHint("C", "show or hide the Configure panel"),
            new KeyHint("M", "menu of Defaults, Draw, PNG, CSV and Clip… (a narrow window keeps them under ⋯)"),
            new KeyHint("Enter (in Seed)", "restart with that seed"));

    private final Node page;
    private final SimulatorViewModel vm;
    private final LivePlot plot;
    private final PlayerStepControl playerSteps;
    private final ToggleButton configToggle;
    private final FittingToolbar toolbar;

    SimulatorKeys(Node page, SimulatorViewModel vm, LivePlot plot, PlayerStepControl playerSteps,
                  ToggleButton configToggle, FittingToolbar toolbar) {
        this.page = page;
        this.vm = vm;
        this.plot = plot;
        this.playerSteps = playerSteps;
        this.configToggle = configToggle;
        this.toolbar = toolbar;
    }

    /** The page's key filter: acts on a key and consumes it, unless a text field or a slider has the focus. */
    void onKey(KeyEvent e) {
        if (Keys.withModifier(e)) {
            return;
        }
        Node focus = page.getScene() == null ? null : page.getScene().getFocusOwner();
        if (focus instanceof TextInputControl || focus instanceof Slider || focus instanceof Spinner
                || focus instanceof ComboBox) {
            return;
        }
        if (e.getCode() == KeyCode.SPACE && focus instanceof ButtonBase) {
            return; // Space presses the focused button (Tab to PNG, Space), as everywhere else
        }
        if (e.getCode() == KeyCode.SPACE) {
            vm.togglePlay();
        } else if (e.getCode() == KeyCode.RIGHT) {
            vm.stepOnce();
        } else if (e.getCode() == KeyCode.R && !e.isShortcutDown()) {
            vm.reset();
        } else if (e.getCode() == KeyCode.LEFT) {
            plot.rewindBar().back(1);
        } else if (e.getCode() == KeyCode.END) {
            plot.rewindBar().toLatest();
        } else if (e.getCode() == KeyCode.F) {
            plot.rewindBar().fastForward();
        } else if (e.getCode() == KeyCode.D) {
            playerSteps.step(Player.DISCRIMINATOR);
        } else if (e.getCode() == KeyCode.G) {
            playerSteps.step(Player.GENERATOR);
        } else if (e.getCode() == KeyCode.C) {
            configToggle.setSelected(!configToggle.isSelected());
        } else if (e.getCode() == KeyCode.M) {
            showMoreMenu();
        } else {
            return;
        }
        e.consume();
    }

    /** The "⋯" menu when the toolbar is narrow, else the same commands as a menu under the toolbar. */
    private void showMoreMenu() {
        if (toolbar.moreButton().isVisible()) {
            toolbar.moreButton().show();
        } else {
            javafx.geometry.Bounds b = toolbar.localToScreen(toolbar.getLayoutBounds());
            if (b != null) {
                toolbar.menu().show(toolbar, b.getMinX() + 12, b.getMaxY());
            }
        }
    }
}
