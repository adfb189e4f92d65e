package org.ganclassroom.ui.quiz;

import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ganclassroom.lesson.LessonBlock.Quiz;
import org.ganclassroom.lesson.LessonBlock.QuizChoice;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.common.FxmlLoading;
import org.ganclassroom.ui.common.Page;
import org.ganclassroom.ui.progress.ProgressStore;
import org.ganclassroom.ui.progress.ResetProgressAction;
import org.ganclassroom.ui.quiz.QuizViewModel.ChoiceMark;
import org.ganclassroom.ui.quiz.QuizViewModel.Phase;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Function;
import org.ganclassroom.ui.common.KeyHint;

/**
 * Thin controller of {@code Quiz.fxml}. Choices are large focusable cards (role button): click, Space/Enter on
 * the focused one, or keys 1–9; after answering, Enter (or →) goes on.
 */
public final class QuizView implements Page {
    private static final PseudoClass CORRECT = PseudoClass.getPseudoClass("correct");
    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");
    private static final PseudoClass MISSED = PseudoClass.getPseudoClass("missed");
    private static final PseudoClass ANSWERED = PseudoClass.getPseudoClass("answered");

    private final QuizViewModel viewModel;
    private final Function<String, Node> textRenderer;
    private final ResetProgressAction resetAction;
    private final List<HBox> choiceCards = new ArrayList<>();

    @FXML
    private BorderPane root;
    @FXML
    private Label score;
    @FXML
    private Label progressText;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Button restartTop;
    @FXML
    private VBox emptyState;
    @FXML
    private VBox questionCard;
    @FXML
    private VBox questionBox;
    @FXML
    private VBox choicesBox;
    @FXML
    private VBox feedback;
    @FXML
    private FontIcon feedbackIcon;
    @FXML
    private Label feedbackTitle;
    @FXML
    private VBox feedbackBody;
    @FXML
    private Button next;
    @FXML
    private Label keyHint;
    @FXML
    private VBox summaryCard;
    @FXML
    private Label summaryScore;
    @FXML
    private Label summaryText;
    @FXML
    private Label recordText;
    @FXML
    private Button retryMissed;
    @FXML
    private Button restart;
    @FXML
    private HBox resetBox;

    private QuizView(QuizViewModel viewModel, Function<String, Node> textRenderer, ResetProgressAction resetAction) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.textRenderer = Objects.requireNonNull(textRenderer, "textRenderer");
        this.resetAction = Objects.requireNonNull(resetAction, "resetAction");
    }

    public static QuizView create(QuizViewModel viewModel, Function<String, Node> textRenderer,
                                  ResetProgressAction resetAction) {
        return FxmlLoading.load(QuizView.class, "Quiz.fxml", new QuizView(viewModel, textRenderer, resetAction));
    }

    public static QuizView create(QuizViewModel viewModel, Function<String, Node> textRenderer, ProgressStore store) {
        return create(viewModel, textRenderer, new ResetProgressAction(store));
    }

    @FXML
    private void initialize() {
        score.textProperty().bind(viewModel.scoreTextProperty().map(s -> "Score " + s));
        progressText.textProperty().bind(viewModel.progressTextProperty());
        progressBar.progressProperty().bind(viewModel.progressFractionProperty());
        summaryText.textProperty().bind(viewModel.summaryTextProperty());
        recordText.textProperty().bind(viewModel.recordTextProperty());

        showOnly(emptyState, Phase.EMPTY);
        showOnly(summaryCard, Phase.SUMMARY);
        questionCard.visibleProperty().bind(viewModel.phaseProperty().map(p -> p == Phase.QUESTION || p == Phase.FEEDBACK));
        questionCard.managedProperty().bind(questionCard.visibleProperty());
        showOnly(feedback, Phase.FEEDBACK);
        showOnly(next, Phase.FEEDBACK);
        next.defaultButtonProperty().bind(next.visibleProperty());
        keyHint.visibleProperty().bind(viewModel.phaseProperty().isEqualTo(Phase.QUESTION));
        keyHint.managedProperty().bind(keyHint.visibleProperty());
        for (Node n : new Node[]{score, progressText, progressBar, restartTop}) {
            n.visibleProperty().bind(viewModel.phaseProperty().isNotEqualTo(Phase.EMPTY)
                    .or(viewModel.retryingProperty()));
        }
        retryMissed.disableProperty().bind(viewModel.missedCountProperty().isEqualTo(0));
        retryMissed.textProperty().bind(viewModel.missedCountProperty()
                .map(n -> n.intValue() == 0 ? "Retry missed questions" : "Retry " + n + " missed"
                        + (n.intValue() == 1 ? " question" : " questions")));

        next.setOnAction(e -> viewModel.next());
        retryMissed.setOnAction(e -> viewModel.retryMissed());
        restart.setOnAction(e -> viewModel.restart());
        restartTop.setOnAction(e -> viewModel.restart());
        resetBox.getChildren().setAll(resetAction.button());

        viewModel.currentProperty().addListener((o, a, q) -> showQuestion(q));
        viewModel.phaseProperty().addListener((o, a, p) -> onPhase(p));
        showQuestion(viewModel.currentProperty().get());
        onPhase(viewModel.getPhase());

        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void showOnly(Node node, Phase phase) {
        node.visibleProperty().bind(viewModel.phaseProperty().isEqualTo(phase));
        node.managedProperty().bind(node.visibleProperty());
    }

    private void onKey(KeyEvent e) {
        if (org.ganclassroom.ui.common.Keys.withModifier(e)) {
            return;
        }
        if (viewModel.getPhase() == Phase.QUESTION) {
            OptionalInt choice = QuizViewModel.choiceForKey(e.getCode());
            if (choice.isPresent()) {
                viewModel.choose(choice.getAsInt());
                e.consume();
            }
        } else if (viewModel.getPhase() == Phase.FEEDBACK && e.getCode() == KeyCode.RIGHT) {
            viewModel.next();
            e.consume();
        }
    }

    private void showQuestion(Quiz q) {
        choiceCards.clear();
        if (q == null) {
            questionBox.getChildren().clear();
            choicesBox.getChildren().clear();
            return;
        }
        Node question = textRenderer.apply(q.question());
        question.getStyleClass().add("quiz-question");
        questionBox.getChildren().setAll(question);
        for (int i = 0; i < q.choices().size(); i++) {
            choiceCards.add(choiceCard(i, q.choices().get(i)));
        }
        choicesBox.getChildren().setAll(choiceCards);
    }

    private HBox choiceCard(int i, QuizChoice choice) {
        Label key = new Label(Integer.toString(i + 1));
        key.getStyleClass().add("quiz-choice-key");
        key.setMinWidth(Label.USE_PREF_SIZE);
        Node text = textRenderer.apply(choice.text());
        HBox.setHgrow(text, Priority.ALWAYS);
        FontIcon mark = new FontIcon();
        mark.getStyleClass().add("quiz-choice-mark");
        HBox card = new HBox(14, key, text, mark);
        card.setAlignment(Pos.CENTER_LEFT);
        // a TextFlow stretched to the row's height draws its text at the top; unstretched it is centred on the key
        card.setFillHeight(false);
        card.getStyleClass().add("quiz-choice");
        card.setId("quiz-choice-" + (i + 1));
        card.setFocusTraversable(true);
        card.setAccessibleRole(AccessibleRole.BUTTON);
        card.setAccessibleText("Choice " + (i + 1) + ": " + choice.text());
        card.setMaxWidth(Double.MAX_VALUE);
        Tooltip.install(card, new Tooltip(i < 9 ? "Pick this answer (key " + (i + 1) + ")" : "Pick this answer"));
        card.setOnMouseClicked(e -> viewModel.choose(i));
        card.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER) {
                viewModel.choose(i);
                e.consume();
            }
        });
        return card;
    }

    private void onPhase(Phase phase) {
        boolean answered = phase == Phase.FEEDBACK;
        for (int i = 0; i < choiceCards.size(); i++) {
            HBox card = choiceCards.get(i);
            ChoiceMark m = viewModel.mark(i);
            card.pseudoClassStateChanged(ANSWERED, answered);
            card.pseudoClassStateChanged(CORRECT, m == ChoiceMark.PICKED_CORRECT);
            card.pseudoClassStateChanged(WRONG, m == ChoiceMark.PICKED_WRONG);
            card.pseudoClassStateChanged(MISSED, m == ChoiceMark.CORRECT_NOT_PICKED);
            FontIcon icon = (FontIcon) card.getChildren().get(2);
            icon.setIconLiteral(switch (m) {
                case PICKED_CORRECT, CORRECT_NOT_PICKED -> "mdi2c-check-circle";
                case PICKED_WRONG -> "mdi2c-close-circle";
                case NONE -> "mdi2c-circle-small";
            });
            icon.setVisible(m != ChoiceMark.NONE);
            card.setFocusTraversable(!answered);
        }
        if (answered) {
            fillFeedback();
            next.setText(viewModel.isLastQuestion() ? "See results" : "Next question");
            Platform.runLater(next::requestFocus);
        } else if (phase == Phase.QUESTION && !choiceCards.isEmpty()) {
            Platform.runLater(() -> {
                if (root.getScene() != null) {
                    choiceCards.get(0).requestFocus();
                }
            });
        } else if (phase == Phase.SUMMARY) {
            summaryScore.setText(viewModel.correctProperty().get() + " / " + viewModel.answeredProperty().get());
            Platform.runLater(() -> (retryMissed.isDisabled() ? restart : retryMissed).requestFocus());
        }
    }

    private void fillFeedback() {
        boolean right = viewModel.pickedCorrectProperty().get();
        feedback.pseudoClassStateChanged(CORRECT, right);
        feedback.pseudoClassStateChanged(WRONG, !right);
        feedbackIcon.setIconLiteral(right ? "mdi2c-check-circle" : "mdi2c-close-circle");
        feedbackTitle.setText(right ? "Correct!" : "Not quite.");
        List<Node> body = new ArrayList<>();
        QuizChoice picked = viewModel.pickedChoice();
        if (picked != null) {
            body.add(explanation("Your answer", picked, "quiz-picked-explanation"));
        }
        for (QuizChoice c : viewModel.otherCorrectChoices()) {
            body.add(explanation(right ? "Also correct" : "The correct answer", c, "quiz-correct-explanation"));
        }
        feedbackBody.getChildren().setAll(body);
    }

    private VBox explanation(String caption, QuizChoice choice, String id) {
        Label label = new Label(caption.toUpperCase(java.util.Locale.ROOT));
        label.getStyleClass().add("practice-section-label");
        Node text = textRenderer.apply(choice.text());
        text.getStyleClass().add("quiz-feedback-choice");
        VBox box = new VBox(4, label, text);
        if (choice.explanation() != null && !choice.explanation().isBlank()) {
            box.getChildren().add(textRenderer.apply(choice.explanation()));
        }
        box.setId(id);
        box.getStyleClass().add("quiz-explanation");
        return box;
    }

    public QuizViewModel viewModel() {
        return viewModel;
    }

    @Override
    public void onShow() {
        viewModel.refresh();
    }

    @Override
    public List<KeyHint> keys() {
        return List.of(
                new KeyHint("1 … 9", "pick that answer"),
                new KeyHint("Space or Enter (on an answer)", "pick the focused answer"),
                new KeyHint("→ (after answering)", "next question"));
    }

    @Override
    public String name() {
        return AppView.QUIZ.displayName();
    }

    @Override
    public Ikon icon() {
        return AppView.QUIZ.icon();
    }

    @Override
    public Parent getView() {
        return root;
    }
}
