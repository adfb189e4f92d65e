package org.ganclassroom.ui.markdown;

import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;

import java.util.function.BiConsumer;

/** A Markdown table as a {@link WrappingTable}: header row in bold, striped rows, each column aligned as written. */
final class MarkdownTable {
    /** Narrowest a table column gets (px); {@link WrappingTable} shares the width above that. */
    static final double MIN_TABLE_COLUMN = 64;

    private MarkdownTable() {
    }

    /** The table as a grid of cells; {@code fill} writes a cell's inlines into its flow. */
    static Node of(TableBlock t, BiConsumer<TableCell, Inlines> fill) {
        GridPane grid = new WrappingTable(MIN_TABLE_COLUMN);
        grid.getStyleClass().add("md-table");
        grid.setMaxWidth(Region.USE_PREF_SIZE);
        int row = 0;
        int columns = 0;
        for (org.commonmark.node.Node section = t.getFirstChild(); section != null; section = section.getNext()) {
            for (org.commonmark.node.Node r = section.getFirstChild(); r != null; r = r.getNext()) {
                if (!(r instanceof TableRow)) {
                    continue;
                }
                int col = 0;
                for (org.commonmark.node.Node c = r.getFirstChild(); c != null; c = c.getNext()) {
                    if (!(c instanceof TableCell cell)) {
                        continue;
                    }
                    TextFlow flow = new TextFlow();
                    Inlines in = new Inlines(flow);
                    fill.accept(cell, in);
                    StackPane pane = new StackPane(flow);
                    pane.getStyleClass().addAll("md-table-cell", cell.isHeader() ? "md-table-header" : "md-table-body",
                            row % 2 == 0 ? "md-table-even" : "md-table-odd");
                    Pos pos = switch (cell.getAlignment() == null ? TableCell.Alignment.LEFT : cell.getAlignment()) {
                        case CENTER -> Pos.CENTER;
                        case RIGHT -> Pos.CENTER_RIGHT;
                        default -> Pos.CENTER_LEFT;
                    };
                    pane.setAlignment(pos);
                    flow.setTextAlignment(pos == Pos.CENTER ? javafx.scene.text.TextAlignment.CENTER
                            : pos == Pos.CENTER_RIGHT ? javafx.scene.text.TextAlignment.RIGHT
                            : javafx.scene.text.TextAlignment.LEFT);
                    pane.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
                    // a cell may be narrower than its text, which then wraps: a long cell must not push the table,
                    // and with it the whole lesson, wider than the window
                    pane.setMinWidth(MIN_TABLE_COLUMN);
                    flow.setMinWidth(0);
                    GridPane.setFillWidth(pane, true);
                    GridPane.setFillHeight(pane, true);
                    grid.add(pane, col++, row);
                }
                columns = Math.max(columns, col);
                row++;
            }
        }
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHalignment(HPos.LEFT);
            grid.getColumnConstraints().add(cc);
        }
        return grid;
    }
}
