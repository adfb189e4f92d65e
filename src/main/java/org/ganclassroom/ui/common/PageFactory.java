package org.ganclassroom.ui.common;

/** Creates the page of one view. Called on the FX thread, once, when the view is first opened. */
@FunctionalInterface
public interface PageFactory {
    Page create(PageContext context);
}
