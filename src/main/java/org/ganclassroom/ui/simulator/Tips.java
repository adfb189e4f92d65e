package org.ganclassroom.ui.simulator;

import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** The Simulator page's tooltips: wrapped, and quick to show. */
final class Tips {
    private Tips() {
    }

    static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(380);
        t.setShowDelay(Duration.millis(300));
        return t;
    }
}
