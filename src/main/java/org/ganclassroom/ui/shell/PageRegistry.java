package org.ganclassroom.ui.shell;

import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.common.Page;
import org.ganclassroom.ui.common.PageContext;
import org.ganclassroom.ui.common.PageFactory;
import org.ganclassroom.ui.lab.LabController;
import org.ganclassroom.ui.lessons.LessonsPage;
import org.ganclassroom.ui.live.LiveRun;
import org.ganclassroom.ui.live.StartRun;
import org.ganclassroom.ui.markdown.MarkdownView;
import org.ganclassroom.ui.markdown.RenderContext;
import org.ganclassroom.ui.quiz.QuizView;
import org.ganclassroom.ui.quiz.QuizViewModel;
import org.ganclassroom.ui.timeline.TimelineView;
import org.ganclassroom.ui.timeline.TimelineViewModel;
import org.ganclassroom.ui.truefalse.FxTicker;
import org.ganclassroom.ui.truefalse.TrueFalseView;
import org.ganclassroom.ui.truefalse.TrueFalseViewModel;
import org.ganclassroom.ui.progress.ProgressStore;
import org.ganclassroom.ui.lessons.LiveSimulatorEmbed;
import org.ganclassroom.ui.lab.FileDialogs;
import org.ganclassroom.ui.simulator.SimulatorView;

import javafx.scene.Node;
import org.ganclassroom.lesson.Course;
import org.ganclassroom.sim.parallel.PartRunner;
import org.ganclassroom.sim.run.SimulationRunner;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Which page each view shows. A view with no factory, or whose factory throws, shows an {@link UnavailablePage}
 * (the error goes to stderr) instead of taking the window down. {@link #standard()} is the composition root: the
 * one place where pages get their collaborators.
 */
public final class PageRegistry {
    private final Map<AppView, PageFactory> factories = new EnumMap<>(AppView.class);
    private final List<String> notices = new ArrayList<>();

    /** The pages of the real app. This is the one place where views get their pages. */
    public static PageRegistry standard() {
        return standard(FileDialogs.system());
    }

    /** The pages of the real app, the Simulator and the Mini Lab starting their runs as {@code start} asks. */
    public static PageRegistry standard(StartRun start) {
        return standard(FileDialogs.system(), start, PartRunner.currentThread());
    }

    /** As {@link #standard(StartRun)}, every live run's measurements in parts run by {@code measureParts}. */
    public static PageRegistry standard(StartRun start, PartRunner measureParts) {
        return standard(FileDialogs.system(), start, measureParts);
    }

    /** The pages of the real app, with the lab asking for file paths through {@code labDialogs}. */
    public static PageRegistry standard(FileDialogs labDialogs) {
        return standard(labDialogs, StartRun.defaults(), PartRunner.currentThread());
    }

    private static PageRegistry standard(FileDialogs labDialogs, StartRun start, PartRunner measureParts) {
        SharedCourse course = new SharedCourse();
        ProgressStore progress = ProgressStore.standard();
        LiveRun.Runners runners = configs -> new SimulationRunner(configs, measureParts);
        LabController lab = new LabController(labDialogs, runners);
        lab.start(start);
        Function<String, Node> text = markdown -> MarkdownView.renderInline(markdown, RenderContext.PLAIN);
        PageRegistry registry = new PageRegistry();
        registry.notices.addAll(progress.notices());
        return registry
                .register(AppView.LESSONS, LessonsPage.factory(course::forContext, progress,
                        ctx -> new LiveSimulatorEmbed(lab.launcher(ctx.navigator()), ctx.theme(), ctx.textScale(),
                                runners)))
                .register(AppView.LAB, lab::createPage)
                .register(AppView.TIMELINE, ctx -> TimelineView.create(new TimelineViewModel(
                        practiceCourse(course, ctx), lab.launcher(ctx.navigator())), text))
                .register(AppView.QUIZ, ctx -> QuizView.create(new QuizViewModel(practiceCourse(course, ctx),
                        progress), text, progress))
                .register(AppView.TRUE_FALSE, ctx -> TrueFalseView.create(new TrueFalseViewModel(
                        practiceCourse(course, ctx), progress, System::currentTimeMillis, new FxTicker()),
                        text, progress))
                .register(AppView.SIMULATOR, ctx -> SimulatorView.create(ctx, runners, start));
    }

    /** The shared course for a practice page, asked again each time the page is shown; never throws. */
    private static Supplier<Course> practiceCourse(SharedCourse course, PageContext ctx) {
        course.forContext(ctx);
        return course::currentOrEmpty;
    }

    /** What building the pages had to tell the user at start (e.g. progress.json was damaged); shown by the shell. */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    /** Sets (or replaces) the page factory of a view; returns this for chaining. */
    public PageRegistry register(AppView view, PageFactory factory) {
        factories.put(Objects.requireNonNull(view, "view"), Objects.requireNonNull(factory, "factory"));
        return this;
    }

    public boolean isRegistered(AppView view) {
        return factories.containsKey(view);
    }

    /** Creates the page for a view. Call on the FX thread. Never throws for a broken factory. */
    public Page create(PageContext context) {
        AppView view = context.view();
        PageFactory factory = factories.get(view);
        if (factory == null) {
            return UnavailablePage.notRegistered(view);
        }
        try {
            Page page = factory.create(context);
            if (page == null || page.getView() == null) {
                throw new IllegalStateException("the page factory of '" + view.id() + "' returned no page");
            }
            return page;
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError vme) {
                throw vme;
            }
            System.err.println("gan-classroom: could not create the '" + view.id() + "' view:");
            e.printStackTrace();
            return UnavailablePage.failed(view, e);
        }
    }
}
