package org.ganclassroom.ui.truefalse;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ganclassroom.lesson.LessonBlock.TrueFalseStatement;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.common.FxmlLoading;
import org.ganclassroom.ui.common.Page;
import org.ganclassroom.ui.progress.ProgressStore;
import org.ganclassroom.ui.progress.ResetProgressAction;
import org.ganclassroom.ui.truefalse.TrueFalseViewModel.LastAnswer;
import org.ganclassroom.ui.truefalse.TrueFalseViewModel.Phase;
import org.ganclassroom.ui.truefalse.TrueFalseViewModel.ReviewItem;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.List;
import org.ganclassroom.ui.common.KeyHint;

/** Thin controller of {@code TrueFalse.fxml}: start card, running round (buttons and T/F/←/→ keys), review. */
public final class TrueFalseView implements Page {
    private static final PseudoClass CORRECT = PseudoClass.getPseudoClass("correct");
    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");
    private static final PseudoClass LOW = PseudoClass.getPseudoClass("low");

    private final TrueFalseViewModel viewModel;
    private final Function<String, Node> textRenderer;
    private final ResetProgressAction resetAction;

    @FXML
    private BorderPane root;
    @FXML
    private Label bestHeader;
    @FXML
    private VBox emptyState;
    @FXML
    private VBox readyCard;
    @FXML
    private Label readyText;
    @FXML
    private Label readyBest;
    @FXML
    private Button start;
    @FXML
    private HBox resetBox;
    @FXML
    private VBox runningCard;
    @FXML
    private Label score;
    @FXML
    private Label streak;
    @FXML
    private Label bestStreak;
    @FXML
    private Label timeLeft;
    @FXML
    private ProgressBar timeBar;
    @FXML
    private VBox statementBox;
    @FXML
    private Label flash;
    @FXML
    private Button answerTrue;
    @FXML
    private Button answerFalse;
    @FXML
    private VBox reviewCard;
    @FXML
    private Label reviewTitle;
    @FXML
    private Label reviewSummary;
    @FXML
    private Label reviewBest;
    @FXML
    private VBox reviewList;
    @FXML
    private Button playAgain;

    private TrueFalseView(TrueFalseViewModel viewModel, Function<String, Node> textRenderer,
                          ResetProgressAction resetAction) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.textRenderer = Objects.requireNonNull(textRenderer, "textRenderer");
        this.resetAction = Objects.requireNonNull(resetAction, "resetAction");
    }

    public static TrueFalseView create(TrueFalseViewModel viewModel, Function<String, Node> textRenderer,
                                       ResetProgressAction resetAction) {
        return FxmlLoading.load(TrueFalseView.class, "TrueFalse.fxml",
                new TrueFalseView(viewModel, textRenderer, resetAction));
    }

    public static TrueFalseView create(TrueFalseViewModel viewModel, Function<String, Node> textRenderer,
                                       ProgressStore store) {
        return create(viewModel, textRenderer, new ResetProgressAction(store));
    }

    @FXML
    private void initialize() {
        showOnly(emptyState, Phase.EMPTY);
        showOnly(readyCard, Phase.READY);
        showOnly(runningCard, Phase.RUNNING);
        showOnly(reviewCard, Phase.REVIEW);
        start.defaultButtonProperty().bind(readyCard.visibleProperty());
        playAgain.defaultButtonProperty().bind(reviewCard.visibleProperty());

        long seconds = viewModel.length().toSeconds();
        readyText.setText("You have " + seconds + " seconds. Decide whether each statement is true or false — "
                + "as many as you can. Keys: T or ← for True, F or → for False.");
        bestHeader.textProperty().bind(viewModel.bestScoreProperty().map(b -> "Best round: "
                + (b.intValue() == 0 ? "—" : b)));
        bestHeader.visibleProperty().bind(viewModel.phaseProperty().isNotEqualTo(Phase.EMPTY));
        readyBest.textProperty().bind(viewModel.bestScoreProperty().map(b -> b.intValue() == 0
                ? "No best score yet — set one!" : "Your best so far: " + b + " right in one round"));
        reviewBest.textProperty().bind(readyBest.textProperty());
        score.textProperty().bind(viewModel.scoreProperty().asString());
        streak.textProperty().bind(viewModel.streakProperty().asString());
        bestStreak.textProperty().bind(viewModel.bestStreakProperty().asString());
        timeLeft.textProperty().bind(viewModel.remainingTextProperty());
        timeBar.progressProperty().bind(viewModel.remainingFractionProperty());
        viewModel.remainingFractionProperty().addListener((o, a, f) -> {
            boolean low = f.doubleValue() <= 0.2;
            timeBar.pseudoClassStateChanged(LOW, low);
            timeLeft.pseudoClassStateChanged(LOW, low);
        });

        start.setOnAction(e -> viewModel.start());
        playAgain.setOnAction(e -> viewModel.start());
        answerTrue.setOnAction(e -> viewModel.answer(true));
        answerFalse.setOnAction(e -> viewModel.answer(false));
        resetBox.getChildren().setAll(resetAction.button());

        viewModel.currentProperty().addListener((o, a, s) -> showStatement(s));
        viewModel.lastAnswerProperty().addListener((o, a, last) -> showFlash(last));
        viewModel.answeredProperty().addListener((o, a, n) -> showFlash(viewModel.lastAnswerProperty().get()));
        viewModel.review().addListener((ListChangeListener<ReviewItem>) c -> {
            if (viewModel.getPhase() == Phase.REVIEW) {
                fillReview();
            }
        });
        viewModel.phaseProperty().addListener((o, a, p) -> onPhase(p));
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
        if (viewModel.getPhase() != Phase.RUNNING) {
            return;
        }
        Optional<Boolean> answer = TrueFalseViewModel.answerForKey(e.getCode());
        if (answer.isPresent()) {
            viewModel.answer(answer.get());
            e.consume();
        }
    }

    private void onPhase(Phase p) {
        if (p == Phase.RUNNING) {
            showFlash(LastAnswer.NONE);
            Platform.runLater(root::requestFocus);
        } else if (p == Phase.REVIEW) {
            reviewTitle.setText(viewModel.reviewTitle());
            reviewSummary.setText(viewModel.reviewSummary());
            fillReview();
            Platform.runLater(playAgain::requestFocus);
        } else if (p == Phase.READY) {
            Platform.runLater(start::requestFocus);
        }
    }

    private void showStatement(TrueFalseStatement s) {
        if (s == null) {
            statementBox.getChildren().clear();
            return;
        }
        Node text = textRenderer.apply(s.statement());
        text.getStyleClass().add("tf-statement-text");
        statementBox.getChildren().setAll(text);
    }

    private void showFlash(LastAnswer last) {
        flash.pseudoClassStateChanged(CORRECT, last == LastAnswer.CORRECT);
        flash.pseudoClassStateChanged(WRONG, last == LastAnswer.WRONG);
        ReviewItem lastItem = viewModel.review().isEmpty() ? null : viewModel.review().get(viewModel.review().size() - 1);
        flash.setText(switch (last) {
            case NONE -> " ";
            case CORRECT -> "✓ Correct";
            case WRONG -> "✗ Wrong — that one was " + (lastItem != null && lastItem.statement().answer() ? "true" : "false");
        });
    }

    private void fillReview() {
        reviewList.getChildren().clear();
        int n = 1;
        for (ReviewItem item : viewModel.review()) {
            reviewList.getChildren().add(reviewRow(n++, item));
        }
        if (viewModel.review().isEmpty()) {
            Label none = new Label("No statements answered in this round.");
            none.getStyleClass().add("practice-muted");
            reviewList.getChildren().add(none);
        }
    }

    private Node reviewRow(int n, ReviewItem item) {
        FontIcon icon = new FontIcon(item.correct() ? "mdi2c-check-circle" : "mdi2c-close-circle");
        icon.getStyleClass().add("tf-review-icon");
        Node statement = textRenderer.apply(item.statement().statement());
        statement.getStyleClass().add("tf-review-statement");
        Label verdict = new Label((item.statement().answer() ? "True" : "False") + " · you said "
                + (item.given() ? "True" : "False"));
        verdict.getStyleClass().add("tf-review-verdict");
        VBox text = new VBox(4, statement, verdict);
        String why = item.statement().explanation();
        if (why != null && !why.isBlank()) {
            Node explanation = textRenderer.apply(why);
            explanation.getStyleClass().add("tf-review-explanation");
            text.getChildren().add(explanation);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(12, icon, text);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add("tf-review-row");
        row.pseudoClassStateChanged(CORRECT, item.correct());
        row.pseudoClassStateChanged(WRONG, !item.correct());
        row.setId("tf-review-" + n);
        return row;
    }

    public TrueFalseViewModel viewModel() {
        return viewModel;
    }

    @Override
    public void onShow() {
        viewModel.refresh();
    }

    @Override
    public Node focusTarget() {
        return switch (viewModel.getPhase()) {
            case READY -> start;
            case REVIEW -> playAgain;
            default -> root;
        };
    }

    @Override
    public void onHide() {
        viewModel.abandon();
    }

    @Override
    public List<KeyHint> keys() {
        return List.of(
                new KeyHint("T or ←", "the statement is true"),
                new KeyHint("F or →", "the statement is false"),
                new KeyHint("Space (on Start)", "start a round"));
    }

    @Override
    public String name() {
        return AppView.TRUE_FALSE.displayName();
    }

    @Override
    public Ikon icon() {
        return AppView.TRUE_FALSE.icon();
    }

    @Override
    public Parent getView() {
        return root;
    }
}
