package org.ganclassroom.ui.markdown;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.ganclassroom.lesson.LatexGuard;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * LaTeX → JavaFX image with JLaTeXMath: {@code TeXFormula → TeXIcon → BufferedImage (ARGB, antialiased) →
 * WritableImage}. No javafx-swing. Results are cached by (latex, size, colour, display style).
 * Never throws for a bad formula: {@link #render} reports the error, {@link #inline} draws it in red.
 */
public final class MathImage {
    private static final int CACHE_SIZE = 512;
    private static final Map<Key, Rendered> CACHE = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Rendered> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    private static int renders;

    private MathImage() {
    }

    /**
     * A rendered formula, or the reason it could not be rendered.
     *
     * @param image  the pixels, null if {@code error} is set
     * @param depth  pixels of the image below the text baseline (align the rest of the line on {@code height - depth})
     * @param error  the parse error message, or null
     */
    public record Rendered(WritableImage image, double depth, String error) {
        public boolean ok() {
            return error == null;
        }

        /** Pixels above the baseline. */
        public double ascent() {
            return image == null ? 0 : image.getHeight() - depth;
        }
    }

    private record Key(String latex, long sizeTimes100, int argb, boolean display) {
    }

    /**
     * Renders a formula. {@code size} is the surrounding text's font size in pixels; the maths is drawn at a matching
     * size. Cached; safe to call from any thread (images are plain {@link WritableImage}s).
     */
    public static Rendered render(String latex, double size, Color colour, boolean display) {
        Objects.requireNonNull(latex, "latex");
        Color c = colour == null ? Color.BLACK : colour;
        Key key = new Key(latex, Math.round(size * 100), argb(c), display);
        synchronized (CACHE) {
            Rendered hit = CACHE.get(key);
            if (hit != null) {
                return hit;
            }
        }
        Rendered made = doRender(latex, size, c, display);
        synchronized (CACHE) {
            renders++;
            CACHE.put(key, made);
        }
        return made;
    }

    /** An inline formula as an image view; a bad formula becomes a red image of the error text (never throws). */
    public static ImageView inline(String latex, double size, Color colour) {
        return view(latex, size, colour, false);
    }

    /** A display-style formula ({@code $$…$$}) as an image view; errors as in {@link #inline}. */
    public static ImageView display(String latex, double size, Color colour) {
        return view(latex, size, colour, true);
    }

    private static ImageView view(String latex, double size, Color colour, boolean display) {
        Rendered r = render(latex, size, colour, display);
        ImageView view = new ImageView(r.ok() ? r.image() : errorImage(errorText(latex, r.error()), size));
        view.getStyleClass().add(r.ok() ? "md-math-image" : "md-math-error");
        view.setAccessibleText(r.ok() ? latex : errorText(latex, r.error()));
        return view;
    }

    /** How a failed formula reads to the user. */
    public static String errorText(String latex, String error) {
        return "[maths error: " + error + " in $" + latex + "$]";
    }

    /** How many formulas were actually rendered (not served from the cache); for tests. */
    public static int renderCount() {
        synchronized (CACHE) {
            return renders;
        }
    }

    private static Rendered doRender(String latex, double size, Color c, boolean display) {
        // the guard refuses what would load a file or URL, or overflow the stack, and makes those commands inert
        Optional<String> refused = LatexGuard.refusal(latex);
        if (refused.isPresent()) {
            return new Rendered(null, 0, refused.get());
        }
        try {
            TeXFormula formula = new TeXFormula(latex);
            TeXIcon icon = formula.createTeXIcon(display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT,
                    (float) (size * 1.12));
            icon.setInsets(new Insets(1, 0, 1, 0));
            Optional<String> tooLarge = LatexGuard.tooLarge(icon.getIconWidth(), icon.getIconHeight());
            if (tooLarge.isPresent()) {
                return new Rendered(null, 0, tooLarge.get());
            }
            int w = Math.max(1, icon.getIconWidth());
            int h = Math.max(1, icon.getIconHeight());
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                icon.setForeground(toAwt(c));
                icon.paintIcon(null, g, 0, 0);
            } finally {
                g.dispose();
            }
            // getIconDepth includes the bottom inset; empty side columns (glyph bearings) would look like extra spaces
            return new Rendered(toFx(trimSides(img)), icon.getIconDepth(), null);
        } catch (RuntimeException | StackOverflowError e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Rendered(null, 0, msg.strip());
        }
    }

    /** Drops fully transparent columns at the left and right, keeping one pixel of air. */
    static BufferedImage trimSides(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int left = 0;
        while (left < w && columnEmpty(img, left, h)) {
            left++;
        }
        if (left == w) {
            return img;
        }
        int right = w - 1;
        while (right > left && columnEmpty(img, right, h)) {
            right--;
        }
        left = Math.max(0, left - 1);
        right = Math.min(w - 1, right + 1);
        return left == 0 && right == w - 1 ? img : img.getSubimage(left, 0, right - left + 1, h);
    }

    private static boolean columnEmpty(BufferedImage img, int x, int h) {
        for (int y = 0; y < h; y++) {
            if ((img.getRGB(x, y) >>> 24) != 0) {
                return false;
            }
        }
        return true;
    }

    private static WritableImage errorImage(String text, double size) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.max(8, Math.round(size)));
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D pg = probe.createGraphics();
        FontMetrics fm = pg.getFontMetrics(font);
        int w = Math.max(1, fm.stringWidth(text) + 2);
        int h = fm.getHeight() + 2;
        pg.dispose();
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        g.setColor(new java.awt.Color(0xD1, 0x24, 0x2F));
        g.drawString(text, 1, 1 + fm.getAscent());
        g.dispose();
        return toFx(img);
    }

    private static WritableImage toFx(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] px = img.getRGB(0, 0, w, h, null, 0, w);
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
        return out;
    }

    private static java.awt.Color toAwt(Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }

    private static int argb(Color c) {
        return ((int) Math.round(c.getOpacity() * 255) << 24) | ((int) Math.round(c.getRed() * 255) << 16)
                | ((int) Math.round(c.getGreen() * 255) << 8) | (int) Math.round(c.getBlue() * 255);
    }
}
