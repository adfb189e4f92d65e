package org.ganclassroom.ui.shell;

import org.ganclassroom.lesson.Course;
import org.ganclassroom.ui.common.PageContext;
import org.ganclassroom.ui.lessons.CourseSource;
import org.ganclassroom.lesson.LessonSource;
import org.ganclassroom.ui.lessons.LoaderCourseSource;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * One course for the whole app: loaded once (from {@code --lessons}, ./lessons or the bundled copy) and
 * watched once, then shared by the lessons, timeline, quiz and speed-round views, so an edited lesson file
 * reaches all of them.
 */
final class SharedCourse implements CourseSource {
    private final List<Consumer<Course>> listeners = new CopyOnWriteArrayList<>();
    private CourseSource source;
    private volatile Course latest;

    /** Binds to the lessons folder of the first page that asks; later contexts carry the same folder. */
    synchronized CourseSource forContext(PageContext ctx) {
        if (source == null) {
            source = new LoaderCourseSource(LessonSource.resolve(ctx.lessonsDir()));
        }
        return this;
    }

    @Override
    public synchronized Course load() {
        if (latest == null) {
            latest = source.load();
            source.watch(course -> {
                latest = course;
                listeners.forEach(l -> l.accept(course));
            });
        }
        return latest;
    }

    /** The course as last loaded, loading it if nothing has yet. */
    Course current() {
        Course c = latest;
        return c != null ? c : load();
    }

    /** The current course, or an empty one (with a warning on stderr) if it cannot be loaded. */
    Course currentOrEmpty() {
        try {
            Course c = current();
            return c == null ? new Course(List.of(), List.of()) : c;
        } catch (RuntimeException e) {
            System.err.println("gan-classroom: warning: could not load the course (" + e.getMessage() + ")");
            return new Course(List.of(), List.of());
        }
    }

    @Override
    public Subscription watch(Consumer<Course> onChange) {
        listeners.add(onChange);
        return () -> listeners.remove(onChange);
    }
}
