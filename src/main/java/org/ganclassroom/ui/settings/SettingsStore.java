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
import java.util.function.UnaryOperator;

/**
 * Reads and writes {@code settings.json} in the user's config folder. Writing goes to a temp file in the same
 * folder and is then moved over the old file atomically, so a crash never leaves half a file. A file that cannot
 * be parsed is renamed aside ({@code settings.json.corrupt-<timestamp>}) with a warning and defaults are used;
 * settings problems never stop the app.
 */
public final class SettingsStore {
    public static final String CONFIG_DIR_PROPERTY = "ganclassroom.configDir";
    public static final String FILE_NAME = "settings.json";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path dir;
    private final PrintStream warnings;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public SettingsStore(Path dir, PrintStream warnings) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
    }

    /** The store in the standard place (see {@link #defaultConfigDir}), warning on stderr. */
    public static SettingsStore standard() {
        return new SettingsStore(defaultConfigDir(System::getProperty, System::getenv), System.err);
    }

    /**
     * {@code -Dganclassroom.configDir=...} if set, else {@code $XDG_CONFIG_HOME/gan-classroom} if that is an
     * absolute path, else {@code ~/.config/gan-classroom}.
     */
    public static Path defaultConfigDir(UnaryOperator<String> systemProperty, UnaryOperator<String> env) {
        String override = systemProperty.apply(CONFIG_DIR_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = env.apply("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "gan-classroom");
        }
        return Path.of(systemProperty.apply("user.home"), ".config", "gan-classroom");
    }

    public Path file() {
        return dir.resolve(FILE_NAME);
    }

    /** The remembered settings, or defaults if there are none or they cannot be read. Never throws. */
    public AppSettings load() {
        Path file = file();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return AppSettings.defaults();
        } catch (IOException | RuntimeException e) {
            warnings.println("gan-classroom: warning: could not read " + file + " (" + e.getMessage()
                    + "); using default settings");
            return AppSettings.defaults();
        }
        try {
            AppSettings settings = json.readValue(bytes, AppSettings.class);
            if (settings == null) {
                throw new IOException("the file holds no settings object");
            }
            return settings.sanitized();
        } catch (IOException | RuntimeException e) {
            setAside(file, e);
            return AppSettings.defaults();
        }
    }

    private void setAside(Path file, Exception cause) {
        String reason = cause instanceof JacksonException je ? je.getOriginalMessage() : cause.getMessage();
        Path aside = file.resolveSibling(FILE_NAME + ".corrupt-" + LocalDateTime.now().format(STAMP));
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            warnings.println("gan-classroom: warning: settings file " + file + " is corrupt (" + reason
                    + "); moved it to " + aside.getFileName() + " and using default settings");
        } catch (IOException e) {
            warnings.println("gan-classroom: warning: settings file " + file + " is corrupt (" + reason
                    + ") and could not be moved aside (" + e.getMessage() + "); using default settings");
        }
    }

    /** Writes the settings atomically (temp file + atomic move). */
    public void save(AppSettings settings) throws IOException {
        Objects.requireNonNull(settings, "settings");
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, FILE_NAME + ".", ".tmp");
        try {
            Files.write(tmp, json.writeValueAsBytes(settings));
            try {
                Files.move(tmp, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Like {@link #save} but reports a failure as a warning instead of throwing (used when the app closes). */
    public boolean trySave(AppSettings settings) {
        try {
            save(settings);
            return true;
        } catch (IOException | RuntimeException e) {
            warnings.println("gan-classroom: warning: could not save settings to " + file() + " (" + e.getMessage() + ")");
            return false;
        }
    }
}
