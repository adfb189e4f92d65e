package org.ganclassroom.lesson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the app reads its lessons: {@code --lessons DIR} if given, else {@code ./lessons} if it exists, else the
 * copy the jar carries.
 */
public sealed interface LessonSource {
    /** A folder on disk; it can be watched for edits. */
    record Folder(Path dir) implements LessonSource {
        @Override
        public Course load() {
            return LessonLoader.load(dir);
        }

        @Override
        public Optional<Path> watchableFolder() {
            return Optional.of(dir);
        }

        @Override
        public String describe() {
            return dir.toAbsolutePath().normalize().toString();
        }
    }

    /** The lessons shipped inside the application. */
    record Bundled() implements LessonSource {
        @Override
        public Course load() {
            return LessonLoader.loadBundled();
        }

        @Override
        public Optional<Path> watchableFolder() {
            return Optional.empty();
        }

        @Override
        public String describe() {
            return "built-in lessons";
        }
    }

    Course load();

    /** The folder to hand to {@link LessonWatcher}, if the lessons can change while the app runs. */
    Optional<Path> watchableFolder();

    /** For a status line: the folder, or "built-in lessons". */
    String describe();

    /** Resolves against the current directory. */
    static LessonSource resolve(Optional<Path> lessonsArgument) {
        return resolve(lessonsArgument, Path.of(""));
    }

    /**
     * @param lessonsArgument the {@code --lessons} folder, if given (used even when it does not exist, so the
     *                        app can say so)
     * @param workingDir      where to look for {@code ./lessons}
     */
    static LessonSource resolve(Optional<Path> lessonsArgument, Path workingDir) {
        if (lessonsArgument.isPresent()) {
            return new Folder(lessonsArgument.get());
        }
        Path local = workingDir.resolve("lessons");
        if (Files.isDirectory(local)) {
            return new Folder(local);
        }
        return new Bundled();
    }
}
