package org.ganclassroom.ui.markdown;

import org.ganclassroom.lesson.LessonImages;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the Markdown renderer needs to know besides the text.
 *
 * @param imageRoot the lessons folder: images ({@code ![alt](images/x.png)}) are loaded from inside it only;
 *                  empty = no images (their alt text is shown instead)
 */
public record RenderContext(Optional<Path> imageRoot) {
    /** No images. */
    public static final RenderContext PLAIN = new RenderContext(Optional.empty());

    public RenderContext {
        imageRoot = imageRoot == null ? Optional.empty() : imageRoot.map(p -> p.toAbsolutePath().normalize());
    }

    public static RenderContext forFolder(Path folder) {
        return new RenderContext(Optional.ofNullable(folder));
    }

    /**
     * The file an image link points to, if it is a relative path to an existing file inside the image root
     * (after following links: a symbolic link cannot lead out of the folder).
     */
    public Optional<Path> resolveImage(String url) {
        return imageRoot.flatMap(root -> LessonImages.resolveIn(root, url));
    }
}
