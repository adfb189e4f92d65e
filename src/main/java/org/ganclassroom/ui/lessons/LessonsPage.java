package org.ganclassroom.ui.lessons;

import javafx.application.Platform;
import org.ganclassroom.ui.common.Page;
import org.ganclassroom.ui.common.PageContext;
import org.ganclassroom.ui.common.PageFactory;

import java.util.Objects;
import java.util.function.Function;

/**
 * Creates the Lessons page. {@link #create} is what {@code PageRegistry.standard()} registers; it takes the course
 * from {@link LessonSources#forContext} and progress from {@link #progress} (in memory until the integrator wires
 * the persistent store).
 */
public final class LessonsPage {
    private static volatile LessonProgress progress = new InMemoryLessonProgress();

    private LessonsPage() {
    }

    /** The page factory of the real app. */
    public static Page create(PageContext ctx) {
        return factory(LessonSources::forContext, progress).create(ctx);
    }

    /** A page factory with a given course source and progress store (tests, integration). */
    public static PageFactory factory(Function<PageContext, CourseSource> sources, LessonProgress lessonProgress) {
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(lessonProgress, "progress");
        return ctx -> {
            LessonsViewModel vm = new LessonsViewModel(sources.apply(ctx), lessonProgress, ctx.navigator(),
                    Platform::runLater);
            return LessonsView.create(vm, SimulatorEmbeds.forNavigator(ctx.navigator()));
        };
    }

    public static PageFactory factory(CourseSource source, LessonProgress lessonProgress) {
        return factory(ctx -> source, lessonProgress);
    }

    /** Integrator hook: the persistent progress store used by pages created after this call. */
    public static void useProgress(LessonProgress store) {
        progress = Objects.requireNonNull(store, "store");
    }
}
