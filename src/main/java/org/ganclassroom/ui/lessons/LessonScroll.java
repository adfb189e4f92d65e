package org.ganclassroom.ui.lessons;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

import java.util.List;

/**
 * Where the lesson page is scrolled, in pixels: scrolling a node to the top, keeping a node in place while the page
 * above it changes, and keeping the place read (the section at the top of the viewport and how far into it) across
 * reflows such as a zoom, a resize or a re-render.
 */
final class LessonScroll {
    private final ScrollPane scroll;
    private final Region scrollContent;
    private final Region content;
    private final List<Node> sectionNodes;
    private boolean restoringScroll;
    private int placeSection = -1;
    private double placeOffset;
    private boolean restoringPlace;
    private boolean restorePending;

    /** @param sectionNodes the page's sections, top to bottom (the page refills this list on each render) */
    LessonScroll(ScrollPane scroll, Region scrollContent, Region content, List<Node> sectionNodes) {
        this.scroll = scroll;
        this.scrollContent = scrollContent;
        this.content = content;
        this.sectionNodes = sectionNodes;
    }

    /** After a re-render: lays the page out and scrolls to {@code offset} pixels, without taking it as the place read. */
    void restore(double offset) {
        restoringScroll = true;
        try {
            scroll.applyCss();
            scroll.layout();
            setOffset(offset);
        } finally {
            restoringScroll = false;
        }
    }

    /** True while {@link #restore} moves the page (its scroll events are not the reader's). */
    boolean isRestoring() {
        return restoringScroll;
    }

    /** Scrolls so that a node of the lesson is at the top of the viewport (as far as the scroll range allows). */
    void scrollTo(Node node) {
        scroll.applyCss();
        scroll.layout();
        Point2D inContent = scrollContent.sceneToLocal(node.localToScene(0, 0));
        setOffset(inContent == null ? 0 : inContent.getY());
    }

    private double scrollRange() {
        Bounds viewport = scroll.getViewportBounds();
        return Math.max(0, scrollContent.getHeight() - viewport.getHeight());
    }

    double offset() {
        double range = scrollRange();
        return range <= 0 ? 0 : scroll.getVvalue() / scroll.getVmax() * range;
    }

    void setOffset(double offset) {
        double range = scrollRange();
        scroll.setVvalue(range <= 0 ? 0 : Math.max(0, Math.min(1, offset / range)) * scroll.getVmax());
    }

    /**
     * Runs {@code change} (which grows or shrinks the page) and scrolls so that {@code anchor} stays at the same
     * place in the viewport; if it would end up out of view, it is brought to three quarters of the way down.
     */
    void keepInPlace(Node anchor, Runnable change) {
        double before = yInViewport(anchor);
        change.run();
        scroll.applyCss();
        scroll.layout();
        double viewport = scroll.getViewportBounds().getHeight();
        double target = before >= 0 && before <= viewport - anchor.getBoundsInLocal().getHeight() ? before
                : viewport * 0.75;
        setOffset(offset() + yInViewport(anchor) - target);
        rememberPlace();
    }

    private double yInViewport(Node node) {
        Point2D inContent = scrollContent.sceneToLocal(node.localToScene(0, 0));
        return inContent == null ? 0 : inContent.getY() - offset();
    }

    void rememberPlace() {
        if (restoringPlace || restoringScroll || sectionNodes.isEmpty()) {
            return;
        }
        double top = offset();
        placeSection = -1;
        for (int i = 0; i < sectionNodes.size(); i++) {
            Node n = sectionNodes.get(i);
            double y = n.getBoundsInParent().getMinY() + content.getBoundsInParent().getMinY();
            double h = n.getBoundsInParent().getHeight();
            if (y + h > top || i == sectionNodes.size() - 1) {
                placeSection = i;
                placeOffset = Math.max(0, top - y);
                return;
            }
        }
    }

    /** After a reflow (zoom, resize, a re-render above), once the sections have moved. */
    void scheduleRestorePlace() {
        if (!restorePending) {
            restorePending = true;
            Platform.runLater(() -> {
                restorePending = false;
                restorePlace();
            });
        }
    }

    private void restorePlace() {
        if (restoringScroll || placeSection < 0 || placeSection >= sectionNodes.size() || offset() <= 0
                && placeSection == 0 && placeOffset == 0) {
            return;
        }
        Node n = sectionNodes.get(placeSection);
        double y = n.getBoundsInParent().getMinY() + content.getBoundsInParent().getMinY();
        restoringPlace = true;
        try {
            setOffset(y + placeOffset);
        } finally {
            restoringPlace = false;
        }
    }
}
