package org.ganclassroom.ui.lessons;

import org.ganclassroom.lesson.LessonSource;
import org.ganclassroom.ui.common.PageContext;

import java.util.Objects;
import java.util.function.Function;

/**
 * Turns the page context into a {@link CourseSource}: by default the real loader
 * ({@link LoaderCourseSource}: {@code --lessons DIR}, else {@code ./lessons}, else the bundled lessons, watched for
 * edits when they are a folder). {@link #use} swaps it (tests, demos).
 */
public final class LessonSources {
    private static final Function<PageContext, CourseSource> DEFAULT = ctx -> new LoaderCourseSource(LessonSource.resolve(ctx.lessonsDir()));
    private static volatile Function<PageContext, CourseSource> current = DEFAULT;

    private LessonSources() {
    }

    public static CourseSource forContext(PageContext ctx) {
        return current.apply(ctx);
    }

    /** Replaces how the real app gets its course (call before the Lessons page is first opened). */
    public static void use(Function<PageContext, CourseSource> sources) {
        current = Objects.requireNonNull(sources, "sources");
    }
}
