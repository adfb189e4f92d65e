package org.ganclassroom.ui.lab;

import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ganclassroom.sim.config.ChipParameter;
import org.ganclassroom.sim.config.LiveSettings;
import org.ganclassroom.ui.lab.LabViewModel.Side;
import org.ganclassroom.ui.markdown.MarkdownView;
import org.ganclassroom.ui.markdown.MathView;
import org.ganclassroom.ui.markdown.RenderContext;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The chip card beside the Mini Lab's plots: what the open chip does, its formula, why it helps, its papers and
 * what to watch, with whether it is on in each run; the hint instead when no card is open (and theorem mode is
 * off).
 */
final class ChipCardPane {
    private final LabViewModel vm;
    private final VBox hint;
    private final VBox card;
    private final ScrollPane scroll;
    /** Stops the shown card's controls following the settings (a new card replaces them). */
    private Runnable detachParameter = () -> { };

    ChipCardPane(LabViewModel vm, VBox hint, VBox card, ScrollPane scroll) {
        this.vm = vm;
        this.hint = hint;
        this.card = card;
        this.scroll = scroll;
    }

    void show(ChipCard c) {
        boolean has = c != null;
        boolean showHint = !has && !vm.isTheoremMode();
        hint.setVisible(showHint);
        hint.setManaged(showHint);
        card.setVisible(has);
        card.setManaged(has);
        card.getChildren().clear();
        if (!has) {
            return;
        }
        detachParameter.run();
        detachParameter = () -> { };
        card.getChildren().addAll(header(c), state(c));
        ChipParameter.of(c.chip()).ifPresent(p -> card.getChildren().addAll(section("SETTING"), parameter(p)));
        card.getChildren().addAll(
                section("WHAT IT DOES"), text(c.what(), "lab-card-what"),
                formula(c),
                section("WHY IT HELPS"), text(c.why(), "lab-card-why"),
                section(c.papers().size() > 1 ? "PAPERS" : "PAPER"), papers(c),
                section("WHAT TO WATCH"), text(c.watch(), "lab-card-watch"));
        scroll.setVvalue(0);
    }

    private HBox header(ChipCard c) {
        FontIcon icon = new FontIcon(c.icon());
        icon.getStyleClass().add("lab-card-icon");
        Label name = new Label(c.name());
        name.setId("lab-card-title");
        name.getStyleClass().add("title-3");
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.setId("lab-card-close");
        close.getStyleClass().addAll("flat", "button-circle");
        close.setTooltip(new Tooltip("Close the card"));
        close.setOnAction(e -> vm.closeCard());
        HBox header = new HBox(10, icon, name, close);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    /** "On in the running GAN", or each side's state in A/B mode. */
    private Label state(ChipCard c) {
        Label state = new Label();
        state.setId("lab-card-state");
        state.getStyleClass().add("lab-card-state");
        Runnable updateState = () -> {
            boolean a = vm.chipOn(Side.A, c.chip()).get();
            String text = vm.isAbMode()
                    ? "A: " + (a ? "on" : "off") + "   ·   B: " + (vm.chipOn(Side.B, c.chip()).get() ? "on" : "off")
                    : (a ? "On in the running GAN" : "Off in the running GAN");
            state.setText(text);
            state.pseudoClassStateChanged(PseudoClass.getPseudoClass("on"), a);
        };
        updateState.run();
        vm.chipOn(Side.A, c.chip()).addListener((o, x, y) -> updateState.run());
        vm.chipOn(Side.B, c.chip()).addListener((o, x, y) -> updateState.run());
        vm.abModeProperty().addListener((o, x, y) -> updateState.run());
        return state;
    }

    /**
     * The chip's number on the running GAN: one control for run A, and one for run B in A/B mode, so two values of
     * the same chip can be compared. Each follows its side's settings (a preset, the other side outside A/B).
     */
    private VBox parameter(ChipParameter p) {
        Label name = new Label(p.symbol() + "   " + p.description());
        name.getStyleClass().add("lab-card-param-name");
        name.setWrapText(true);
        VBox box = new VBox(6, name);
        box.setId("lab-card-param");
        List<Runnable> detach = new ArrayList<>();
        for (Side side : Side.values()) {
            ChipParameterSpinner spinner = new ChipParameterSpinner(p, p.get(vm.settings(side).stabilisers()));
            spinner.setId("lab-card-param-" + side.name().toLowerCase(Locale.ROOT));
            spinner.setTooltip(new Tooltip("Sets " + p.symbol() + " on run " + side
                    + " from its next step on (↑ ↓ or type a number and Enter)"));
            spinner.valueProperty().addListener((o, a, v) -> {
                if (v != null && v != p.get(vm.settings(side).stabilisers())) {
                    vm.setParameter(side, p, v);
                }
            });
            ChangeListener<LiveSettings> follow = (o, a, now) -> {
                double v = p.get(now.stabilisers());
                if (spinner.getValue() == null || spinner.getValue() != v) {
                    spinner.getValueFactory().setValue(v);
                }
            };
            vm.settingsProperty(side).addListener(follow);
            detach.add(() -> vm.settingsProperty(side).removeListener(follow));
            Label tag = new Label(side.name());
            tag.getStyleClass().addAll("lab-side", side == Side.A ? "lab-side-a" : "lab-side-b");
            tag.setMinWidth(26);
            HBox row = new HBox(8, tag, spinner);
            row.setAlignment(Pos.CENTER_LEFT);
            if (side == Side.A) {
                tag.visibleProperty().bind(vm.abModeProperty());
            } else {
                row.visibleProperty().bind(vm.abModeProperty());
                row.managedProperty().bind(vm.abModeProperty());
            }
            box.getChildren().add(row);
        }
        detachParameter = () -> detach.forEach(Runnable::run);
        return box;
    }

    /** The card's formula, scaled down to the card's width when wider. */
    private static StackPane formula(ChipCard c) {
        MathView formula = new MathView(c.formula(), true);
        formula.setId("lab-card-formula");
        formula.getStylesheets().add(MarkdownView.stylesheetUrl());
        Group formulaGroup = new Group(formula);
        StackPane formulaBox = new StackPane(formulaGroup);
        formulaBox.getStyleClass().add("lab-formula");
        formulaBox.setMinWidth(0);
        Runnable fit = () -> {
            double avail = formulaBox.getWidth() - formulaBox.snappedLeftInset() - formulaBox.snappedRightInset();
            double w = formula.prefWidth(-1);
            double s = avail > 0 && w > avail ? avail / w : 1;
            formula.setScaleX(s);
            formula.setScaleY(s);
        };
        formulaBox.widthProperty().addListener((o, a, b) -> fit.run());
        formula.widthProperty().addListener((o, a, b) -> fit.run());
        return formulaBox;
    }

    private static VBox papers(ChipCard c) {
        VBox papers = new VBox(4);
        for (ChipCard.Paper p : c.papers()) {
            Label l = new Label(p.citation());
            l.setWrapText(true);
            l.getStyleClass().add("lab-paper");
            l.setMinHeight(Region.USE_PREF_SIZE);
            papers.getChildren().add(l);
        }
        papers.setId("lab-card-papers");
        return papers;
    }

    private static Label section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("lab-section-label");
        return l;
    }

    private static Node text(String markdown, String id) {
        Node n = MarkdownView.renderInline(markdown, RenderContext.PLAIN);
        n.setId(id);
        n.getStyleClass().add("lab-card-text");
        return n;
    }
}
