package org.ganclassroom.ui.lessons;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.ganclassroom.lesson.LessonBlock;
import org.ganclassroom.sim.dirac.DiracPoint;
import org.ganclassroom.ui.dirac.DiracSetup;
import org.ganclassroom.ui.dirac.DiracWidget;
import org.ganclassroom.ui.markdown.MarkdownView;
import org.ganclassroom.ui.markdown.RenderContext;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.util.List;

/** Builds the nodes of lesson blocks; their state lives in the view model (proof steps, answers). */
final class LessonBlockViews {
    static final PseudoClass CORRECT = PseudoClass.getPseudoClass("correct");
    static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");
    static final PseudoClass PICKED = PseudoClass.getPseudoClass("picked");

    private final LessonsViewModel vm;
    private final RenderContext ctx;
    private final SimulatorEmbedFactory simulators;
    private final java.util.function.BiConsumer<Node, Runnable> keepInPlace;

    /** @param keepInPlace runs a change that grows the page and scrolls so the given node stays where it was */
    LessonBlockViews(LessonsViewModel vm, RenderContext ctx, SimulatorEmbedFactory simulators,
                     java.util.function.BiConsumer<Node, Runnable> keepInPlace) {
        this.vm = vm;
        this.ctx = ctx;
        this.simulators = simulators;
        this.keepInPlace = keepInPlace;
    }

    Node block(LessonBlock block) {
        if (block instanceof LessonBlock.Markdown m) {
            return MarkdownView.render(m.text(), ctx);
        } else if (block instanceof LessonBlock.Proof p) {
            return proof(p);
        } else if (block instanceof LessonBlock.Quiz q) {
            return quiz(q);
        } else if (block instanceof LessonBlock.TrueFalse t) {
            return trueFalse(t);
        } else if (block instanceof LessonBlock.Timeline t) {
            return timeline(t);
        } else if (block instanceof LessonBlock.Simulator s) {
            return simulator(s);
        } else if (block instanceof LessonBlock.Dirac d) {
            return dirac(d);
        }
        throw new IllegalArgumentException("unknown block " + block);
    }

    private static HBox header(Ikon ikon, String text) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("block-icon");
        Label title = new Label(text);
        title.getStyleClass().add("block-title");
        title.setWrapText(true);
        HBox head = new HBox(8, icon, title);
        head.setAlignment(Pos.CENTER_LEFT);
        return head;
    }

    private static VBox card(String kind, int line) {
        VBox card = new VBox();
        card.getStyleClass().addAll("lesson-block", kind);
        card.setId(kind + "-" + line);
        return card;
    }

    private static Button button(String text, Ikon ikon, String styleClass, String tooltip) {
        Button b = new Button(text, ikon == null ? null : new FontIcon(ikon));
        b.getStyleClass().add(styleClass);
        b.setTooltip(new Tooltip(tooltip));
        b.setMnemonicParsing(false);
        return b;
    }

    // ---- proof --------------------------------------------------------------------------------------------------

    private Node proof(LessonBlock.Proof p) {
        ProofStepper stepper = vm.proof(p);
        VBox card = card("proof-card", p.line());
        String title = p.title() == null || p.title().isBlank() ? "Proof" : p.title();
        card.getChildren().add(header(MaterialDesignS.SIGMA, title));
        Node statement = MarkdownView.render(p.statement(), ctx);
        statement.getStyleClass().add("proof-statement");
        card.getChildren().add(statement);

        VBox steps = new VBox();
        steps.getStyleClass().add("proof-steps");
        List<LessonBlock.ProofStep> list = p.steps();
        for (int i = 0; i < list.size(); i++) {
            LessonBlock.ProofStep step = list.get(i);
            Label number = new Label((i + 1) + ".");
            number.getStyleClass().add("proof-step-number");
            number.setMinWidth(Region.USE_PREF_SIZE);
            VBox body = new VBox();
            body.getStyleClass().add("proof-step-body");
            if (step.text() != null && !step.text().isBlank()) {
                body.getChildren().add(MarkdownView.render(step.text(), ctx));
            }
            if (step.math() != null && !step.math().isBlank()) {
                HBox math = new HBox(MarkdownView.displayMath(step.math()));
                math.setAlignment(Pos.CENTER);
                math.getStyleClass().add("md-display-math");
                body.getChildren().add(math);
            }
            HBox.setHgrow(body, Priority.ALWAYS);
            HBox row = new HBox(number, body);
            row.getStyleClass().add("proof-step");
            int index = i;
            row.visibleProperty().bind(stepper.revealedProperty().greaterThan(index));
            row.managedProperty().bind(row.visibleProperty());
            steps.getChildren().add(row);
        }
        Label qed = new Label("\u220E");
        qed.getStyleClass().add("proof-qed");
        qed.setTooltip(new Tooltip("End of proof"));
        qed.visibleProperty().bind(stepper.revealedProperty().isEqualTo(stepper.total()).and(
                stepper.revealedProperty().greaterThan(0)));
        qed.managedProperty().bind(qed.visibleProperty());
        HBox qedRow = new HBox(qed);
        qedRow.setAlignment(Pos.CENTER_RIGHT);
        qedRow.managedProperty().bind(qed.visibleProperty());
        steps.getChildren().add(qedRow);
        card.getChildren().add(steps);

        Button next = button("Next step", MaterialDesignC.CHEVRON_DOWN, "proof-next",
                "Reveal the next step of the proof (N)");
        next.setId("proof-next-" + p.line());
        next.disableProperty().bind(stepper.canNextProperty().not());
        // the revealed step grows the card above the button: the button stays under the pointer for the next click
        next.setOnAction(e -> keepInPlace.accept(next, stepper::next));
        Button all = button("Show all", MaterialDesignC.CHEVRON_DOUBLE_DOWN, "proof-all",
                "Reveal every step at once (A)");
        all.disableProperty().bind(stepper.canNextProperty().not());
        all.setOnAction(e -> stepper.showAll());
        Button reset = button("Reset", MaterialDesignR.RESTORE, "proof-reset", "Hide the steps again (R)");
        reset.disableProperty().bind(stepper.canResetProperty().not());
        reset.setOnAction(e -> stepper.reset());
        Label progress = new Label();
        progress.getStyleClass().add("proof-progress");
        progress.textProperty().bind(stepper.progressTextProperty());
        HBox buttons = new HBox(8, next, all, reset, progress);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getStyleClass().add("block-buttons");
        card.getChildren().add(buttons);

        // keys while the focus is anywhere in the proof card
        card.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (e.getCode() == KeyCode.N) {
                keepInPlace.accept(next, stepper::next);
                e.consume();
            } else if (e.getCode() == KeyCode.A) {
                stepper.showAll();
                e.consume();
            } else if (e.getCode() == KeyCode.R) {
                stepper.reset();
                e.consume();
            }
        });
        return card;
    }

    // ---- quiz ---------------------------------------------------------------------------------------------------

    private Node quiz(LessonBlock.Quiz q) {
        QuizState state = vm.quiz(q);
        VBox card = card("quiz-card", q.line());
        card.getChildren().add(header(MaterialDesignH.HELP_CIRCLE_OUTLINE, "Check yourself"));
        TextFlow question = MarkdownView.renderInline(q.question(), ctx);
        question.getStyleClass().add("quiz-question");
        card.getChildren().add(question);

        VBox choices = new VBox();
        choices.getStyleClass().add("quiz-choices");
        for (int i = 0; i < q.choices().size(); i++) {
            LessonBlock.QuizChoice choice = q.choices().get(i);
            Label letter = new Label(String.valueOf((char) ('A' + i)));
            letter.getStyleClass().add("quiz-letter");
            letter.setMinWidth(Region.USE_PREF_SIZE);
            TextFlow text = MarkdownView.renderInline(choice.text(), ctx);
            HBox.setHgrow(text, Priority.ALWAYS);
            int index = i;
            // a row that acts as a button: a Button's graphic does not wrap a TextFlow (with maths) well
            HBox b = new HBox(10, letter, text);
            b.setAlignment(Pos.CENTER_LEFT);
            b.getStyleClass().add("quiz-choice");
            b.setFocusTraversable(true);
            b.setAccessibleRole(AccessibleRole.BUTTON);
            b.setAccessibleText("Answer " + letter.getText() + ": " + choice.text());
            Tooltip.install(b, new Tooltip("Choose answer " + letter.getText() + " (click, or Tab to it and press Space)"));
            b.setOnMouseClicked(e -> {
                b.requestFocus();
                state.pick(index);
            });
            b.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER) {
                    state.pick(index);
                    e.consume();
                }
            });
            choices.getChildren().add(b);
        }
        card.getChildren().add(choices);

        VBox feedback = new VBox();
        feedback.getStyleClass().add("quiz-feedback");
        feedback.setId("quiz-feedback-" + q.line());
        card.getChildren().add(feedback);
        Runnable show = () -> {
            int picked = state.pickedProperty().get();
            for (int i = 0; i < choices.getChildren().size(); i++) {
                Node b = choices.getChildren().get(i);
                boolean isPicked = i == picked;
                b.pseudoClassStateChanged(PICKED, isPicked);
                b.pseudoClassStateChanged(CORRECT, isPicked && q.choices().get(i).correct());
                b.pseudoClassStateChanged(WRONG, isPicked && !q.choices().get(i).correct());
            }
            feedback.getChildren().clear();
            feedback.setVisible(picked >= 0);
            feedback.setManaged(picked >= 0);
            state.pickedChoice().ifPresent(c -> {
                Label headline = new Label(state.feedbackHeadline().orElse(""),
                        new FontIcon(c.correct() ? MaterialDesignC.CHECK_CIRCLE : MaterialDesignC.CLOSE_CIRCLE));
                headline.getStyleClass().add("feedback-headline");
                feedback.pseudoClassStateChanged(CORRECT, c.correct());
                feedback.pseudoClassStateChanged(WRONG, !c.correct());
                feedback.getChildren().add(headline);
                if (c.explanation() != null && !c.explanation().isBlank()) {
                    Node why = MarkdownView.render(c.explanation(), ctx);
                    why.getStyleClass().add("quiz-explanation");
                    feedback.getChildren().add(why);
                }
                if (!c.correct()) {
                    Label again = new Label("Try another answer.");
                    again.getStyleClass().add("block-note");
                    feedback.getChildren().add(again);
                }
            });
        };
        state.pickedProperty().addListener(o -> show.run());
        show.run();
        return card;
    }

    // ---- true / false --------------------------------------------------------------------------------------------

    private Node trueFalse(LessonBlock.TrueFalse t) {
        TrueFalseState state = vm.trueFalse(t);
        VBox card = card("truefalse-card", t.line());
        card.getChildren().add(header(MaterialDesignC.CHECK_DECAGRAM, "True or false?"));
        for (int i = 0; i < t.statements().size(); i++) {
            LessonBlock.TrueFalseStatement s = t.statements().get(i);
            int index = i;
            TextFlow text = MarkdownView.renderInline(s.statement(), ctx);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button yes = button("True", null, "tf-true", "This statement is true");
            Button no = button("False", null, "tf-false", "This statement is false");
            yes.setOnAction(e -> state.answer(index, true));
            no.setOnAction(e -> state.answer(index, false));
            yes.setMinWidth(Region.USE_PREF_SIZE);
            no.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(10, text, yes, no);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setFillHeight(false);
            VBox result = new VBox();
            result.getStyleClass().add("tf-result");
            VBox item = new VBox(row, result);
            item.getStyleClass().add("tf-statement");
            Runnable show = () -> {
                Boolean a = state.answerProperty(index).get();
                result.getChildren().clear();
                result.setVisible(a != null);
                result.setManaged(a != null);
                yes.pseudoClassStateChanged(PICKED, Boolean.TRUE.equals(a));
                no.pseudoClassStateChanged(PICKED, Boolean.FALSE.equals(a));
                if (a == null) {
                    return;
                }
                boolean right = state.isRight(index);
                result.pseudoClassStateChanged(CORRECT, right);
                result.pseudoClassStateChanged(WRONG, !right);
                Label headline = new Label((right ? "Right" : "Wrong") + ": the statement is "
                        + (s.answer() ? "true." : "false."),
                        new FontIcon(right ? MaterialDesignC.CHECK_CIRCLE : MaterialDesignC.CLOSE_CIRCLE));
                headline.getStyleClass().add("feedback-headline");
                result.getChildren().add(headline);
                if (s.explanation() != null && !s.explanation().isBlank()) {
                    result.getChildren().add(MarkdownView.render(s.explanation(), ctx));
                }
            };
            state.answerProperty(index).addListener(o -> show.run());
            show.run();
            card.getChildren().add(item);
        }
        return card;
    }

    // ---- timeline -----------------------------------------------------------------------------------------------

    private Node timeline(LessonBlock.Timeline t) {
        VBox card = card("timeline-card", t.line());
        card.getChildren().add(header(MaterialDesignT.TIMELINE, "Milestones"));
        for (LessonBlock.TimelineEntry e : t.entries()) {
            Label year = new Label(String.valueOf(e.year()));
            year.getStyleClass().add("timeline-year");
            year.setMinWidth(Region.USE_PREF_SIZE);
            Label title = new Label(e.title());
            title.getStyleClass().add("timeline-title");
            title.setWrapText(true);
            VBox body = new VBox(2, title);
            if (e.authors() != null && !e.authors().isBlank()) {
                Label authors = new Label(e.authors());
                authors.getStyleClass().add("timeline-authors");
                authors.setWrapText(true);
                body.getChildren().add(authors);
            }
            if (e.idea() != null && !e.idea().isBlank()) {
                body.getChildren().add(MarkdownView.render(e.idea(), ctx));
            }
            HBox.setHgrow(body, Priority.ALWAYS);
            HBox row = new HBox(14, year, body);
            row.getStyleClass().add("timeline-entry");
            card.getChildren().add(row);
        }
        return card;
    }

    // ---- simulator ----------------------------------------------------------------------------------------------

    private Node simulator(LessonBlock.Simulator s) {
        try {
            Node n = simulators.create(s);
            if (n != null) {
                return n;
            }
        } catch (RuntimeException e) {
            System.err.println("gan-classroom: the simulator embed failed, showing the default card: " + e);
        }
        return new DefaultSimulatorEmbed(vm.navigator()).create(s);
    }

    // ---- dirac --------------------------------------------------------------------------------------------------

    private Node dirac(LessonBlock.Dirac d) {
        VBox card = card("dirac-card", d.line());
        card.setSpacing(10);
        card.getChildren().add(header(MaterialDesignC.CHART_BELL_CURVE, "Dirac-GAN: the training dynamics, live"));
        if (!d.caption().isBlank()) {
            Node caption = MarkdownView.render(d.caption(), ctx);
            caption.getStyleClass().add("sim-caption");
            card.getChildren().add(caption);
        }
        DiracWidget widget = new DiracWidget(DiracSetup.of(d.loss(), d.switches(), d.rate()),
                new DiracPoint(d.theta(), d.psi()), simulators.textScale());
        widget.followTheme(simulators.theme());
        widget.setPrefHeight(720);
        widget.setMinHeight(560);
        card.getChildren().add(widget);
        return card;
    }
}
