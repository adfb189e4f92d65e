package org.ganclassroom.ui.settings;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * One small JSON file in the user's config folder (settings, progress). Writing goes to a temp file in the same
 * folder that is then moved over the old file atomically, so a crash never leaves half a file. A file that cannot
 * be parsed is renamed aside ({@code NAME.corrupt-<timestamp>}) with a warning; reading never throws.
 *
 * @param <T> the record stored in the file
 */
public final class AtomicJsonFile<T> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path dir;
    private final String fileName;
    private final Class<T> type;
    private final String what;
    private final PrintStream warnings;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * @param what how warnings name the contents, e.g. "settings" or "progress"
     */
    public AtomicJsonFile(Path dir, String fileName, Class<T> type, String what, PrintStream warnings) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.type = Objects.requireNonNull(type, "type");
        this.what = Objects.requireNonNull(what, "what");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
    }

    public Path file() {
        return dir.resolve(fileName);
    }

    /**
     * The stored value; empty if there is no file (quietly), if it cannot be read (with a warning), or if it is
     * corrupt (set aside with a warning). Never throws.
     */
    public Optional<T> read() {
        Path file = file();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            warnings.println("gan-classroom: warning: could not read " + file + " (" + e.getMessage()
                    + "); using default " + what);
            return Optional.empty();
        }
        try {
            T value = json.readValue(bytes, type);
            if (value == null) {
                throw new IOException("the file holds no " + what + " object");
            }
            return Optional.of(value);
        } catch (IOException | RuntimeException e) {
            setAside(e);
            return Optional.empty();
        }
    }

    /** Renames a corrupt file aside (with a warning), e.g. when its contents parsed but make no sense. */
    public void setAside(Exception cause) {
        Path file = file();
        String reason = cause instanceof JacksonException je ? je.getOriginalMessage() : cause.getMessage();
        Path aside = file.resolveSibling(fileName + ".corrupt-" + LocalDateTime.now().format(STAMP));
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            warnings.println("gan-classroom: warning: " + what + " file " + file + " is corrupt (" + reason
                    + "); moved it to " + aside.getFileName() + " and using default " + what);
        } catch (IOException e) {
            warnings.println("gan-classroom: warning: " + what + " file " + file + " is corrupt (" + reason
                    + ") and could not be moved aside (" + e.getMessage() + "); using default " + what);
        }
    }

    /** Writes the value atomically (temp file in the same folder + atomic move). */
    public void write(T value) throws IOException {
        Objects.requireNonNull(value, "value");
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, fileName + ".", ".tmp");
        try {
            Files.write(tmp, json.writeValueAsBytes(value));
            try {
                Files.move(tmp, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Like {@link #write} but reports a failure as a warning instead of throwing. */
    public boolean tryWrite(T value) {
        try {
            write(value);
            return true;
        } catch (IOException | RuntimeException e) {
            warnings.println("gan-classroom: warning: could not save " + what + " to " + file() + " (" + e.getMessage() + ")");
            return false;
        }
    }
}
