package org.ganclassroom.sim.bench;

import java.util.List;

/**
 * The published rows the benchmark table is set beside (issue 16): VEEGAN's Table 1 (Srivastava et al. 2017)
 * and PacGAN's Table 1 (Lin et al. 2018). NaN where a paper gives no value.
 */
public final class PaperRows {
    /**
     * One published row.
     *
     * @param method   the method and its source
     * @param ringModes modes captured on the ring (of 8), ringHq high-quality %, ringKl reverse KL
     * @param gridModes modes captured on the grid (of 25), gridHq high-quality %, gridKl reverse KL
     */
    public record Row(String method, double ringModes, double ringHq, double ringKl,
                      double gridModes, double gridHq, double gridKl) {
    }

    public static final List<Row> ROWS = List.of(
            new Row("GAN (VEEGAN Table 1)", 1, 99.3, Double.NaN, 3.3, 0.5, Double.NaN),
            new Row("Unrolled GAN (VEEGAN Table 1)", 7.6, 35.6, Double.NaN, 23.6, 16, Double.NaN),
            new Row("VEEGAN (VEEGAN Table 1)", 8, 52.9, Double.NaN, 24.6, 40, Double.NaN),
            new Row("GAN (PacGAN Table 1)", 6.3, 98.2, 0.45, 17.3, 94.8, 0.70),
            new Row("PacGAN4 (PacGAN Table 1)", 7.8, 95.9, 0.07, 24.8, 93.6, 0.04));

    private PaperRows() {
    }
}
