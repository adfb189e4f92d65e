package org.ganclassroom.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a lesson's images live. Views load an image through {@link #resolve}, which applies the same rules as
 * the validator, for a folder on disk and for the copy inside the jar alike.
 */
public final class LessonImages {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private LessonImages() {
    }

    /** Whether an image reference leaves the lessons folder: a URL, an absolute path, or a '..' step. */
    public static boolean isOutside(String src) {
        if (src.isBlank() || SCHEME.matcher(src).find() || src.startsWith("/") || src.startsWith("\\")) {
            return true;
        }
        for (String part : src.split("[/\\\\]")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The image file a lesson refers to, if it is inside the lessons folder and exists.
     *
     * @param lessonFile the lesson's {@link Lesson#file()} (a path on disk or inside the jar)
     * @param src        the reference as written, e.g. {@code images/gan.png}
     */
    public static Optional<Path> resolve(Path lessonFile, String src) {
        Path folder = lessonFile.toAbsolutePath().getParent();
        return folder == null ? Optional.empty() : resolveIn(folder, src);
    }

    /**
     * The image file {@code src} names inside {@code folder}, if it exists there. Symbolic links are followed
     * first and the real file must still lie inside the folder's real path, so a link cannot lead out.
     */
    public static Optional<Path> resolveIn(Path folder, String src) {
        if (src == null || isOutside(src)) {
            return Optional.empty();
        }
        try {
            Path root = folder.toRealPath();
            Path image = folder.resolve(src.replace('\\', '/')).toRealPath();
            return image.startsWith(root) && Files.isRegularFile(image) ? Optional.of(image) : Optional.empty();
        } catch (IOException | InvalidPathException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code src} names an existing file that a link places outside {@code folder}. */
    public static boolean linksOutside(Path folder, String src) {
        if (src == null || isOutside(src)) {
            return false;
        }
        try {
            Path image = folder.resolve(src.replace('\\', '/'));
            return Files.exists(image) && !image.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException | InvalidPathException | SecurityException e) {
            return false;
        }
    }
}
