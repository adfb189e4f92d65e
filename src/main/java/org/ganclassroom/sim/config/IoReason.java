package org.ganclassroom.sim.config;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** Why a file operation failed, in a few plain words ("permission denied", "disk full"), naming the file. */
public final class IoReason {
    private IoReason() {
    }

    /** {@code file: reason}, or just the reason when the exception names no file. */
    public static String of(IOException e) {
        String file = e instanceof FileSystemException f ? f.getFile() : null;
        String reason = reason(e);
        return file == null ? reason : file + ": " + reason;
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way (a folder is needed there)";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        String os = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (os == null || os.isBlank()) {
            return e.getClass().getSimpleName().replace("Exception", "").toLowerCase(Locale.ROOT) + " error";
        }
        String lower = os.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left")) {
            return "disk full";
        }
        if (lower.contains("quota")) {
            return "disk quota exceeded";
        }
        if (lower.contains("read-only")) {
            return "read-only file system";
        }
        if (lower.contains("is a directory")) {
            return "is a folder, not a file";
        }
        if (lower.contains("not a directory")) {
            return "part of the path is a file, not a folder";
        }
        if (lower.contains("permission denied") || lower.contains("operation not permitted")) {
            return "permission denied";
        }
        if (lower.contains("file name too long")) {
            return "file name too long";
        }
        return lower;
    }
}
