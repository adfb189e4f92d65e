package org.ganclassroom.clip;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** An animated GIF read back with the JDK's own reader: its frames, each frame's delay, and whether it loops. */
record GifFile(List<BufferedImage> frames, List<Integer> delays, boolean loopsForever) {
    static GifFile read(Path file) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            int n = reader.getNumImages(true);
            List<BufferedImage> frames = new ArrayList<>();
            List<Integer> delays = new ArrayList<>();
            boolean loops = false;
            for (int i = 0; i < n; i++) {
                frames.add(reader.read(i));
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode gce = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
                delays.add(Integer.parseInt(gce.getAttribute("delayTime")));
                var apps = root.getElementsByTagName("ApplicationExtension");
                for (int k = 0; k < apps.getLength(); k++) {
                    IIOMetadataNode app = (IIOMetadataNode) apps.item(k);
                    byte[] data = (byte[]) app.getUserObject();
                    if ("NETSCAPE".equals(app.getAttribute("applicationID")) && data.length == 3 && data[0] == 1
                            && data[1] == 0 && data[2] == 0) {
                        loops = true;
                    }
                }
            }
            return new GifFile(frames, delays, loops);
        } finally {
            reader.dispose();
        }
    }

    /** How many pixels of frame i have exactly this RGB colour. */
    int count(int i, java.awt.Color c) {
        return FrameRendererTest.count(frames.get(i), c);
    }
}
