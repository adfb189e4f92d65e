package org.ganclassroom.ui.live;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.sim.train.Player;
import org.ganclassroom.sim.train.PlayerUpdates;
import org.ganclassroom.ui.common.Keys;
import org.ganclassroom.ui.common.WidestText;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * D-step and G-step for a live run, as GAN Lab's "train D only" / "train G only": a button per player, a tag that
 * says which player the last frame moved ("D stepped ×5", "G stepped", "D ×5 then G"), and each player's update
 * count. Usable from FXML; {@link #bind} it to a run. The pages map the keys D and G to {@link #step}.
 */
public final class PlayerStepControl extends HBox {
    private final Button dButton = new Button("D-step");
    private final Button gButton = new Button("G-step");
    private final Label moved = new Label();
    private final Label counts = new Label();
    private final BooleanProperty generatorFrozen = new SimpleBooleanProperty();
    private LiveRun run;
    private PlayerUpdates last;

    public PlayerStepControl() {
        getStylesheets().add(PlayerStepControl.class.getResource("live.css").toExternalForm());
        getStyleClass().add("player-steps");
        dButton.setId("step-d");
        gButton.setId("step-g");
        dButton.setGraphic(new FontIcon("mdi2s-shield-half-full"));
        gButton.setGraphic(new FontIcon("mdi2a-auto-fix"));
        dButton.setTooltip(tip("Pause and train only the discriminator: its k updates of one step, G stays (D)"));
        gButton.setTooltip(tip("Pause and train only the generator: one update, D stays; completes a step (G)"));
        dButton.setOnAction(e -> step(Player.DISCRIMINATOR));
        gButton.setOnAction(e -> step(Player.GENERATOR));
        moved.setId("player-moved");
        moved.getStyleClass().add("player-moved");
        counts.setId("player-updates");
        counts.getStyleClass().add("sim-toolbar-label");
        counts.setTooltip(tip("Gradient updates each player has made since the run started (D's and G's)"));
        WidestText.fit(moved, "D stepped ×10", "G stepped", "D ×10 then G", "D and G trained");
        for (Region r : new Region[]{dButton, gButton, counts}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        getChildren().addAll(dButton, gButton, moved, counts);
    }

    private static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(360);
        return t;
    }

    /** Steps this run's players and shows what each frame moved. */
    public void bind(LiveRun run) {
        this.run = run;
        dButton.disableProperty().bind(run.failureProperty().isNotNull());
        gButton.disableProperty().bind(run.failureProperty().isNotNull().or(generatorFrozen));
        run.frameProperty().addListener((o, a, f) -> show(f));
        show(run.frame());
    }

    /** Moves one player of the bound run (the buttons, and the pages' D and G keys). */
    public void step(Player player) {
        if (run != null) {
            run.stepOnly(player);
        }
    }

    /**
     * Keys D and G on {@code root}'s page, wherever the focus is but in a field or box that takes letters; G does
     * nothing while G is frozen.
     */
    public void installKeys(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
            if (isDisabled() || Keys.withModifier(e) || focus instanceof ComboBoxBase || focus instanceof TextInputControl
                    || focus instanceof Spinner) {
                return;
            }
            if (e.getCode() == KeyCode.D) {
                step(Player.DISCRIMINATOR);
            } else if (e.getCode() == KeyCode.G && !generatorFrozen.get()) {
                step(Player.GENERATOR);
            } else {
                return;
            }
            e.consume();
        });
    }

    /** True disables G-step, e.g. while the theorem demo has G frozen. */
    public BooleanProperty generatorFrozenProperty() {
        return generatorFrozen;
    }

    private void show(Frame f) {
        if (f == null) {
            return;
        }
        PlayerUpdates now = f.snapshot().updates();
        counts.setText("D " + now.discriminator() + " · G " + now.generator());
        PlayerUpdates before = last;
        last = now;
        if (before == null || now.equals(before)) {
            return; // a frame that moved nothing (pause, speed) keeps the tag
        }
        if (now.discriminator() < before.discriminator() || now.generator() < before.generator()) {
            tag(null, ""); // a reset
            return;
        }
        long d = now.discriminator() - before.discriminator();
        Player one = now.movedSince(before);
        if (one == Player.DISCRIMINATOR) {
            tag(one, "D stepped" + times(d));
        } else if (one == Player.GENERATOR) {
            tag(one, "G stepped" + times(now.generator() - before.generator()));
        } else if (now.generator() - before.generator() == 1) {
            tag(null, "D" + times(d) + " then G");
        } else {
            tag(null, "D and G trained");
        }
    }

    private static String times(long n) {
        return n == 1 ? "" : " ×" + n;
    }

    private void tag(Player player, String text) {
        moved.setText(text);
        moved.getStyleClass().removeAll("player-moved-d", "player-moved-g");
        if (player != null) {
            moved.getStyleClass().add(player == Player.DISCRIMINATOR ? "player-moved-d" : "player-moved-g");
        }
    }

    public Button dButton() {
        return dButton;
    }

    public Button gButton() {
        return gButton;
    }

    public Label movedLabel() {
        return moved;
    }

    public Label countsLabel() {
        return counts;
    }
}
