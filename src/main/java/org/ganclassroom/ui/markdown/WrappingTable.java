package org.ganclassroom.ui.markdown;

import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;

/**
 * A Markdown table that fits the width it is given. Its preferred width is the sum of its columns' natural
 * (unwrapped) widths; when the lesson is narrower than that, the columns share the width as an HTML table would:
 * a column narrower than its equal share keeps its natural width, and the wider ones split what is left equally,
 * their text wrapping. A plain GridPane instead keeps every column at its natural width (pushing the whole lesson
 * wider than the window) or, with small minimum widths, squeezes the short columns until words break.
 */
final class WrappingTable extends GridPane {
    private final double minColumn;

    WrappingTable(double minColumn) {
        this.minColumn = minColumn;
    }

    /** Natural width of each column: the widest preferred width of its cells. */
    private double[] naturalWidths() {
        int columns = getColumnConstraints().size();
        double[] natural = new double[columns];
        for (Node n : getChildren()) {
            Integer c = GridPane.getColumnIndex(n);
            int col = c == null ? 0 : c;
            if (col < columns && n.isManaged()) {
                natural[col] = Math.max(natural[col], Math.max(minColumn, n.prefWidth(-1)));
            }
        }
        return natural;
    }

    @Override
    protected double computePrefWidth(double height) {
        double sum = snappedLeftInset() + snappedRightInset();
        for (double w : naturalWidths()) {
            sum += w;
        }
        return sum;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + getColumnConstraints().size() * minColumn;
    }

    @Override
    protected void layoutChildren() {
        double[] widths = share(naturalWidths(), getWidth() - snappedLeftInset() - snappedRightInset(), minColumn);
        for (int c = 0; c < widths.length; c++) {
            ColumnConstraints cc = getColumnConstraints().get(c);
            cc.setMinWidth(widths[c]);
            cc.setPrefWidth(widths[c]);
            cc.setMaxWidth(widths[c]);
        }
        super.layoutChildren();
    }

    /** Water-filling: the columns' widths for the available width (all natural widths when they fit). */
    static double[] share(double[] natural, double available, double minColumn) {
        int n = natural.length;
        double[] out = natural.clone();
        double total = 0;
        for (double w : natural) {
            total += w;
        }
        if (total <= available || n == 0) {
            return out;
        }
        boolean[] fixed = new boolean[n];
        double left = Math.max(available, n * minColumn);
        int open = n;
        boolean changed = true;
        while (changed && open > 0) {
            changed = false;
            double equal = left / open;
            for (int c = 0; c < n; c++) {
                if (!fixed[c] && natural[c] <= equal) {
                    fixed[c] = true;
                    left -= natural[c];
                    open--;
                    changed = true;
                }
            }
        }
        double equal = open > 0 ? Math.max(minColumn, left / open) : 0;
        for (int c = 0; c < n; c++) {
            if (!fixed[c]) {
                out[c] = equal;
            }
        }
        return out;
    }
}
