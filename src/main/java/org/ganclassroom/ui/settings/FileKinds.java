package org.ganclassroom.ui.settings;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/** Names what a path is when it is not a regular file, and file sizes, for messages a user reads. */
final class FileKinds {
    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFSOCK = 0140000;

    private FileKinds() {
    }

    /** "a folder", "a symbolic link to /dev/zero", "a named pipe (FIFO)", …; the path itself, never its target. */
    static String describe(Path file, BasicFileAttributes attrs) {
        if (attrs.isDirectory()) {
            return "a folder";
        }
        if (attrs.isSymbolicLink()) {
            try {
                String target = Files.readSymbolicLink(file).toString();
                return "a symbolic link (to " + (target.length() <= 80 ? target : target.substring(0, 80) + "…") + ")";
            } catch (Exception e) {
                return "a symbolic link";
            }
        }
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS) & S_IFMT;
            return switch (mode) {
                case S_IFIFO -> "a named pipe (FIFO)";
                case S_IFCHR -> "a character device";
                case S_IFBLK -> "a block device";
                case S_IFSOCK -> "a socket";
                default -> "a special file";
            };
        } catch (Exception e) { // no unix view on this system
            return "a special file";
        }
    }

    /** "312 bytes", "1.0 MB", "200.0 MB" (1 MB = 2^20 bytes). */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
