package org.ganclassroom.ui.common;

/**
 * A page that presenter mode (F5) can step through: PageDown/PageUp and Right/Left call these while presenting.
 */
public interface PresentablePage {
    /** Moves to the next section (scrolls it to the top and highlights it); false if there is none. */
    boolean nextSection();

    boolean previousSection();

    /** Presenter mode was switched on or off while this page is (or becomes) the shown one. */
    default void setPresenting(boolean presenting) {
    }
}
