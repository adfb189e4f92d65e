package org.ganclassroom.ui.lab;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the lab asks for file paths. The app uses native dialogs ({@link #system()}); tests inject paths, so no
 * native dialog ever opens under TestFX.
 */
public interface FileDialogs {
    /** A file to open; empty when the user cancels. */
    Optional<Path> open(Window owner, String title, String description, String extension);

    /** A file to save to; empty when the user cancels. */
    Optional<Path> save(Window owner, String title, String description, String extension, String suggestedName);

    /** JavaFX FileChooser dialogs, starting in the folder used last. */
    static FileDialogs system() {
        return new FileDialogs() {
            private File lastDir;

            private FileChooser chooser(String title, String description, String extension) {
                FileChooser fc = new FileChooser();
                fc.setTitle(title);
                fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
                if (lastDir != null && lastDir.isDirectory()) {
                    fc.setInitialDirectory(lastDir);
                }
                return fc;
            }

            private Optional<Path> remember(File f) {
                if (f == null) {
                    return Optional.empty();
                }
                lastDir = f.getAbsoluteFile().getParentFile();
                return Optional.of(f.toPath());
            }

            @Override
            public Optional<Path> open(Window owner, String title, String description, String extension) {
                return remember(chooser(title, description, extension).showOpenDialog(owner));
            }

            @Override
            public Optional<Path> save(Window owner, String title, String description, String extension,
                                       String suggestedName) {
                FileChooser fc = chooser(title, description, extension);
                fc.setInitialFileName(suggestedName);
                return remember(fc.showSaveDialog(owner));
            }
        };
    }
}
