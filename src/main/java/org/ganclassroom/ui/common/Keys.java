package org.ganclassroom.ui.common;

import javafx.scene.input.KeyEvent;

/** Keyboard helpers shared by the pages' single-key shortcuts. */
public final class Keys {
    private Keys() {
    }

    /**
     * True when a modifier is held: pages leave such keys to the window (Ctrl+1…6 switch views,
     * Ctrl +/− zoom), so a page's own "1" or "R" never swallows a window shortcut.
     */
    public static boolean withModifier(KeyEvent e) {
        return e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown();
    }
}
