package org.ganclassroom.ui.lessons;

import org.ganclassroom.lesson.Course;
import org.ganclassroom.lesson.LessonSource;
import org.ganclassroom.lesson.LessonWatcher;

import java.io.IOException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The real lessons: {@code --lessons DIR}, else {@code ./lessons}, else the bundled copy
 * ({@link LessonSource#resolve}); a folder on disk is watched with {@link LessonWatcher} and every change hands
 * over the whole course loaded again.
 */
public final class LoaderCourseSource implements CourseSource {
    private final LessonSource source;

    public LoaderCourseSource(LessonSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    public LessonSource lessonSource() {
        return source;
    }

    @Override
    public Course load() {
        return source.load();
    }

    @Override
    public Subscription watch(Consumer<Course> onChange) {
        if (source.watchableFolder().isEmpty()) {
            return () -> {
            };
        }
        try {
            LessonWatcher watcher = LessonWatcher.start(source.watchableFolder().get(),
                    change -> onChange.accept(change.course()));
            return watcher::close;
        } catch (IOException | RuntimeException e) {
            System.err.println("gan-classroom: cannot watch " + source.describe() + " for edits: " + e.getMessage());
            return () -> {
            };
        }
    }
}
