package org.ganclassroom.ui.charts;

import javafx.geometry.BoundingBox;
import org.ganclassroom.sim.train.Snapshot;

/**
 * Where the 1-D chart writes "↑ p_g peak …": beside the arrow at the top, lowered step by step and tried on
 * either side until no drawn curve (p_data, p_g, D, D*, the ½ line) crosses the text's box; if no place beside
 * the arrow is free, the same search a little further from it each round.
 */
final class PeakNotePlace {
    private static final double GAP = 9;
    private static final double STEP = 3;

    private PeakNotePlace() {
    }

    /** The box of a {@code w}×{@code h} note for the peak at canvas x {@code x}; the top right if none is free. */
    static BoundingBox find(DensityChart1D chart, Snapshot s, double x, double w, double h) {
        double[] r = chart.plotRect();
        double left = r[0];
        double top = r[1] + 3;
        double right = r[0] + r[2];
        boolean rightFirst = x < left + r[2] / 2;
        // beside the arrow first; where steep curves hem it in (a narrow p_g between D*'s walls), further along
        for (double shift = 0; shift <= r[2]; shift += Math.max(2 * STEP, w / 3)) {
            for (double y = top; y + h <= r[1] + r[3] * 0.6; y += STEP) {
                for (int side = 0; side < 2; side++) {
                    boolean toRight = (side == 0) == rightFirst;
                    double x0 = toRight ? x + GAP + shift : x - GAP - w - shift;
                    if (x0 < left + 2 || x0 + w > right - 2) {
                        continue;
                    }
                    BoundingBox box = new BoundingBox(x0, y, w, h);
                    if (!crossesACurve(chart, s, box)) {
                        return box;
                    }
                }
            }
        }
        return new BoundingBox(rightFirst ? x + GAP : x - GAP - w, top, w, h);
    }

    /** Whether a curve drawn in the last draw passes through the box. */
    static boolean crossesACurve(DensityChart1D chart, Snapshot s, BoundingBox box) {
        boolean critic = s.dStar() == null;
        if (crosses(chart, s, s.pData(), false, box) || crosses(chart, s, s.pG(), false, box)) {
            return true;
        }
        if (chart.showsD()) {
            double half = chart.dY(0.5);
            if (!critic && half >= box.getMinY() && half <= box.getMaxY()) {
                return true;
            }
            if (crosses(chart, s, s.d(), true, box)) {
                return true;
            }
        }
        return chart.showsDStar() && !critic && crosses(chart, s, s.dStar(), true, box);
    }

    private static boolean crosses(DensityChart1D chart, Snapshot s, double[] v, boolean dAxis, BoundingBox box) {
        if (v == null) {
            return false;
        }
        int n = Math.min(s.gridSize(), v.length);
        for (int i = 0; i + 1 < n; i++) {
            if (!Double.isFinite(v[i]) || !Double.isFinite(v[i + 1])) {
                continue;
            }
            double xa = chart.sx(s.cellCentre(i));
            double xb = chart.sx(s.cellCentre(i + 1));
            if (xb < box.getMinX() - 2 || xa > box.getMaxX() + 2) {
                continue;
            }
            double ya = dAxis ? chart.dY(v[i]) : chart.densityY(v[i]);
            double yb = dAxis ? chart.dY(v[i + 1]) : chart.densityY(v[i + 1]);
            // a line's own width reaches a little beyond its centre
            if (Math.max(ya, yb) >= box.getMinY() - 2 && Math.min(ya, yb) <= box.getMaxY() + 2) {
                return true;
            }
        }
        return false;
    }
}
