package org.ganclassroom.ui.practice;

import javafx.scene.Node;
import org.ganclassroom.lesson.Course;
import org.ganclassroom.ui.common.Page;
import org.ganclassroom.ui.common.PageContext;
import org.ganclassroom.ui.progress.ProgressStore;
import org.ganclassroom.ui.quiz.QuizView;
import org.ganclassroom.ui.quiz.QuizViewModel;
import org.ganclassroom.ui.common.LabLauncher;
import org.ganclassroom.ui.timeline.TimelineView;
import org.ganclassroom.ui.timeline.TimelineViewModel;
import org.ganclassroom.ui.truefalse.FxTicker;
import org.ganclassroom.ui.truefalse.TrueFalseView;
import org.ganclassroom.ui.truefalse.TrueFalseViewModel;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The wiring of the practice pages (timeline, quiz, true/false speed round). The shell registers
 * {@link #timeline}, {@link #quiz} and {@link #trueFalse}; the integrator replaces the defaults:
 * <ul>
 *     <li>{@link #withCourse}: where the lessons come from (default: an empty course — the pages say so);
 *     called again each time a page is shown, so a reloaded course is picked up</li>
 *     <li>{@link #withTextRenderer}: Markdown + LaTeX for question/statement/explanation text (default: a label)</li>
 *     <li>{@link #withLabLauncher}: the timeline's "Open in lab" (default: switch to the Mini Lab view)</li>
 *     <li>{@link #withProgress}: the progress store (default: {@link ProgressStore#standard()}, created lazily)</li>
 * </ul>
 */
public final class PracticePages {
    private Supplier<Course> course = PracticePages::emptyCourse;
    private Function<String, Node> textRenderer = TextRenderers.plainLabel();
    private Function<PageContext, LabLauncher> labLauncher = ctx -> LabLauncher.navigatingTo(ctx.navigator());
    private Supplier<ProgressStore> progressSource = ProgressStore::standard;
    private ProgressStore progress;

    public static Course emptyCourse() {
        return new Course(List.of(), List.of());
    }

    public PracticePages withCourse(Supplier<Course> course) {
        this.course = Objects.requireNonNull(course, "course");
        return this;
    }

    public PracticePages withTextRenderer(Function<String, Node> textRenderer) {
        this.textRenderer = Objects.requireNonNull(textRenderer, "textRenderer");
        return this;
    }

    /** The lab launcher, made per page from its context (the default uses the context's navigator). */
    public PracticePages withLabLauncher(Function<PageContext, LabLauncher> labLauncher) {
        this.labLauncher = Objects.requireNonNull(labLauncher, "labLauncher");
        return this;
    }

    public PracticePages withProgress(ProgressStore progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
        return this;
    }

    /** The shared progress store (the Lessons view and the shell's "reset progress" should use this one too). */
    public ProgressStore progress() {
        if (progress == null) {
            progress = progressSource.get();
        }
        return progress;
    }

    /** A course source that never throws: a failing source counts as an empty course (with a warning). */
    private Supplier<Course> safeCourse() {
        return () -> {
            try {
                Course c = course.get();
                return c == null ? emptyCourse() : c;
            } catch (RuntimeException e) {
                System.err.println("gan-classroom: warning: could not load the course (" + e.getMessage() + ")");
                return emptyCourse();
            }
        };
    }

    public Page timeline(PageContext ctx) {
        return TimelineView.create(new TimelineViewModel(safeCourse(), labLauncher.apply(ctx)), textRenderer);
    }

    public Page quiz(PageContext ctx) {
        return QuizView.create(new QuizViewModel(safeCourse(), progress()), textRenderer, progress());
    }

    public Page trueFalse(PageContext ctx) {
        return TrueFalseView.create(new TrueFalseViewModel(safeCourse(), progress(), System::currentTimeMillis,
                new FxTicker()), textRenderer, progress());
    }
}
