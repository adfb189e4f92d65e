package org.ganclassroom.ui.lessons;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;

/** A row of the lesson list: order, title, progress or error icon. */
final class LessonListCell extends ListCell<LessonListItem> {
    private final LessonsViewModel viewModel;

    LessonListCell(LessonsViewModel viewModel) {
        this.viewModel = viewModel;
        setPrefWidth(0); // never wider than the list: no horizontal scroll bar
    }

    @Override
    protected void updateItem(LessonListItem item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().remove("broken-lesson");
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        Label order = new Label(String.valueOf(item.order()));
        order.getStyleClass().add("lesson-order");
        order.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label(item.title());
        title.getStyleClass().add("lesson-list-title");
        title.setMinWidth(0);
        title.setPrefWidth(1);
        title.setWrapText(true); // a long title wraps onto a second line instead of ending in "…"
        title.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        LessonListItem shown = viewModel.selectedProperty().get();
        boolean current = shown != null && shown.key().equals(item.key());
        FontIcon mark;
        if (item.isBroken()) {
            mark = new FontIcon(MaterialDesignA.ALERT_CIRCLE);
            mark.getStyleClass().add("mark-broken");
            getStyleClass().add("broken-lesson");
        } else if (current) {
            // the eye means "open now", so it is on exactly one row
            mark = new FontIcon(MaterialDesignE.EYE_OUTLINE);
            mark.getStyleClass().add("mark-current");
        } else if (item.completed()) {
            mark = new FontIcon(MaterialDesignC.CHECK_CIRCLE);
            mark.getStyleClass().add("mark-completed");
        } else if (item.visited()) {
            mark = new FontIcon(MaterialDesignC.CIRCLE_HALF_FULL);
            mark.getStyleClass().add("mark-visited");
        } else {
            mark = new FontIcon(MaterialDesignC.CIRCLE_OUTLINE);
            mark.getStyleClass().add("mark-new");
        }
        mark.getStyleClass().add("lesson-mark");
        HBox row = new HBox(10, order, title, mark);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMaxWidth(Double.MAX_VALUE);
        setText(null);
        setGraphic(row);
        String status = item.status() + (current && !item.isBroken() ? ", open now" : "");
        setTooltip(new Tooltip(item.title() + " — " + status));
        setAccessibleText(item.order() + ". " + item.title() + ", " + status);
    }
}
