package org.ganclassroom.ui.lessons;

import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ganclassroom.lesson.BrokenLesson;
import org.ganclassroom.lesson.Lesson;
import org.ganclassroom.lesson.LessonBlock;
import org.ganclassroom.lesson.LessonProblem;
import org.ganclassroom.lesson.LessonSection;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.common.FxmlLoading;
import org.ganclassroom.ui.common.Page;
import org.ganclassroom.ui.common.PresentablePage;
import org.ganclassroom.ui.markdown.MarkdownView;
import org.ganclassroom.ui.markdown.RenderContext;
import org.kordamp.ikonli.Ikon;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganclassroom.ui.common.KeyHint;

/** Thin controller of {@code Lessons.fxml}: lesson list on the left, the lesson (or its error card) on the right. */
public final class LessonsView implements Page, PresentablePage {
    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    static final PseudoClass PRESENTING = PseudoClass.getPseudoClass("presenting");

    private final LessonsViewModel viewModel;
    private final SimulatorEmbedFactory simulators;
    private final List<Node> sectionNodes = new ArrayList<>();
    private boolean presenting;
    private boolean syncingList;
    private LessonScroll place;

    @FXML
    private BorderPane root;
    @FXML
    private ListView<LessonListItem> list;
    @FXML
    private ScrollPane scroll;
    @FXML
    private StackPane scrollContent;
    @FXML
    private VBox content;
    @FXML
    private Label placeholder;

    public LessonsView(LessonsViewModel viewModel, SimulatorEmbedFactory simulators) {
        this.viewModel = viewModel;
        this.simulators = simulators;
    }

    public static LessonsView create(LessonsViewModel viewModel, SimulatorEmbedFactory simulators) {
        return FxmlLoading.load(LessonsView.class, "Lessons.fxml", new LessonsView(viewModel, simulators));
    }

    @FXML
    private void initialize() {
        place = new LessonScroll(scroll, scrollContent, content, sectionNodes);
        list.setItems(viewModel.items());
        list.setCellFactory(v -> new LessonListCell(viewModel));
        list.setTooltip(new Tooltip("Pick a lesson (Up/Down arrows, Enter)"));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncingList && now != null) {
                viewModel.select(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            syncList();
            list.refresh(); // the "open now" eye moves with the selection
        });
        viewModel.lessonProperty().addListener((obs, old, now) ->
                refresh(old != null && now != null && old.id().equals(now.id())));
        viewModel.brokenProperty().addListener((obs, old, now) -> refresh(false));
        viewModel.currentSectionProperty().addListener((obs, old, now) -> showSection(now.intValue(), true));
        viewModel.completedProperty().addListener(o -> updateEndBox());
        viewModel.completionTextProperty().addListener(o -> updateEndBox());
        scroll.vvalueProperty().addListener(o -> {
            checkEndOnScreen();
            place.rememberPlace();
        });
        scrollContent.heightProperty().addListener(o -> {
            place.scheduleRestorePlace();
            checkEndOnScreen();
        });
        scroll.viewportBoundsProperty().addListener(o -> checkEndOnScreen());
        scroll.setFocusTraversable(true);
        if (viewModel.getLesson() == null && viewModel.brokenProperty().get() == null) {
            viewModel.selectLastOrFirst();
        }
        syncList();
        refresh(false);
    }

    private void syncList() {
        syncingList = true;
        try {
            LessonListItem sel = viewModel.selectedProperty().get();
            if (sel == null) {
                list.getSelectionModel().clearSelection();
            } else if (!sel.equals(list.getSelectionModel().getSelectedItem())) {
                int i = viewModel.items().indexOf(sel);
                if (i >= 0) {
                    list.getSelectionModel().select(i);
                    list.scrollTo(i);
                }
            }
        } finally {
            syncingList = false;
        }
    }

    /** Re-renders the right-hand side; {@code keepScroll} keeps the pixel scroll offset (a reload). */
    private void refresh(boolean keepScroll) {
        double offset = keepScroll ? place.offset() : 0;
        sectionNodes.clear();
        content.getChildren().clear();
        Lesson lesson = viewModel.getLesson();
        BrokenLesson broken = viewModel.brokenProperty().get();
        if (lesson != null) {
            renderOrErrorCard(lesson);
        } else if (broken != null) {
            content.getChildren().add(LessonPageParts.errorCard(broken, viewModel.errorLines()));
        }
        boolean empty = lesson == null && broken == null;
        placeholder.setText(viewModel.emptyMessage().orElse("Pick a lesson on the left."));
        placeholder.setVisible(empty);
        scroll.setVisible(!empty);
        updateEndBox();
        place.restore(offset);
        showSection(viewModel.getCurrentSection(), false);
    }

    /** The checker bounds what a lesson may hold; should a page still fail to build, it becomes an error card. */
    private void renderOrErrorCard(Lesson lesson) {
        try {
            renderLesson(lesson);
        } catch (RuntimeException | StackOverflowError e) {
            sectionNodes.clear();
            BrokenLesson failed = new BrokenLesson(lesson.file(), lesson.title(), lesson.order(),
                    List.of(new LessonProblem(lesson.file(), 0, "this lesson could not be shown ("
                            + e.getClass().getSimpleName() + "); please report it as a bug")));
            content.getChildren().setAll(LessonPageParts.errorCard(failed,
                    failed.problems().stream().map(LessonProblem::format).toList()));
        }
    }

    private void renderLesson(Lesson lesson) {
        RenderContext ctx = RenderContext.forFolder(lessonsFolder(lesson));
        LessonBlockViews blocks = new LessonBlockViews(viewModel, ctx, simulators, this::keepInPlace);

        Label title = new Label(lesson.title());
        title.setId("lesson-title");
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        content.getChildren().add(title);

        if (!lesson.objectives().isEmpty()) {
            content.getChildren().add(LessonPageParts.objectives(lesson.objectives(), ctx));
        }

        for (int i = 0; i < lesson.sections().size(); i++) {
            LessonSection section = lesson.sections().get(i);
            VBox node = new VBox();
            node.getStyleClass().add("lesson-section");
            node.setId("lesson-section-" + i);
            if (section.heading() != null && !section.heading().isBlank()) {
                Node heading = MarkdownView.renderInline(section.heading(), ctx);
                heading.getStyleClass().addAll("md-heading", "md-h2", "lesson-section-heading");
                node.getChildren().add(heading);
            }
            for (LessonBlock block : section.blocks()) {
                node.getChildren().add(blocks.block(block));
            }
            sectionNodes.add(node);
            node.boundsInParentProperty().addListener(o -> place.scheduleRestorePlace());
            content.getChildren().add(node);
        }
        content.getChildren().add(LessonPageParts.endBox(viewModel::openNextLesson));
    }

    private static Path lessonsFolder(Lesson lesson) {
        Path file = lesson.file();
        Path parent = file == null ? null : file.toAbsolutePath().getParent();
        return parent != null && Files.isDirectory(parent) ? parent : null;
    }

    private void updateEndBox() {
        Node status = content.lookup("#completed-status");
        Label rule = (Label) content.lookup("#completion-rule");
        Button next = (Button) content.lookup("#next-lesson");
        if (status == null || rule == null || next == null) {
            return;
        }
        boolean completed = viewModel.completedProperty().get();
        status.setVisible(completed);
        status.setManaged(completed);
        rule.setText(viewModel.completionTextProperty().get().replaceFirst("^Lesson completed\\. ", ""));
        var following = viewModel.nextLesson();
        next.setVisible(following.isPresent());
        next.setManaged(following.isPresent());
        following.ifPresent(item -> {
            next.setText("Next lesson: " + item.title());
            next.setTooltip(new Tooltip("Open lesson " + item.order() + ", " + item.title()));
        });
    }

    /** Reports the end of the lesson once its footer is on screen (at once for a lesson that fits). */
    private void checkEndOnScreen() {
        Node end = content.lookup("#lesson-end");
        if (place.isRestoring() || end == null || viewModel.getLesson() == null || end.getScene() == null) {
            return;
        }
        Point2D top = scrollContent.sceneToLocal(end.localToScene(0, 0));
        double viewport = scroll.getViewportBounds().getHeight();
        if (top != null && viewport > 0 && top.getY() <= place.offset() + viewport) {
            viewModel.reachedEnd();
        }
    }

    // ---- sections / presenter mode ------------------------------------------------------------------------------

    private void showSection(int index, boolean scrollTo) {
        for (int i = 0; i < sectionNodes.size(); i++) {
            sectionNodes.get(i).pseudoClassStateChanged(CURRENT, presenting && i == index);
        }
        if (scrollTo && index >= 0 && index < sectionNodes.size()) {
            place.scrollTo(sectionNodes.get(index));
        }
    }

    /**
     * The clicker's PageDown: the next hidden step of a proof in the current section first (keeping its "Next step"
     * button where it is, in view), then the next section.
     */
    @Override
    public boolean nextSection() {
        int i = viewModel.getCurrentSection();
        Lesson lesson = viewModel.getLesson();
        if (lesson != null && i >= 0 && i < lesson.sections().size() && i < sectionNodes.size()) {
            for (LessonBlock block : lesson.sections().get(i).blocks()) {
                if (block instanceof LessonBlock.Proof proof) {
                    ProofStepper stepper = viewModel.proof(proof);
                    Node button = sectionNodes.get(i).lookup("#proof-next-" + proof.line());
                    if (!stepper.isFinished() && button != null) {
                        keepInPlace(button, stepper::next);
                        return true;
                    }
                }
            }
        }
        return viewModel.nextSection();
    }

    /** Scrolls so that a node of the lesson is at the top of the viewport (as far as the scroll range allows). */
    void scrollToNode(Node node) {
        place.scrollTo(node);
    }

    /** Runs {@code change} (which grows or shrinks the page) keeping {@code anchor} where it is in the viewport. */
    void keepInPlace(Node anchor, Runnable change) {
        place.keepInPlace(anchor, change);
    }

    @Override
    public boolean previousSection() {
        return viewModel.previousSection();
    }

    @Override
    public void setPresenting(boolean on) {
        presenting = on;
        root.pseudoClassStateChanged(PRESENTING, on);
        root.getLeft().setVisible(!on);
        root.getLeft().setManaged(!on);
        showSection(viewModel.getCurrentSection(), false);
        if (on) {
            // the sidebar just disappeared: lay out again, then put the current section at the top
            Platform.runLater(() -> showSection(viewModel.getCurrentSection(), true));
        }
    }

    public boolean isPresenting() {
        return presenting;
    }

    /** The highlighted section index in presenter mode, or -1. */
    public int highlightedSection() {
        for (int i = 0; i < sectionNodes.size(); i++) {
            if (sectionNodes.get(i).getPseudoClassStates().contains(CURRENT)) {
                return i;
            }
        }
        return -1;
    }

    public ScrollPane scrollPane() {
        return scroll;
    }

    public LessonsViewModel viewModel() {
        return viewModel;
    }

    // ---- Page ---------------------------------------------------------------------------------------------------

    @Override
    public List<KeyHint> keys() {
        return List.of(
                new KeyHint("↑ ↓ (in the list)", "choose a lesson"),
                new KeyHint("N / A / R (in a proof)", "next step / all steps / hide them again"),
                new KeyHint("Space or Enter (on an answer)", "choose that answer"),
                new KeyHint("PageDown / PageUp (presenter mode)", "next / previous section"));
    }

    @Override
    public String name() {
        return AppView.LESSONS.displayName();
    }

    @Override
    public Ikon icon() {
        return AppView.LESSONS.icon();
    }

    @Override
    public Parent getView() {
        return root;
    }
}
