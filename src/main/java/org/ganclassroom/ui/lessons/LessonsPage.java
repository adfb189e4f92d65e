package org.ganclassroom.ui.lessons;

import javafx.application.Platform;
import org.ganclassroom.ui.common.PageContext;
import org.ganclassroom.ui.common.PageFactory;
import org.ganclassroom.ui.progress.LessonProgress;

import java.util.Objects;
import java.util.function.Function;

/** Creates the Lessons page from its collaborators, which {@code PageRegistry.standard()} passes in. */
public final class LessonsPage {
    private LessonsPage() {
    }

    /**
     * @param sources the course of a page context
     * @param embeds  what a {@code ```simulator} block shows, for a page context
     */
    public static PageFactory factory(Function<PageContext, CourseSource> sources, LessonProgress lessonProgress,
                                      Function<PageContext, SimulatorEmbedFactory> embeds) {
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(lessonProgress, "progress");
        Objects.requireNonNull(embeds, "embeds");
        return ctx -> {
            LessonsViewModel vm = new LessonsViewModel(sources.apply(ctx), lessonProgress, ctx.navigator(),
                    Platform::runLater);
            return LessonsView.create(vm, embeds.apply(ctx));
        };
    }

    /** A page over one course whose simulator blocks show the card that opens the Simulator (tests). */
    public static PageFactory factory(CourseSource source, LessonProgress lessonProgress) {
        return factory(ctx -> source, lessonProgress, ctx -> new DefaultSimulatorEmbed(ctx.navigator()));
    }
}
