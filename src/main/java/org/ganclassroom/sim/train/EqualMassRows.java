package org.ganclassroom.sim.train;

/** Where the 2-D measurement's parts divide the grid: rows of blocks holding equal shares of p_data's mass. */
final class EqualMassRows {
    private EqualMassRows() {
    }

    /**
     * Block rows splitting p_data's mass into equal shares (as nearly as whole rows allow), each part at least one
     * row: where a trained G puts its mass, hence where the deposit's work lies.
     */
    static int[] split(double[] coarseP, int n, int parts) {
        double total = 0;
        for (double v : coarseP) {
            total += v;
        }
        int[] rows = new int[parts + 1];
        rows[parts] = n;
        double below = 0;
        int row = 0;
        for (int p = 1; p < parts; p++) {
            double share = total * p / parts;
            while (row < n - (parts - p) && below + rowMass(coarseP, n, row) / 2 < share) {
                below += rowMass(coarseP, n, row);
                row++;
            }
            rows[p] = Math.max(row, rows[p - 1] + 1);
            row = rows[p];
        }
        return rows;
    }

    private static double rowMass(double[] coarseP, int n, int row) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += coarseP[row * n + i];
        }
        return s;
    }
}
