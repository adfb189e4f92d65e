package org.ganclassroom.ui.lessons;

import org.ganclassroom.lesson.Course;

import java.util.List;
import java.util.function.Consumer;

/**
 * Where the Lessons page gets its course from, and how it hears about edits. The app wires the real loader
 * and watcher behind this ({@link LoaderCourseSource}); tests use an in-memory one.
 */
public interface CourseSource {
    /** The course as it is now. Called on the FX thread when the page is created. */
    Course load();

    /**
     * Calls {@code onChange} with the new course whenever lesson files change, from any thread (the view model
     * hops to the FX thread). Returns a handle that stops the notifications.
     */
    default Subscription watch(Consumer<Course> onChange) {
        return () -> {
        };
    }

    /** Stops notifications. */
    @FunctionalInterface
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /** A fixed course that never changes. */
    static CourseSource of(Course course) {
        return () -> course;
    }

    /** No lessons at all. */
    static CourseSource empty() {
        return of(new Course(List.of(), List.of()));
    }
}
