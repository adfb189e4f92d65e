package org.ganclassroom.ui.lessons;

import org.ganclassroom.lesson.Course;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A course held in memory; {@link #publish} plays the part of the file watcher. For tests and demos. */
public final class InMemoryCourseSource implements CourseSource {
    private final List<Consumer<Course>> listeners = new CopyOnWriteArrayList<>();
    private volatile Course course;

    public InMemoryCourseSource(Course course) {
        this.course = Objects.requireNonNull(course, "course");
    }

    @Override
    public Course load() {
        return course;
    }

    @Override
    public Subscription watch(Consumer<Course> onChange) {
        listeners.add(onChange);
        return () -> listeners.remove(onChange);
    }

    /** Replaces the course and tells every watcher, on the calling thread. */
    public void publish(Course changed) {
        course = Objects.requireNonNull(changed, "course");
        listeners.forEach(l -> l.accept(changed));
    }
}
