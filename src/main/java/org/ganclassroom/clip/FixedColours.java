package org.ganclassroom.clip;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One 256-colour table for every frame of a clip, chosen from the plots' own colours: each chart colour exactly,
 * its blends with the background (the anti-aliased edges), a ramp of the heat map, and a coarse colour cube for
 * anything else. GIF holds at most 256 colours per frame; quantising each frame on its own would give the same
 * curve a slightly different colour from frame to frame, which flickers. Each RGB colour is mapped to its nearest
 * entry once and remembered (a table over all 2²⁴ colours, filled as colours appear). Not thread-safe.
 */
public final class FixedColours {
    /** Blends of a line colour with the background its edge pixels fall between. */
    private static final double[] EDGE_ALPHAS = {0.2, 0.4, 0.6, 0.8};
    private static final int HEAT_RAMP = 64;
    private static final int CUBE_LEVELS = 5;

    private final int[] rgb;
    private final IndexColorModel model;
    private final byte[] nearest = new byte[1 << 24];
    private final BitSet known = new BitSet(1 << 24);

    public FixedColours(ClipPalette p) {
        Set<Integer> colours = new LinkedHashSet<>();
        Color[] lines = {p.real(), p.fake(), p.discriminator(), p.optimum(), p.text(), p.mutedText(), p.axis(),
            p.grid(), p.sampleOutline()};
        add(colours, p.background());
        Color realFill = p.overBackground(p.real(), 0.22);
        add(colours, realFill);
        add(colours, p.overBackground(p.real(), 0.3));
        for (Color c : lines) {
            add(colours, c);
        }
        for (Color c : lines) {
            for (double a : EDGE_ALPHAS) {
                add(colours, p.overBackground(c, a));
            }
        }
        for (Color c : new Color[]{p.fake(), p.discriminator(), p.optimum()}) {
            for (double a : new double[]{0.33, 0.67}) {
                add(colours, ClipPalette.blend(c, realFill, a));
            }
        }
        for (int k = 0; k < HEAT_RAMP; k++) {
            colours.add(p.heatRgb(k / (HEAT_RAMP - 1.0)));
        }
        for (int r = 0; r < CUBE_LEVELS && colours.size() < 256; r++) {
            for (int g = 0; g < CUBE_LEVELS && colours.size() < 256; g++) {
                for (int b = 0; b < CUBE_LEVELS && colours.size() < 256; b++) {
                    int step = 255 / (CUBE_LEVELS - 1);
                    colours.add((r * step << 16) | (g * step << 8) | b * step);
                }
            }
        }
        rgb = colours.stream().mapToInt(Integer::intValue).toArray();
        if (rgb.length > 256) {
            throw new IllegalStateException(rgb.length + " colours do not fit a GIF's table of 256");
        }
        // a full table: the GIF writer mis-sizes the colour table of a model with fewer than 256 entries
        byte[] r = new byte[256];
        byte[] g = new byte[256];
        byte[] b = new byte[256];
        for (int i = 0; i < rgb.length; i++) {
            r[i] = (byte) (rgb[i] >> 16);
            g[i] = (byte) (rgb[i] >> 8);
            b[i] = (byte) rgb[i];
            nearest[rgb[i]] = (byte) i;
            known.set(rgb[i]);
        }
        model = new IndexColorModel(8, 256, r, g, b);
    }

    private static void add(Set<Integer> colours, Color c) {
        colours.add(c.getRGB() & 0xffffff);
    }

    /** The table's colours (RGB, no alpha), in index order. */
    public int[] colours() {
        return rgb.clone();
    }

    /** A picture for {@link #index}, of the given size, over this table. */
    public BufferedImage newIndexed(int width, int height) {
        return new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, model);
    }

    /** Writes an RGB picture into {@code out} (same size, from {@link #newIndexed}) as nearest table colours. */
    public void index(BufferedImage rgbImage, BufferedImage out) {
        int[] src = ((DataBufferInt) rgbImage.getRaster().getDataBuffer()).getData();
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < src.length; i++) {
            int c = src[i] & 0xffffff;
            if (!known.get(c)) {
                nearest[c] = (byte) closest(c);
                known.set(c);
            }
            dst[i] = nearest[c];
        }
    }

    /** The entry nearest to c, by the eye's weights for red, green and blue differences. */
    private int closest(int c) {
        int r = c >> 16 & 0xff;
        int g = c >> 8 & 0xff;
        int b = c & 0xff;
        int best = 0;
        long bestD = Long.MAX_VALUE;
        for (int i = 0; i < rgb.length; i++) {
            long dr = r - (rgb[i] >> 16 & 0xff);
            long dg = g - (rgb[i] >> 8 & 0xff);
            long db = b - (rgb[i] & 0xff);
            long d = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }
}
