package org.ganclassroom.ui.markdown;

import java.nio.file.Files;
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

    /** The file an image link points to, if it is a relative path to an existing file inside the image root. */
    public Optional<Path> resolveImage(String url) {
        if (url == null || url.isBlank() || url.contains(":") || url.startsWith("/") || url.startsWith("\\")) {
            return Optional.empty();
        }
        return imageRoot.flatMap(root -> {
            try {
                Path p = root.resolve(url).normalize();
                return p.startsWith(root) && Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
    }
}
