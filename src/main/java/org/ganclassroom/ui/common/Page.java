package org.ganclassroom.ui.common;

import javafx.scene.Parent;
import org.kordamp.ikonli.Ikon;

/**
 * One page shown in the content area of the main window (AtlantaFX sampler style).
 * A page is created once, lazily, the first time its view is opened, and then kept.
 */
public interface Page {
    /** Display name, e.g. "Mini Lab". */
    String name();

    Ikon icon();

    /** The root node placed in the content area. Must return the same node every time. */
    Parent getView();

    /**
     * The node that takes the keyboard focus when the page is shown, so its single-key shortcuts work at once;
     * the page's root unless a page has a better place (e.g. the button Enter should press).
     */
    default javafx.scene.Node focusTarget() {
        return getView();
    }

    /**
     * The page's own keys, for the {@code ?} overlay (the window's keys, Tab, Space and Enter on the focused control,
     * are listed there for every page).
     */
    default java.util.List<KeyHint> keys() {
        return java.util.List.of();
    }

    /** Called after the page became the visible one (e.g. resume an animation). Runs on the FX thread. */
    default void onShow() {
    }

    /** Called when another page replaces this one (e.g. pause an animation). Runs on the FX thread. */
    default void onHide() {
    }
}
