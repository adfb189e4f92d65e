package org.ganclassroom.ui.practice;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.ganclassroom.ui.common.PngExport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The UI tests' screenshots. Every shot is checked not to be blank; the PNG goes to {@code target/screenshots/} only
 * when asked for ({@code mvn verify -Dscreenshots=true}), because encoding it costs more than most checks and only a
 * person reads it. Call on the FX thread.
 */
public final class Screenshots {
    public static final Path DIR = Path.of("target", "screenshots");
    /** The system property that asks for the PNGs (set from Maven's {@code screenshots} property). */
    public static final String PROPERTY = "ganclassroom.screenshots";

    private Screenshots() {
    }

    public static boolean written() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** The scene as it shows now, as {@code name}.png. */
    public static WritableImage ofScene(Scene scene, String name) {
        return keep(scene.snapshot(null), name);
    }

    /** One node as it shows now, as {@code name}.png. */
    public static WritableImage ofNode(Node node, String name) {
        return keep(node.snapshot(null, null), name);
    }

    private static WritableImage keep(WritableImage image, String name) {
        assertTrue(distinctColours(image) > 20, name + ".png looks blank");
        if (written()) {
            try {
                PngExport.write(PngExport.toBufferedImage(image), DIR.resolve(name + ".png"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return image;
    }

    /** Colours of a sparse grid of pixels: a blank or one-colour image has a handful. */
    public static int distinctColours(WritableImage image) {
        PixelReader pixels = image.getPixelReader();
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < (int) image.getHeight(); y += 5) {
            for (int x = 0; x < (int) image.getWidth(); x += 5) {
                colours.add(pixels.getArgb(x, y));
            }
        }
        return colours.size();
    }
}
