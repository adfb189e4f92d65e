package org.ganclassroom.ui.lab;

import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;

/** File dialogs for tests that never open or save a file: every request is cancelled. */
final class FileDialogsForTests {
    static final FileDialogs NONE = new FileDialogs() {
        @Override
        public Optional<Path> open(Window owner, String title, String description, String extension) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> save(Window owner, String title, String description, String extension,
                                   String suggestedName) {
            return Optional.empty();
        }
    };

    private FileDialogsForTests() {
    }
}
