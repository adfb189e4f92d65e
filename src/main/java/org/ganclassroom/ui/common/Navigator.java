package org.ganclassroom.ui.common;

import org.ganclassroom.ui.AppView;

/** Lets a page send the user to another view (e.g. a lesson's "Try it in the lab" button). */
@FunctionalInterface
public interface Navigator {
    void open(AppView view);
}
