package org.ganclassroom.ui.settings;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Reads and writes {@code settings.json} in the user's config folder, through {@link AtomicJsonFile}. Writing goes to a temp file in the same
 * folder and is then moved over the old file atomically, so a crash never leaves half a file. A field that is not
 * valid falls back to its default and is named in a notice; a file that cannot be read at all is renamed aside
 * ({@code settings.json.corrupt-<time>} or {@code .unreadable-<time>}); settings problems never stop the app.
 */
public final class SettingsStore {
    public static final String CONFIG_DIR_PROPERTY = "ganclassroom.configDir";
    public static final String FILE_NAME = "settings.json";

    private final AtomicJsonFile<AppSettings> file;

    public SettingsStore(Path dir, PrintStream warnings) {
        this.file = new AtomicJsonFile<>(dir, FILE_NAME, SettingsJson::decode, "settings", warnings);
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
        return file.file();
    }

    /** The remembered settings, or defaults if there are none or they cannot be read. Never throws. */
    public AppSettings load() {
        return file.read().map(AppSettings::sanitized).orElseGet(AppSettings::defaults);
    }

    /** What loading the file had to tell the user (a file set aside, fields dropped); empty if nothing. */
    public java.util.List<String> notices() {
        return file.notices();
    }

    /** Writes the settings atomically (temp file + atomic move). */
    public void save(AppSettings settings) throws IOException {
        file.write(Objects.requireNonNull(settings, "settings"));
    }

    /** Like {@link #save} but reports a failure as a warning instead of throwing (used when the app closes). */
    public boolean trySave(AppSettings settings) {
        return file.tryWrite(Objects.requireNonNull(settings, "settings"));
    }
}
