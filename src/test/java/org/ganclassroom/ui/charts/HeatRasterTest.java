package org.ganclassroom.ui.charts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The heat map's own upsampling: bilinear between cell centres, clamped at the border, then the colour table. */
class HeatRasterTest {
    /** Five distinct "colours" for the values 0, ¼, ½, ¾, 1, so every pixel says which value it got. */
    private static final int[] TABLE = {10, 11, 12, 13, 14};

    @Test
    void interpolatesBetweenCellCentresAndHoldsTheBorderCells() {
        HeatRaster raster = new HeatRaster(TABLE);
        // 2 × 2 cells, left column 0, right column 1; 4 × 4 pixels: centres at −¼, ¼, ¾, 1¼ cells
        int[] px = raster.paint(new double[]{0, 1, 0, 1}, 2, 4, new int[4 * 4]);
        for (int row = 0; row < 4; row++) {
            assertArrayEquals(new int[]{10, 11, 13, 14}, java.util.Arrays.copyOfRange(px, row * 4, row * 4 + 4),
                    "row " + row);
        }
    }

    @Test
    void rowZeroIsTheTopOfThePicture() {
        HeatRaster raster = new HeatRaster(TABLE);
        int[] px = raster.paint(new double[]{1, 1, 0, 0}, 2, 4, new int[4 * 4]);
        assertEquals(14, px[0]);
        assertEquals(13, px[4], "a quarter of the way from the top cell's centre (1) to the bottom one's (0)");
        assertEquals(11, px[8]);
        assertEquals(10, px[12]);
    }

    @Test
    void notANumberIsNeutralAndOutOfRangeValuesAreClamped() {
        HeatRaster raster = new HeatRaster(TABLE);
        assertEquals(12, raster.paint(new double[]{Double.NaN}, 1, 3, new int[3 * 3])[4]);
        assertEquals(14, raster.paint(new double[]{7.5}, 1, 3, new int[3 * 3])[4]);
        assertEquals(10, raster.paint(new double[]{-2}, 1, 3, new int[3 * 3])[4]);
        assertEquals(14, raster.paint(new double[]{Double.POSITIVE_INFINITY}, 1, 2, new int[2 * 2])[3]);
    }

    @Test
    void aConstantGridIsOneColourAtAnySize() {
        HeatRaster raster = new HeatRaster(TABLE);
        double[] grid = new double[64 * 64];
        java.util.Arrays.fill(grid, 0.75);
        for (int size : new int[]{1, 63, 64, 65, 487}) {
            int[] px = raster.paint(grid, 64, size, new int[size * size]);
            for (int k = 0; k < size * size; k++) {
                assertEquals(13, px[k], "size " + size + ", pixel " + k);
            }
        }
    }

    @Test
    void refusesAGridSmallerThanItsSide() {
        HeatRaster raster = new HeatRaster(TABLE);
        assertThrows(IllegalArgumentException.class, () -> raster.paint(new double[3], 2, 4, new int[4 * 4]));
        assertThrows(IllegalArgumentException.class, () -> raster.paint(new double[4], 2, 4, new int[15]));
        assertThrows(IllegalArgumentException.class, () -> new HeatRaster(new int[]{1}));
    }
}
