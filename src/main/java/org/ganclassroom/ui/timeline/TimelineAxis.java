package org.ganclassroom.ui.timeline;

import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.util.Duration;
import org.ganclassroom.lesson.LessonBlock.TimelineEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The drawn timeline: a horizontal axis with a tick per year and, per milestone, a circle on the axis with its
 * title above (alternating two heights so neighbours never overlap). Positions come from {@link TimelineLayout}.
 * Style classes: {@code timeline-axis}, {@code timeline-node} (pseudo-class {@code :selected}), ...
 */
final class TimelineAxis extends Pane {
    static final double MARGIN = 70;
    static final double SLOT = 118;
    static final double MIN_SLOT = 64;
    static final double YEAR_GAP = 40;
    static final double HEIGHT = 230;
    static final double AXIS_Y = 160;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final List<Group> nodes = new ArrayList<>();
    private final IntConsumer onClick;
    private TimelineLayout.Result layout = TimelineLayout.compute(List.of(), MARGIN, SLOT, YEAR_GAP);
    private List<TimelineEntry> entries = List.of();
    private double available;

    TimelineAxis(IntConsumer onClick) {
        this.onClick = onClick;
        getStyleClass().add("timeline-axis");
        setId("timeline-axis");
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);
    }

    /** The visible width: a short timeline is spread out to fill it (a long one scrolls). */
    void setAvailableWidth(double width) {
        if (Math.abs(width - available) > 0.5) {
            available = width;
            setEntries(entries);
        }
    }

    void setEntries(List<TimelineEntry> entries) {
        this.entries = List.copyOf(entries);
        int selected = selectedIndex();
        getChildren().clear();
        nodes.clear();
        List<Integer> years = entries.stream().map(TimelineEntry::year).toList();
        layout = TimelineLayout.compute(years, MARGIN, SLOT, YEAR_GAP);
        double slot = SLOT;
        if (years.size() > 1 && available > 0) {
            // fill the visible width: spread a short timeline, squeeze a long one a little before it scrolls
            double stretch = (available - 2 * MARGIN) / (layout.width() - 2 * MARGIN);
            stretch = Math.max(MIN_SLOT / SLOT, Math.min(2.5, stretch));
            slot = SLOT * stretch;
            layout = TimelineLayout.compute(years, MARGIN, slot, YEAR_GAP * stretch);
        }
        setPrefWidth(layout.width());
        setMinWidth(layout.width());
        if (entries.isEmpty()) {
            return;
        }
        Line axis = new Line(MARGIN / 2, AXIS_Y, layout.width() - MARGIN / 2, AXIS_Y);
        axis.getStyleClass().add("timeline-line");
        getChildren().add(axis);
        for (TimelineLayout.Tick tick : layout.ticks()) {
            Line mark = new Line(tick.x(), AXIS_Y + 16, tick.x(), AXIS_Y + 22);
            mark.getStyleClass().add("timeline-tick");
            if (tick.to() > tick.from()) {
                Line span = new Line(tick.from(), AXIS_Y + 16, tick.to(), AXIS_Y + 16);
                span.getStyleClass().add("timeline-year-span");
                getChildren().add(span);
            }
            Label year = new Label(Integer.toString(tick.year()));
            year.getStyleClass().add("timeline-year");
            year.setId("timeline-year-" + tick.year());
            year.setLayoutY(AXIS_Y + 24);
            year.widthProperty().addListener((o, a, w) -> year.setLayoutX(tick.x() - w.doubleValue() / 2));
            getChildren().addAll(mark, year);
        }
        for (int i = 0; i < entries.size(); i++) {
            getChildren().add(milestone(i, entries.get(i), layout.nodeX().get(i), slot));
        }
        setSelected(selected);
    }

    private int selectedIndex() {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).getPseudoClassStates().contains(SELECTED)) {
                return i;
            }
        }
        return -1;
    }

    private Group milestone(int index, TimelineEntry e, double x, double slot) {
        boolean high = index % 2 == 1;
        double labelBottom = AXIS_Y - (high ? 78 : 26);
        Line stem = new Line(x, labelBottom + 2, x, AXIS_Y - 9);
        stem.getStyleClass().add("timeline-stem");
        Circle dot = new Circle(x, AXIS_Y, 9);
        dot.getStyleClass().add("timeline-dot");
        dot.setId("timeline-dot-" + index);
        Label title = new Label(e.title());
        title.getStyleClass().add("timeline-node-title");
        title.setWrapText(true);
        title.setMaxWidth(2 * slot - 24);
        title.setPickOnBounds(true);
        title.setId("timeline-title-" + index);
        title.layoutBoundsProperty().addListener((o, a, b) -> {
            title.setLayoutX(x - b.getWidth() / 2);
            title.setLayoutY(labelBottom - b.getHeight());
        });
        Group g = new Group(stem, dot, title);
        g.getStyleClass().add("timeline-node");
        g.setId("timeline-node-" + index);
        g.setAccessibleText(e.year() + ", " + e.title());
        Tooltip tip = new Tooltip(e.year() + " · " + e.title() + "\nClick (or use ← → and Enter) for the details");
        tip.setShowDelay(Duration.millis(300));
        Tooltip.install(g, tip);
        g.setOnMouseClicked(ev -> onClick.accept(index));
        nodes.add(g);
        return g;
    }

    void setSelected(int index) {
        for (int i = 0; i < nodes.size(); i++) {
            nodes.get(i).pseudoClassStateChanged(SELECTED, i == index);
        }
    }

    /** x of node {@code index} on this pane, for scrolling it into view. */
    double nodeX(int index) {
        return index >= 0 && index < layout.nodeX().size() ? layout.nodeX().get(index) : 0;
    }

    Node node(int index) {
        return nodes.get(index);
    }
}
