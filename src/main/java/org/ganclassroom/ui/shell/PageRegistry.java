package org.ganclassroom.ui.shell;

import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.comingsoon.ComingSoonView;
import org.ganclassroom.ui.comingsoon.ComingSoonViewModel;
import org.ganclassroom.ui.common.Page;
import org.ganclassroom.ui.common.PageContext;
import org.ganclassroom.ui.common.PageFactory;
import org.ganclassroom.ui.lab.LabController;
import org.ganclassroom.ui.lessons.LessonsPage;
import org.ganclassroom.ui.practice.PracticePages;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which page each view shows. A view with no factory shows a "coming soon" page; a factory that throws shows a
 * "failed to load" page (the error goes to stderr) instead of taking the window down.
 * <p>To plug in a real page, add one line to {@link #standard()}:
 * <pre>{@code .register(AppView.LAB, ctx -> LabView.create(ctx))}</pre>
 */
public final class PageRegistry {
    private final Map<AppView, PageFactory> factories = new EnumMap<>(AppView.class);

    /** The pages of the real app. This is the one place where views get their pages. */
    public static PageRegistry standard() {
        LabController lab = new LabController();
        PracticePages practice = new PracticePages() // integrator: .withCourse(...), .withTextRenderer(...), ...
                .withLabLauncher(ctx -> lab.launcher(ctx.navigator()));
        return new PageRegistry()
                .register(AppView.LESSONS, LessonsPage::create)
                .register(AppView.LAB, lab::createPage)
                .register(AppView.TIMELINE, practice::timeline)
                .register(AppView.QUIZ, practice::quiz)
                .register(AppView.TRUE_FALSE, practice::trueFalse)
                .register(AppView.SIMULATOR, org.ganclassroom.ui.simulator.SimulatorView::create);
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
            return ComingSoonView.create(new ComingSoonViewModel(view));
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
            return ComingSoonView.create(ComingSoonViewModel.failed(view, e));
        }
    }
}
