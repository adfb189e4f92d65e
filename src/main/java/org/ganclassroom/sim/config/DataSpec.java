package org.ganclassroom.sim.config;

/**
 * Which target distribution p_data a run learns: a named preset, or points the user drew.
 *
 * @param preset  a {@code DataPresets} id, or {@link #DRAWN} for user-drawn points
 * @param xs      drawn x coordinates (only for {@link #DRAWN})
 * @param ys      drawn y coordinates for 2-D drawings; null for 1-D drawings
 */
public record DataSpec(String preset, double[] xs, double[] ys) {
    public static final String DRAWN = "drawn";

    public static DataSpec preset(String id) {
        return new DataSpec(id, null, null);
    }

    /** 1 or 2: the dimension of the data space. */
    public int dimension() {
        if (isDrawn()) {
            return ys == null ? 1 : 2;
        }
        return org.ganclassroom.sim.data.DataPresets.isOneD(preset) ? 1 : 2;
    }

    public boolean isDrawn() {
        return DRAWN.equals(preset);
    }
}
