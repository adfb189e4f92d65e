package org.ganclassroom.ui.lessons;

import org.ganclassroom.ui.common.PageContext;

import java.util.Objects;
import java.util.function.Function;

/**
 * INTEGRATOR ADAPTER: turns the page context into a {@link CourseSource}. The lesson loader
 * ({@code LessonLoader.load(Path)}, {@code loadBundled()}, {@code LessonWatcher}) is built on another branch; once
 * it is merged, replace {@link #DEFAULT} with something like
 * <pre>{@code
 * ctx -> new LoaderCourseSource(ctx.lessonsDir())   // load(dir) or loadBundled(); watch() starts a LessonWatcher
 * }</pre>
 * or call {@link #use} at start-up. Until then the page shows an empty course ("No lessons found").
 */
public final class LessonSources {
    private static final Function<PageContext, CourseSource> DEFAULT = ctx -> CourseSource.empty();
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
