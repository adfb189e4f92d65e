package org.ganclassroom.clip;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/**
 * An animated GIF written a frame at a time with the JDK's own GIF writer (no frame is kept): each frame shown for
 * the same delay (GIF counts in hundredths of a second) and the whole looping for ever (the NETSCAPE2.0
 * extension every browser and slide program honours).
 */
public final class AnimatedGif implements AutoCloseable {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";
    private static final String STREAM_FORMAT = "javax_imageio_gif_stream_1.0";
    private final ImageOutputStream out;
    private final ImageWriter writer;
    private final int delayCentiseconds;
    private int frames;

    /** Creates (or truncates) {@code file}. */
    public AnimatedGif(Path file, int delayCentiseconds) throws IOException {
        if (delayCentiseconds < 1 || delayCentiseconds > 65535) {
            throw new IllegalArgumentException("delay must be 1..65535 hundredths of a second, not " + delayCentiseconds);
        }
        this.delayCentiseconds = delayCentiseconds;
        this.writer = ImageIO.getImageWritersByFormatName("gif").next();
        RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw");
        try {
            raf.setLength(0);
            // straight to the file: ImageIO's stream over an OutputStream would cache in the temp folder first
            this.out = new FileImageOutputStream(raf);
        } catch (IOException e) {
            raf.close();
            writer.dispose();
            throw e;
        }
        writer.setOutput(out);
    }

    /**
     * The stream's global colour table: the first frame's. Without it the writer puts a stock colour cube there
     * and, finding the frames' own tables redundant, leaves them out, so every colour comes out wrong.
     */
    private void start(BufferedImage first) throws IOException {
        IIOMetadata stream = writer.getDefaultStreamMetadata(writer.getDefaultWriteParam());
        if (first.getColorModel() instanceof IndexColorModel icm) {
            IIOMetadataNode root = (IIOMetadataNode) stream.getAsTree(STREAM_FORMAT);
            IIOMetadataNode table = child(root, "GlobalColorTable");
            while (table.getLength() > 0) {
                table.removeChild(table.getFirstChild());
            }
            int size = 2;
            while (size < icm.getMapSize()) {
                size *= 2;
            }
            table.setAttribute("sizeOfGlobalColorTable", Integer.toString(size));
            table.setAttribute("backgroundColorIndex", "0");
            table.setAttribute("sortFlag", "FALSE");
            for (int i = 0; i < size; i++) {
                IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
                int c = i < icm.getMapSize() ? icm.getRGB(i) : 0;
                entry.setAttribute("index", Integer.toString(i));
                entry.setAttribute("red", Integer.toString(c >> 16 & 0xff));
                entry.setAttribute("green", Integer.toString(c >> 8 & 0xff));
                entry.setAttribute("blue", Integer.toString(c & 0xff));
                table.appendChild(entry);
            }
            IIOMetadataNode screen = child(root, "LogicalScreenDescriptor");
            screen.setAttribute("logicalScreenWidth", Integer.toString(first.getWidth()));
            screen.setAttribute("logicalScreenHeight", Integer.toString(first.getHeight()));
            screen.setAttribute("colorResolution", "8");
            screen.setAttribute("pixelAspectRatio", "0");
            stream.setFromTree(STREAM_FORMAT, root);
        }
        writer.prepareWriteSequence(stream);
    }

    /** Appends one frame (every frame the same size). */
    public void add(BufferedImage frame) throws IOException {
        if (frames == 0) {
            start(frame);
        }
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), param);
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(FORMAT);
        // the default metadata carries a stock colour cube as the frame's own table: the global one applies
        for (int i = root.getLength() - 1; i >= 0; i--) {
            if (root.item(i).getNodeName().equals("LocalColorTable")) {
                root.removeChild(root.item(i));
            }
        }
        child(root, "ImageDescriptor").setAttribute("interlaceFlag", "FALSE");
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
        control.setAttribute("transparentColorIndex", "0");
        if (frames == 0) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[]{1, 0, 0}); // sub-block 1: loop count 0, for ever
            apps.appendChild(loop);
        }
        meta.setFromTree(FORMAT, root);
        writer.writeToSequence(new IIOImage(frame, null, meta), param);
        frames++;
    }

    public int frames() {
        return frames;
    }

    @Override
    public void close() throws IOException {
        try {
            if (frames > 0) {
                writer.endWriteSequence();
            }
        } finally {
            writer.dispose();
            out.close();
        }
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
