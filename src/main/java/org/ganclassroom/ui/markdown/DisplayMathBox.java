package org.ganclassroom.ui.markdown;

import javafx.geometry.Orientation;
import javafx.scene.layout.Region;

/**
 * A display formula centred on its own line. A formula wider than the text column is drawn smaller to fit it, so it
 * can never make the page wider than the window (at 1024 × 768 a wide one pushed every paragraph past the edge).
 */
final class DisplayMathBox extends Region {
    private final MathView math;

    DisplayMathBox(MathView math) {
        this.math = math;
        getStyleClass().add("md-display-math");
        getChildren().add(math);
    }

    MathView math() {
        return math;
    }

    /** The scale the formula is drawn at in a box {@code width} wide: 1, or less when it would not fit. */
    private double fit(double width) {
        double natural = math.prefWidth(-1);
        double room = width - snappedLeftInset() - snappedRightInset();
        return width < 0 || natural <= 0 || room >= natural ? 1 : Math.max(0, room) / natural;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + math.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + math.prefHeight(-1) * fit(width) + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double w = math.prefWidth(-1);
        double h = math.prefHeight(-1);
        double s = fit(getWidth());
        math.resize(w, h);
        math.setScaleX(s);
        math.setScaleY(s);
        // a scale pivots on the node's centre: centre the unscaled node on the space it is drawn in
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double roomW = getWidth() - left - snappedRightInset();
        double roomH = getHeight() - top - snappedBottomInset();
        math.relocate(left + (roomW - w) / 2, top + (roomH - h) / 2);
    }
}
