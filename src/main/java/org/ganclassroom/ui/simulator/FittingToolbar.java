package org.ganclassroom.ui.simulator;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.FlowPane;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

import java.util.ArrayList;
import java.util.List;

import static org.ganclassroom.ui.simulator.Tips.tip;

/**
 * A toolbar that wraps to at most two rows: when its controls need more at the width it has, its buttons first
 * drop their text for their icon (the tooltip keeps the name), then the overflow buttons move into a "⋯" menu.
 * Each step is taken only when the previous one still needs three rows, so a wide window shows everything.
 * The widths of every step are worked out from the controls' text, never by trying a step on, so the layout
 * settles in one pass.
 */
public final class FittingToolbar extends FlowPane {
    /** Full labels, then icon-only buttons, then icon-only with the overflow buttons in the menu. */
    static final int FULL = 0;
    static final int ICONS = 1;
    static final int MENU = 2;
    private static final int MAX_ROWS = 2;
    private final List<Labeled> iconable = new ArrayList<>();
    private final List<Node> dropped = new ArrayList<>();
    private final List<Node> droppedForMenu = new ArrayList<>();
    private final List<ButtonBase> overflow = new ArrayList<>();
    private final MenuButton more = new MenuButton(null, new FontIcon(MaterialDesignD.DOTS_HORIZONTAL));
    private int step = -1;

    public FittingToolbar() {
        more.setId("sim-more");
        more.setAccessibleText("More commands");
        more.setTooltip(tip("More commands (M): Defaults, Draw, PNG, CSV, Clip…"));
        more.setOnShowing(e -> more.getItems().setAll(items()));
        show(more, false);
    }

    /** Buttons that may show only their icon. */
    void iconable(Labeled... buttons) {
        iconable.addAll(List.of(buttons));
        requestLayout();
    }

    /** Nodes hidden once buttons show only icons (secondary read-outs that repeat another one). */
    void droppedWhenNarrow(Node... nodes) {
        dropped.addAll(List.of(nodes));
        requestLayout();
    }

    /** Nodes hidden too once the menu is needed (read-outs whose width grows, e.g. with a count). */
    void droppedWithMenu(Node... nodes) {
        droppedForMenu.addAll(List.of(nodes));
        requestLayout();
    }

    /** Buttons that move into the "⋯" menu, in the menu's order; the menu goes where {@code before} is. */
    void overflow(Node before, ButtonBase... buttons) {
        overflow.addAll(List.of(buttons));
        getChildren().remove(more);
        getChildren().add(getChildren().indexOf(before), more);
        requestLayout();
    }

    /** Which step the toolbar took at its width: {@link #FULL}, {@link #ICONS} or {@link #MENU}. */
    int step() {
        return step;
    }

    MenuButton moreButton() {
        return more;
    }

    /** The overflow buttons as a menu (for a key to open at any width): each item presses its button. */
    ContextMenu menu() {
        return new ContextMenu(items().toArray(MenuItem[]::new));
    }

    private List<MenuItem> items() {
        List<MenuItem> items = new ArrayList<>();
        for (ButtonBase b : overflow) {
            MenuItem item = new MenuItem(b.getText(), b.getGraphic() instanceof FontIcon f
                    ? new FontIcon(f.getIconCode()) : null);
            item.setId(b.getId() + "-item");
            item.setDisable(b.isDisabled());
            item.setOnAction(e -> b.fire());
            items.add(item);
        }
        return items;
    }

    @Override
    protected double computePrefHeight(double width) {
        fit(width);
        return super.computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        fit(getWidth());
        super.layoutChildren();
    }

    private void fit(double width) {
        if (width <= 0) {
            return;
        }
        double room = width - snappedLeftInset() - snappedRightInset();
        int s = FULL;
        while (s < MENU && rows(s, room) > MAX_ROWS) {
            s++;
        }
        if (s != step) {
            apply(s);
        }
    }

    private void apply(int s) {
        step = s;
        for (Labeled l : iconable) {
            l.setContentDisplay(s >= ICONS ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
        }
        for (Node n : dropped) {
            show(n, s < ICONS);
        }
        for (Node n : droppedForMenu) {
            show(n, s < MENU);
        }
        for (ButtonBase b : overflow) {
            show(b, s < MENU);
        }
        show(more, s == MENU);
    }

    private static void show(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    /** How many rows the children take at step {@code s} in {@code room}, wrapped as a FlowPane wraps them. */
    private int rows(int s, double room) {
        int rows = 1;
        double x = 0;
        for (Node child : getChildren()) {
            double w = width(child, s);
            if (w <= 0) {
                continue;
            }
            if (x > 0 && x + w > room) {
                rows++;
                x = 0;
            }
            x += w + snapSpaceX(getHgap());
        }
        return rows;
    }

    /** A child's width at step {@code s}: its width now, less or plus its buttons' text and its dropped parts. */
    private double width(Node child, int s) {
        if (child == more) {
            return s == MENU ? more.prefWidth(-1) : 0;
        }
        if (overflow.contains(child)) {
            return s == MENU ? 0 : iconWidth((Labeled) child, s);
        }
        if (droppedAt(child) < 0 && !child.isManaged() && !child.isVisible()) {
            return 0;
        }
        if (droppedAt(child) >= 0) {
            return s >= droppedAt(child) ? 0 : child.prefWidth(-1);
        }
        double w = child.prefWidth(-1);
        for (Labeled l : iconable) {
            if (l != child && inside(l, child)) {
                w += iconWidth(l, s) - (l.isManaged() ? l.prefWidth(-1) : 0);
            }
        }
        List<Node> all = new ArrayList<>(dropped);
        all.addAll(droppedForMenu);
        for (Node n : all) {
            if (inside(n, child)) {
                double shown = n.isManaged() ? n.prefWidth(-1) + spacing(n) : 0;
                w += (s >= droppedAt(n) ? 0 : n.prefWidth(-1) + spacing(n)) - shown;
            }
        }
        return iconable.contains(child) ? iconWidth((Labeled) child, s) : w;
    }

    /** The step from which a node is hidden, or -1 if it never is. */
    private int droppedAt(Node n) {
        return dropped.contains(n) ? ICONS : droppedForMenu.contains(n) ? MENU : -1;
    }

    /** A button's width with its text ({@link #FULL}) or without (later steps), from its width now. */
    private static double iconWidth(Labeled l, int s) {
        double now = l.prefWidth(-1);
        if (l.getText() == null || l.getText().isEmpty() || l.getGraphic() == null) {
            return now;
        }
        Text probe = new Text(l.getText());
        probe.setFont(l.getFont());
        double text = Math.ceil(probe.getLayoutBounds().getWidth()) + l.getGraphicTextGap();
        boolean iconOnly = l.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY;
        double icon = iconOnly ? now : now - text;
        return s >= ICONS ? icon : icon + text + 1;
    }

    private static double spacing(Node n) {
        return n.getParent() instanceof javafx.scene.layout.HBox h ? h.getSpacing() : 0;
    }

    private static boolean inside(Node n, Node ancestor) {
        for (Parent p = n.getParent(); p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
