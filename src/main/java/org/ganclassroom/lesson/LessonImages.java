package org.ganclassroom.lesson;

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
        if (isOutside(src)) {
            return Optional.empty();
        }
        try {
            Path folder = lessonFile.toAbsolutePath().getParent();
            Path image = folder.resolve(src.replace('\\', '/')).normalize();
            return image.startsWith(folder) && Files.isRegularFile(image) ? Optional.of(image) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
