package org.ganclassroom.ui.dirac;

import javafx.animation.AnimationTimer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.ganclassroom.sim.dirac.DiracDynamics;
import org.ganclassroom.sim.dirac.DiracLoss;
import org.ganclassroom.sim.dirac.DiracPoint;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.charts.ChartBase;
import org.ganclassroom.ui.charts.ChartPalette;
import org.ganclassroom.ui.common.FixedDecimals;

import java.util.Arrays;

/**
 * The Dirac-GAN's live phase portrait: loss menu, switches for R1, instance noise, WGAN-GP and TTUR, a learning-rate
 * slider, the portrait with both trajectories growing a few steps per frame from the start point (drag it to
 * restart), and the eigenvalue readout. All of it runs on the FX thread: a step is a handful of arithmetic operations.
 * The animation runs only while the widget is in a scene.
 */
public final class DiracWidget extends VBox {
    /** θ and ψ are shown in [−RANGE, RANGE]. */
    public static final double RANGE = 2.5;
    static final int MAX_STEPS = 4000;
    static final int STEPS_PER_FRAME = 3;
    /** A trajectory this far out has left the picture for good; it stops there. */
    private static final double ESCAPED = 4 * RANGE;

    private final PhasePortrait portrait;
    private final Label flow = new Label();
    private final Label steps = new Label();
    private final Label status = new Label();
    private final Button play = new Button("Pause");
    private final Trajectory sim = new Trajectory();
    private final Trajectory alt = new Trajectory();
    private DiracSetup setup;
    private DiracDynamics dynamics;
    private DiracPoint start;
    private boolean paused;
    private boolean animating;
    private ObservableValue<Theme> theme;
    private final ChangeListener<Theme> themeListener = (o, a, t) -> paint(t);

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            advance(STEPS_PER_FRAME);
        }
    };

    private void paint(Theme t) {
        portrait.setPalette(ChartPalette.of(t));
    }

    public DiracWidget(DiracSetup initial, DiracPoint start) {
        this(initial, start, ChartBase.NORMAL_TEXT);
    }

    /** A widget whose portrait's text follows {@code textScale} (1 = normal; the app's text zoom). */
    public DiracWidget(DiracSetup initial, DiracPoint start, ObservableDoubleValue textScale) {
        this.portrait = new PhasePortrait(RANGE, textScale);
        this.setup = initial;
        this.start = start;
        getStyleClass().add("dirac-widget");
        setSpacing(8);
        setId("dirac-widget");

        ChoiceBox<DiracLoss> loss = new ChoiceBox<>();
        loss.getItems().setAll(DiracLoss.values());
        loss.setValue(initial.loss());
        loss.setId("dirac-loss");
        loss.setConverter(new StringConverter<>() {
            @Override
            public String toString(DiracLoss l) {
                return l == null ? "" : l.label() + " loss";
            }

            @Override
            public DiracLoss fromString(String s) {
                return null;
            }
        });
        loss.valueProperty().addListener((o, a, l) -> change(setup.withLoss(l)));
        CheckBox r1 = check("dirac-r1", "R1 (γ = " + DiracSetup.R1_GAMMA + ")", initial.r1(),
                "Penalise D's gradient on real data: γ/2·ψ²");
        r1.selectedProperty().addListener((o, a, on) -> change(setup.withR1(on)));
        CheckBox noise = check("dirac-noise", "Instance noise (σ = " + FixedDecimals.format(DiracSetup.NOISE_SIGMA, 0)
                + ")", initial.noise(), "Add N(0, σ²) noise to real and fake points before D sees them");
        noise.selectedProperty().addListener((o, a, on) -> change(setup.withNoise(on)));
        CheckBox gp = check("dirac-gp", "WGAN-GP (λ = " + FixedDecimals.format(DiracSetup.GP_LAMBDA, 0) + ")",
                initial.gradientPenalty(), "Pull D's gradient norm |ψ| towards 1: λ/2·(|ψ| − 1)²");
        gp.selectedProperty().addListener((o, a, on) -> change(setup.withGradientPenalty(on)));
        CheckBox ttur = check("dirac-ttur", "TTUR (D " + FixedDecimals.format(DiracSetup.TTUR_RATIO, 0) + "× faster)",
                initial.ttur(), "Two time-scales: D's learning rate is 4 × G's");
        ttur.selectedProperty().addListener((o, a, on) -> change(setup.withTtur(on)));
        FlowPane switches = new FlowPane(12, 6, loss, r1, noise, gp, ttur);
        switches.setAlignment(Pos.CENTER_LEFT);

        Slider rate = new Slider(0.01, 1.0, initial.rate());
        rate.setId("dirac-rate");
        rate.setPrefWidth(220);
        rate.setTooltip(new Tooltip("G's learning rate h"));
        Label rateValue = new Label(FixedDecimals.format(initial.rate(), 2));
        rateValue.setMinWidth(36);
        rate.valueProperty().addListener((o, a, v) -> {
            double h = Math.round(v.doubleValue() * 100) / 100.0;
            rateValue.setText(FixedDecimals.format(h, 2));
            if (h != setup.rate()) {
                change(setup.withRate(h));
            }
        });
        play.setId("dirac-play");
        play.setMnemonicParsing(false);
        play.setOnAction(e -> setPaused(!paused));
        Button restart = new Button("Restart");
        restart.setId("dirac-restart");
        restart.setOnAction(e -> restart());
        Label rateLabel = new Label("learning rate h");
        HBox controls = new HBox(8, rateLabel, rate, rateValue, play, restart);
        controls.setAlignment(Pos.CENTER_LEFT);

        portrait.setId("dirac-portrait");
        portrait.setOnStartDragged(p -> {
            this.start = p;
            restart();
        });
        VBox.setVgrow(portrait, Priority.ALWAYS);
        flow.setId("dirac-eigenvalues");
        steps.setId("dirac-steps");
        status.setId("dirac-status");
        for (Label l : new Label[]{flow, steps, status}) {
            l.setWrapText(true);
            l.getStyleClass().add("dirac-readout");
        }
        Label legend = new Label("Solid: simultaneous steps. Dashed: alternating steps (D, then G). "
                + "Drag the green dot to start elsewhere.");
        legend.setWrapText(true);
        legend.getStyleClass().add("dirac-legend");
        getChildren().addAll(switches, controls, flow, steps, portrait, legend, status);

        change(initial);
        sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                stopTimer();
                if (theme != null) {
                    theme.removeListener(themeListener);
                }
            } else {
                if (theme != null) {
                    theme.addListener(themeListener);
                    portrait.setPalette(ChartPalette.of(theme.getValue()));
                }
                if (!paused) {
                    startTimer();
                }
            }
        });
    }

    /** Uses the theme's palette, following switches while the widget is shown. */
    public void followTheme(ObservableValue<Theme> theme) {
        this.theme = theme;
        portrait.setPalette(ChartPalette.of(theme.getValue()));
        if (getScene() != null) {
            theme.addListener(themeListener);
        }
    }

    private static CheckBox check(String id, String text, boolean on, String tip) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.setSelected(on);
        c.setMnemonicParsing(false);
        c.setTooltip(new Tooltip(tip));
        return c;
    }

    private void change(DiracSetup next) {
        setup = next;
        dynamics = next.dynamics();
        flow.setText(EigenReadout.flow(dynamics, next.ttur()));
        steps.setText(EigenReadout.steps(dynamics));
        restart();
    }

    private void startTimer() {
        timer.start();
        animating = true;
    }

    private void stopTimer() {
        timer.stop();
        animating = false;
    }

    /** Whether the animation is asking for frames (false when paused, hidden or both trajectories are done). */
    boolean isAnimating() {
        return animating;
    }

    /** Switches to a setup without touching the controls (tests drive the model directly). */
    void applyForTest(DiracSetup next) {
        change(next);
    }

    /** Both trajectories start again from the start point. */
    public void restart() {
        sim.reset(start);
        alt.reset(start);
        show();
        if (!paused && getScene() != null) {
            startTimer();
        }
    }

    /** Pauses or resumes the animation (the trajectories keep what they have). */
    public void setPaused(boolean p) {
        paused = p;
        play.setText(p ? "Play" : "Pause");
        if (p) {
            stopTimer();
        } else if (getScene() != null) {
            startTimer();
        }
    }

    /** Runs k more steps of both trajectories and shows them (the animation calls it every frame). */
    void advance(int k) {
        boolean moved = false;
        for (int i = 0; i < k; i++) {
            moved |= sim.step(true) | alt.step(false);
        }
        if (moved) {
            show();
        } else {
            // both trajectories are done: no more pulses until a restart
            stopTimer();
        }
    }

    private void show() {
        portrait.show(new PortraitSnapshot(setup.game(), start, Arrays.copyOf(sim.theta, sim.n),
                Arrays.copyOf(sim.psi, sim.n), sim.n, Arrays.copyOf(alt.theta, alt.n), Arrays.copyOf(alt.psi, alt.n),
                alt.n));
        status.setText("Step " + (sim.n - 1) + ": simultaneous at distance " + distance(sim)
                + " from (0, 0), alternating at " + distance(alt) + " (started at " + FixedDecimals.format(
                start.norm(), 3) + ")");
    }

    private static String distance(Trajectory t) {
        double d = Math.hypot(t.theta[t.n - 1], t.psi[t.n - 1]);
        return d > ESCAPED ? "> " + FixedDecimals.format(ESCAPED, 0) + " (left the picture)"
                : FixedDecimals.format(d, 3);
    }

    /** The start point. */
    public DiracPoint start() {
        return start;
    }

    /** The simultaneous trajectory so far, starting with the start point. */
    public DiracPoint[] simultaneousPath() {
        return sim.points();
    }

    /** The alternating trajectory so far, starting with the start point. */
    public DiracPoint[] alternatingPath() {
        return alt.points();
    }

    public DiracSetup setup() {
        return setup;
    }

    public PhasePortrait portrait() {
        return portrait;
    }

    /** One trajectory's points, grown in place. */
    private final class Trajectory {
        final double[] theta = new double[MAX_STEPS + 1];
        final double[] psi = new double[MAX_STEPS + 1];
        int n;

        void reset(DiracPoint p) {
            theta[0] = p.theta();
            psi[0] = p.psi();
            n = 1;
        }

        boolean step(boolean simultaneous) {
            DiracPoint last = new DiracPoint(theta[n - 1], psi[n - 1]);
            if (n > MAX_STEPS || !last.isFinite() || last.norm() > ESCAPED) {
                return false;
            }
            DiracPoint next = simultaneous ? dynamics.simultaneous(last) : dynamics.alternating(last);
            theta[n] = next.theta();
            psi[n] = next.psi();
            n++;
            return true;
        }

        DiracPoint[] points() {
            DiracPoint[] out = new DiracPoint[n];
            for (int i = 0; i < n; i++) {
                out[i] = new DiracPoint(theta[i], psi[i]);
            }
            return out;
        }
    }
}
