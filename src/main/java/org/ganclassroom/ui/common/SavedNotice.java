package org.ganclassroom.ui.common;

import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.nio.file.Path;

/**
 * A short-lived line saying where a file was saved ("Saved gan-step-40.png in /home/ann"), hidden again after
 * {@link #SHOWN}; put it over the page (it is mouse-transparent).
 */
public final class SavedNotice extends Label {
    public static final Duration SHOWN = Duration.seconds(6);
    private final PauseTransition timer = new PauseTransition(SHOWN);

    public SavedNotice(String id) {
        setId(id);
        getStyleClass().add("saved-notice");
        setGraphic(new FontIcon(MaterialDesignC.CHECK_CIRCLE));
        setMouseTransparent(true);
        setWrapText(true);
        setMaxWidth(560);
        setMaxHeight(USE_PREF_SIZE);
        setVisible(false);
        timer.setOnFinished(e -> setVisible(false));
    }

    /** Says that {@code file} was saved, for {@link #SHOWN}. */
    public void saved(Path file) {
        Path abs = file.toAbsolutePath();
        Path folder = abs.getParent();
        setText("Saved " + abs.getFileName() + (folder == null ? "" : " in " + folder));
        setVisible(true);
        timer.playFromStart();
    }
}
