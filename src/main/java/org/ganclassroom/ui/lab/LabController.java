package org.ganclassroom.ui.lab;

import javafx.application.Platform;
import org.ganclassroom.sim.config.ChipParameter;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.common.Navigator;
import org.ganclassroom.ui.common.Page;
import org.ganclassroom.ui.common.PageContext;
import org.ganclassroom.ui.live.LiveRun;
import org.ganclassroom.ui.live.StartRun;
import org.ganclassroom.ui.common.LabLauncher;
import org.ganclassroom.ui.lab.bench.BenchViewModel;
import org.ganclassroom.ui.lab.bench.BenchWorker;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The one Mini Lab of a window, shared by the page registry and whoever wants to open the lab on a preset and a
 * chip (the timeline's "Open in lab", a lesson's "Try it in the lab"):
 * <pre>{@code
 * LabController lab = new LabController();
 * registry.register(AppView.LAB, lab::createPage);
 * practice.withLabLauncher(ctx -> lab.launcher(ctx.navigator()));
 * }</pre>
 * A request made before the page exists waits and is applied when the lab is created. FX thread.
 */
public final class LabController {
    private final FileDialogs dialogs;
    private final LiveRun.Runners runners;
    private final BenchWorker benchWorker;
    private LabViewModel viewModel;
    private BenchViewModel benchViewModel;
    private Consumer<LabViewModel> pending;

    /** A lab with native file dialogs and a simulation thread. */
    public LabController() {
        this(FileDialogs.system(), LiveRun.Runners.THREADED);
    }

    /** A lab whose file paths come from {@code dialogs} and whose runs from {@code runners} (tests inject both). */
    public LabController(FileDialogs dialogs, LiveRun.Runners runners) {
        this(dialogs, runners, BenchWorker.THREADED);
    }

    /** As above, with the benchmark's trials run by {@code benchWorker}. */
    public LabController(FileDialogs dialogs, LiveRun.Runners runners, BenchWorker benchWorker) {
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.runners = Objects.requireNonNull(runners, "runners");
        this.benchWorker = Objects.requireNonNull(benchWorker, "benchWorker");
    }

    /** Loads {@code preset} (or keeps the current run when null) and switches {@code chip} on with its card shown. */
    public void open(String preset, String chip) {
        request(vm -> vm.open(preset, chip));
    }

    /**
     * Opens a lesson's experiment: a preset, chips switched on and optionally G frozen ("verify the theorem"),
     * e.g. for a simulator block's "Try it in the lab". Then show the lab with the navigator.
     */
    public void openExperiment(String preset, List<String> chips, boolean freezeGenerator) {
        List<String> copy = chips == null ? List.of() : List.copyOf(chips);
        request(vm -> vm.openExperiment(preset, copy, freezeGenerator));
    }

    /**
     * Starts the lab as the command line asks: its preset (if any), its chips on in run A with their numbers, then
     * speed, play and pause.
     */
    public void start(StartRun start) {
        if (start.isDefault()) {
            return;
        }
        request(vm -> {
            vm.leavePlayingToTheCommandLine();
            vm.openExperiment(start.preset(), start.chips().stream().map(c -> c.chip().id()).toList(), false);
            for (StartRun.ChipSetting c : start.chips()) {
                if (!Double.isNaN(c.value())) {
                    ChipParameter.of(c.chip()).ifPresent(p -> vm.setParameter(LabViewModel.Side.A, p, c.value()));
                }
            }
            start.startOn(vm.run());
        });
    }

    private void request(Consumer<LabViewModel> r) {
        if (viewModel == null) {
            pending = pending == null ? r : pending.andThen(r);
        } else {
            r.accept(viewModel);
        }
    }

    /** A launcher that opens the request in the lab, then shows the lab. */
    public LabLauncher launcher(Navigator navigator) {
        return new LabLauncher() {
            @Override
            public void open(String preset, String chip) {
                LabController.this.open(preset, chip);
                navigator.open(AppView.LAB);
            }

            @Override
            public void openExperiment(String preset, List<String> chips, boolean freezeGenerator) {
                LabController.this.openExperiment(preset, chips, freezeGenerator);
                navigator.open(AppView.LAB);
            }
        };
    }

    /** The lab's view model, created on first use with any request that was waiting. */
    public LabViewModel viewModel() {
        if (viewModel == null) {
            viewModel = new LabViewModel(ExperimentPresets.COURSE_DEFAULT, ChipCards.standard(), runners);
            if (pending != null) {
                pending.accept(viewModel);
                pending = null;
            }
        }
        return viewModel;
    }

    /** The page factory for {@link AppView#LAB}. */
    public Page createPage(PageContext context) {
        if (benchViewModel == null) {
            benchViewModel = new BenchViewModel(benchWorker, Platform::runLater,
                    Runtime.getRuntime().availableProcessors());
        }
        return LabView.create(viewModel(), benchViewModel, dialogs, context.theme(), context.textScale());
    }
}
