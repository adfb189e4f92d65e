package org.ganclassroom.ui.progress;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.ganclassroom.ui.settings.AtomicJsonFile;
import org.ganclassroom.ui.settings.SettingsStore;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The student's progress in {@code progress.json}, next to {@code settings.json} in the user's config folder:
 * lessons visited/completed, quiz best and last score, speed-round best. Every change is written at once,
 * atomically. A field that is not valid is dropped and named in a {@link #notices() notice}, the rest is kept;
 * a file that cannot be read at all is set aside and the student starts afresh (never a crash, never a hang); a
 * failed write is a warning, and the progress stays in memory. Use on the FX thread.
 */
public final class ProgressStore implements LessonProgress {
    public static final String FILE_NAME = "progress.json";

    private final AtomicJsonFile<Progress> file;
    private final ReadOnlyObjectWrapper<Progress> progress;

    public ProgressStore(Path dir, PrintStream warnings) {
        this.file = new AtomicJsonFile<>(dir, FILE_NAME, ProgressJson::decode, "progress", warnings);
        this.progress = new ReadOnlyObjectWrapper<>(this, "progress", file.read().orElseGet(Progress::empty));
    }

    /** The store in the standard config folder (see {@link SettingsStore#defaultConfigDir}), warning on stderr. */
    public static ProgressStore standard() {
        return new ProgressStore(standardDir(System::getProperty, System::getenv), System.err);
    }

    static Path standardDir(UnaryOperator<String> systemProperty, UnaryOperator<String> env) {
        return SettingsStore.defaultConfigDir(systemProperty, env);
    }

    public Path file() {
        return file.file();
    }

    /** What loading the file had to tell the user (a file set aside, fields dropped); empty if nothing. */
    public List<String> notices() {
        return file.notices();
    }

    @Override
    public ReadOnlyObjectProperty<Progress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public Progress get() {
        return progress.get();
    }

    private void update(Progress next) {
        if (!next.equals(progress.get())) {
            progress.set(next);
            file.tryWrite(next);
        }
    }

    private static boolean usable(String id) {
        return id != null && !id.isBlank();
    }

    @Override
    public void markVisited(String lessonId) {
        if (usable(lessonId)) {
            update(get().withVisited(lessonId));
        }
    }

    @Override
    public void markCompleted(String lessonId) {
        if (usable(lessonId)) {
            update(get().withCompleted(lessonId));
        }
    }

    @Override
    public boolean isVisited(String lessonId) {
        return get().visitedLessons().contains(lessonId);
    }

    @Override
    public boolean isCompleted(String lessonId) {
        return get().completedLessons().contains(lessonId);
    }

    /** Records a finished full quiz run: it becomes the last score, and the best if it beats it. */
    public void recordQuizRun(QuizScore score) {
        update(get().withQuizRun(Objects.requireNonNull(score, "score")));
    }

    /** Records a finished speed round; the best is kept. */
    public void recordSpeedRound(int correct) {
        update(get().withSpeedRound(correct));
    }

    /** Forgets everything (and writes the empty progress). */
    public void reset() {
        progress.set(Progress.empty());
        file.tryWrite(Progress.empty());
    }
}
