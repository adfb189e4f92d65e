package org.ganclassroom.ui.lessons;

import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ganclassroom.lesson.LessonBlock;
import org.ganclassroom.lesson.scenario.Claim;
import org.ganclassroom.lesson.scenario.Readout;
import org.ganclassroom.lesson.scenario.ScenarioRunner;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.sim.train.Metrics;
import org.ganclassroom.sim.train.Snapshot;
import org.ganclassroom.sim.config.Chip;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.config.LiveSettings;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.common.FixedDecimals;
import org.ganclassroom.ui.common.LabLauncher;
import org.ganclassroom.ui.charts.ChartBase;
import org.ganclassroom.ui.live.LivePlot;
import org.ganclassroom.ui.live.LiveRun;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.util.List;
import java.util.Objects;

/**
 * A lesson's simulator block as a live simulator inside the lesson: the block's card, and a "Run here"
 * button that starts a real run of the block's preset with its chips (and G frozen when the block asks)
 * right below the caption (after the block's warm-up steps, G partly trained and D fresh). A block that freezes G
 * also shows V(D,G) beside −log 4 + 2·JSD, the value its caption promises. The run stops, and its thread ends,
 * when the lesson is left. "Try it in the Mini Lab" opens the same experiment there.
 */
public final class LiveSimulatorEmbed implements SimulatorEmbedFactory {
    private final LabLauncher lab;
    private final ObservableValue<Theme> theme;
    private final ObservableDoubleValue textScale;
    private final LiveRun.Runners runners;

    /** The plots follow {@code theme}, also while running; their text is at its normal size. */
    public LiveSimulatorEmbed(LabLauncher lab, ObservableValue<Theme> theme,
                              LiveRun.Runners runners) {
        this(lab, theme, ChartBase.NORMAL_TEXT, runners);
    }

    /** The plots follow {@code theme}, also while running, and their text {@code textScale} (the app's text zoom). */
    public LiveSimulatorEmbed(LabLauncher lab, ObservableValue<Theme> theme, ObservableDoubleValue textScale,
                              LiveRun.Runners runners) {
        this.lab = lab;
        this.theme = theme;
        this.textScale = Objects.requireNonNull(textScale, "textScale");
        this.runners = runners;
    }

    @Override
    public ObservableValue<Theme> theme() {
        return theme;
    }

    @Override
    public ObservableDoubleValue textScale() {
        return textScale;
    }

    /** The readouts the block's {@code expect:} claims name, in the order first named. */
    static List<Readout> claimedReadouts(LessonBlock.Simulator block) {
        return block.expect() == null ? List.of()
                : block.expect().claims().stream().map(Claim::readout).distinct().toList();
    }

    /** The block's experiment: its preset with its chips switched on. */
    public static ExperimentConfig configOf(LessonBlock.Simulator block) {
        LiveSettings settings = LiveSettings.of(ExperimentPresets.get(block.preset()));
        for (String id : block.chips()) {
            Chip chip = Chip.fromId(id).orElseThrow(() -> new IllegalArgumentException("unknown chip " + id));
            settings = settings.with(chip, true);
        }
        return settings.applyTo(ExperimentPresets.get(block.preset()));
    }

    @Override
    public Node create(LessonBlock.Simulator block) {
        VBox card = DefaultSimulatorEmbed.card(block);
        Button run = new Button("Run here", new FontIcon(MaterialDesignP.PLAY));
        run.getStyleClass().add("accent");
        run.setId("lesson-sim-run");
        run.setTooltip(new Tooltip("Start this experiment live, inside the lesson"));
        Button toLab = new Button("Try it in the Mini Lab", new FontIcon(MaterialDesignF.FLASK_OUTLINE));
        toLab.setId("lesson-sim-lab");
        toLab.setTooltip(new Tooltip("Open the same experiment in the Mini Lab, with its chips (Ctrl+"
                + AppView.LAB.number() + ")"));
        toLab.setOnAction(e -> {
            lab.openExperiment(block.preset(), block.chips(), block.freezeGenerator());
        });
        card.getChildren().add(new HBox(8, run, toLab));

        Live live = new Live(card, run, block);
        run.setOnAction(e -> live.toggle());
        // Leaving the lesson (the card leaves the scene) ends the run and its thread.
        card.sceneProperty().addListener((obs, was, now) -> {
            if (now == null) {
                live.stop();
            }
        });
        return card;
    }

    /** The live part of one card: created on demand, torn down when stopped. */
    private final class Live {
        private final VBox card;
        private final Button run;
        private final LessonBlock.Simulator block;
        private LiveRun liveRun;
        private LivePlot plot;
        private Label values;
        private Label claimed;

        Live(VBox card, Button run, LessonBlock.Simulator block) {
            this.card = card;
            this.run = run;
            this.block = block;
        }

        void toggle() {
            if (plot == null) {
                start();
            } else {
                stop();
            }
        }

        void start() {
            ExperimentConfig config = configOf(block);
            liveRun = new LiveRun(runners, () -> List.of(config));
            warmUpAndFreeze();
            plot = new LivePlot(liveRun, 0, true, textScale);
            plot.setId("lesson-sim-panel");
            plot.setPrefHeight(460);
            plot.setMinHeight(420);
            plot.setOnReset(() -> {
                liveRun.reset(false);
                warmUpAndFreeze();
            });
            plot.followTheme(theme);
            card.getChildren().add(plot);
            if (block.freezeGenerator()) {
                values = new Label();
                values.setId("lesson-sim-values");
                values.getStyleClass().add("lesson-sim-values");
                values.setWrapText(true);
                values.setTooltip(new Tooltip("With G frozen and D at its optimum D*, the value of the game is "
                        + "V(D*,G) = −log 4 + 2·JSD(p_data ‖ p_g): watch V close the gap"));
                showValues(liveRun.frame());
                liveRun.frameProperty().addListener((o, a, f) -> showValues(f));
                card.getChildren().add(values);
            }
            List<Readout> named = claimedReadouts(block);
            if (!named.isEmpty()) {
                claimed = new Label();
                claimed.setId("lesson-sim-claimed");
                claimed.getStyleClass().add("lesson-sim-values");
                claimed.setWrapText(true);
                claimed.setTooltip(new Tooltip(named.stream().map(r -> r.id() + ": " + r.meaning())
                        .collect(java.util.stream.Collectors.joining("\n"))));
                showClaimed(liveRun.frame(), named);
                liveRun.frameProperty().addListener((o, a, f) -> showClaimed(f, named));
                card.getChildren().add(claimed);
            }
            plot.start();
            liveRun.play();
            run.setText("Stop");
            run.setGraphic(new FontIcon(MaterialDesignS.STOP));
        }

        /** On the simulation thread: the block's warm-up (G partly trained, D fresh), then G frozen if asked. */
        private void warmUpAndFreeze() {
            int warmup = block.warmup();
            boolean freeze = block.freezeGenerator();
            if (warmup > 0 || freeze) {
                liveRun.runner().forEachSimulation(s -> {
                    if (warmup > 0) {
                        s.reset(s.trainer().config(), ScenarioRunner.warmedUp(s.trainer().config(), warmup));
                    }
                    s.setGeneratorFrozen(freeze);
                });
            }
        }

        private void showValues(Frame f) {
            if (values == null || f == null || f.snapshots().isEmpty()) {
                return;
            }
            Metrics m = f.snapshot().metrics();
            values.setText("step " + FixedDecimals.grouped(m.step()) + "   V(D,G) = " + FixedDecimals.format(m.valueGrid(), 4)
                    + "   −log 4 + 2·JSD = " + FixedDecimals.format(m.theoryValue(), 4)
                    + "   gap " + FixedDecimals.format(Math.abs(m.valueGrid() - m.theoryValue()), 4)
                    + "   D-gap " + FixedDecimals.format(m.dGap(), 4));
        }

        /** The numbers the caption's claims are about, as the check reads them, so the student sees them too. */
        private void showClaimed(Frame f, List<Readout> named) {
            if (claimed == null || f == null || f.snapshots().isEmpty()) {
                return;
            }
            Snapshot s = f.snapshot();
            StringBuilder text = new StringBuilder("step " + FixedDecimals.grouped(s.metrics().step()));
            for (Readout r : named) {
                double v = r.of(s);
                text.append("   ").append(r.id()).append(' ')
                        .append(org.ganclassroom.ui.common.Readout.number(v));
            }
            claimed.setText(text.toString());
        }

        void stop() {
            if (plot == null) {
                return;
            }
            plot.stop();
            liveRun.close();
            card.getChildren().remove(plot);
            card.getChildren().remove(values);
            card.getChildren().remove(claimed);
            claimed = null;
            values = null;
            plot = null;
            liveRun = null;
            run.setText("Run here");
            run.setGraphic(new FontIcon(MaterialDesignP.PLAY));
        }
    }
}
