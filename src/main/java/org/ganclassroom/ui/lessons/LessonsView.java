package org.ganclassroom.ui.lessons;

import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

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
    private boolean restoringScroll;

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
        list.setItems(viewModel.items());
        list.setCellFactory(v -> new LessonCell());
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
            rememberPlace();
        });
        scrollContent.heightProperty().addListener(o -> {
            scheduleRestorePlace();
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
        double offset = keepScroll ? scrollOffset() : 0;
        sectionNodes.clear();
        content.getChildren().clear();
        Lesson lesson = viewModel.getLesson();
        BrokenLesson broken = viewModel.brokenProperty().get();
        if (lesson != null) {
            renderOrErrorCard(lesson);
        } else if (broken != null) {
            content.getChildren().add(errorCard(broken));
        }
        boolean empty = lesson == null && broken == null;
        placeholder.setText(viewModel.emptyMessage().orElse("Pick a lesson on the left."));
        placeholder.setVisible(empty);
        scroll.setVisible(!empty);
        updateEndBox();
        restoringScroll = true;
        try {
            scroll.applyCss();
            scroll.layout();
            setScrollOffset(offset);
        } finally {
            restoringScroll = false;
        }
        showSection(viewModel.getCurrentSection(), false);
    }

    /** The checker bounds what a lesson may hold; should a page still fail to build, it becomes an error card. */
    private void renderOrErrorCard(Lesson lesson) {
        try {
            renderLesson(lesson);
        } catch (RuntimeException | StackOverflowError e) {
            sectionNodes.clear();
            content.getChildren().setAll(errorCard(new BrokenLesson(lesson.file(), lesson.title(), lesson.order(),
                    List.of(new LessonProblem(lesson.file(), 0, "this lesson could not be shown ("
                            + e.getClass().getSimpleName() + "); please report it as a bug")))));
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
            VBox box = new VBox();
            box.setId("lesson-objectives");
            box.getStyleClass().add("lesson-objectives");
            Label head = new Label("After this lesson you can", new FontIcon(MaterialDesignT.TARGET));
            head.getStyleClass().add("objectives-title");
            box.getChildren().add(head);
            for (String o : lesson.objectives()) {
                FontIcon tick = new FontIcon(MaterialDesignC.CHECK);
                tick.getStyleClass().add("objective-tick");
                Node text = MarkdownView.renderInline(o, ctx);
                HBox.setHgrow(text, Priority.ALWAYS);
                HBox row = new HBox(8, tick, text);
                row.setAlignment(Pos.TOP_LEFT);
                row.getStyleClass().add("objective");
                box.getChildren().add(row);
            }
            content.getChildren().add(box);
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
            node.boundsInParentProperty().addListener(o -> scheduleRestorePlace());
            content.getChildren().add(node);
        }
        content.getChildren().add(endBox());
    }

    private static Path lessonsFolder(Lesson lesson) {
        Path file = lesson.file();
        Path parent = file == null ? null : file.toAbsolutePath().getParent();
        return parent != null && Files.isDirectory(parent) ? parent : null;
    }

    /** The footer: the completion rule and progress, "Lesson completed", and "Next lesson". */
    private Node endBox() {
        Label status = new Label("Lesson completed", new FontIcon(MaterialDesignC.CHECK_CIRCLE));
        status.setId("completed-status");
        status.getStyleClass().add("completed-status");
        Label rule = new Label();
        rule.setId("completion-rule");
        rule.getStyleClass().add("block-note");
        rule.setWrapText(true);
        rule.setMinHeight(Region.USE_PREF_SIZE);
        Button next = new Button("Next lesson", new FontIcon(MaterialDesignA.ARROW_RIGHT));
        next.setId("next-lesson");
        next.getStyleClass().add("accent");
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        next.setOnAction(e -> viewModel.openNextLesson());
        HBox row = new HBox(12, status, next);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, rule, row);
        box.setId("lesson-end");
        box.getStyleClass().add("lesson-end");
        return box;
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
        if (restoringScroll || end == null || viewModel.getLesson() == null || end.getScene() == null) {
            return;
        }
        Point2D top = scrollContent.sceneToLocal(end.localToScene(0, 0));
        double viewport = scroll.getViewportBounds().getHeight();
        if (top != null && viewport > 0 && top.getY() <= scrollOffset() + viewport) {
            viewModel.reachedEnd();
        }
    }

    private Node errorCard(BrokenLesson broken) {
        VBox card = new VBox();
        card.setId("lesson-error-card");
        card.getStyleClass().add("lesson-error-card");
        FontIcon icon = new FontIcon(MaterialDesignA.ALERT_CIRCLE);
        icon.getStyleClass().add("error-icon");
        Label title = new Label("This lesson could not be loaded: " + broken.title(), icon);
        title.getStyleClass().add("error-title");
        title.setWrapText(true);
        Label hint = new Label("Fix these problems in the lesson file; the page updates when the file is saved.");
        hint.getStyleClass().add("block-note");
        hint.setWrapText(true);
        card.getChildren().addAll(title, hint);
        VBox problems = new VBox();
        problems.setId("lesson-problems");
        problems.getStyleClass().add("error-problems");
        for (String line : viewModel.errorLines()) {
            Label l = new Label(line);
            l.getStyleClass().add("error-problem");
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            problems.getChildren().add(l);
        }
        card.getChildren().add(problems);
        return card;
    }

    // ---- sections / presenter mode ------------------------------------------------------------------------------

    private void showSection(int index, boolean scrollTo) {
        for (int i = 0; i < sectionNodes.size(); i++) {
            sectionNodes.get(i).pseudoClassStateChanged(CURRENT, presenting && i == index);
        }
        if (scrollTo && index >= 0 && index < sectionNodes.size()) {
            scrollToNode(sectionNodes.get(index));
        }
    }

    /** Scrolls so that a node of the lesson is at the top of the viewport (as far as the scroll range allows). */
    void scrollToNode(Node node) {
        scroll.applyCss();
        scroll.layout();
        Point2D inContent = scrollContent.sceneToLocal(node.localToScene(0, 0));
        setScrollOffset(inContent == null ? 0 : inContent.getY());
    }

    private double scrollRange() {
        Bounds viewport = scroll.getViewportBounds();
        return Math.max(0, scrollContent.getHeight() - viewport.getHeight());
    }

    private double scrollOffset() {
        double range = scrollRange();
        return range <= 0 ? 0 : scroll.getVvalue() / scroll.getVmax() * range;
    }

    private void setScrollOffset(double offset) {
        double range = scrollRange();
        scroll.setVvalue(range <= 0 ? 0 : Math.max(0, Math.min(1, offset / range)) * scroll.getVmax());
    }

    /**
     * Runs {@code change} (which grows or shrinks the page) and scrolls so that {@code anchor} stays at the same
     * place in the viewport; if it would end up out of view, it is brought to three quarters of the way down.
     */
    void keepInPlace(Node anchor, Runnable change) {
        double before = yInViewport(anchor);
        change.run();
        scroll.applyCss();
        scroll.layout();
        double viewport = scroll.getViewportBounds().getHeight();
        double target = before >= 0 && before <= viewport - anchor.getBoundsInLocal().getHeight() ? before
                : viewport * 0.75;
        setScrollOffset(scrollOffset() + yInViewport(anchor) - target);
        rememberPlace();
    }

    private double yInViewport(Node node) {
        Point2D inContent = scrollContent.sceneToLocal(node.localToScene(0, 0));
        return inContent == null ? 0 : inContent.getY() - scrollOffset();
    }

    // the place read: the section at the top of the viewport and how many pixels into it, kept across reflows
    private int placeSection = -1;
    private double placeOffset;
    private boolean restoringPlace;
    private boolean restorePending;

    private void rememberPlace() {
        if (restoringPlace || restoringScroll || sectionNodes.isEmpty()) {
            return;
        }
        double top = scrollOffset();
        placeSection = -1;
        for (int i = 0; i < sectionNodes.size(); i++) {
            Node n = sectionNodes.get(i);
            double y = n.getBoundsInParent().getMinY() + content.getBoundsInParent().getMinY();
            double h = n.getBoundsInParent().getHeight();
            if (y + h > top || i == sectionNodes.size() - 1) {
                placeSection = i;
                placeOffset = Math.max(0, top - y);
                return;
            }
        }
    }

    /** After a reflow (zoom, resize, a re-render above), once the sections have moved. */
    private void scheduleRestorePlace() {
        if (!restorePending) {
            restorePending = true;
            Platform.runLater(() -> {
                restorePending = false;
                restorePlace();
            });
        }
    }

    private void restorePlace() {
        if (restoringScroll || placeSection < 0 || placeSection >= sectionNodes.size() || scrollOffset() <= 0
                && placeSection == 0 && placeOffset == 0) {
            return;
        }
        Node n = sectionNodes.get(placeSection);
        double y = n.getBoundsInParent().getMinY() + content.getBoundsInParent().getMinY();
        restoringPlace = true;
        try {
            setScrollOffset(y + placeOffset);
        } finally {
            restoringPlace = false;
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

    /** A row of the lesson list: order, title, progress or error icon. */
    private final class LessonCell extends ListCell<LessonListItem> {
        LessonCell() {
            setPrefWidth(0); // never wider than the list: no horizontal scroll bar
        }

        @Override
        protected void updateItem(LessonListItem item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("broken-lesson");
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label order = new Label(String.valueOf(item.order()));
            order.getStyleClass().add("lesson-order");
            order.setMinWidth(Region.USE_PREF_SIZE);
            Label title = new Label(item.title());
            title.getStyleClass().add("lesson-list-title");
            title.setMinWidth(0);
            title.setPrefWidth(1);
            title.setWrapText(true); // a long title wraps onto a second line instead of ending in "…"
            title.setMinHeight(Region.USE_PREF_SIZE);
            HBox.setHgrow(title, Priority.ALWAYS);
            title.setMaxWidth(Double.MAX_VALUE);
            LessonListItem shown = viewModel.selectedProperty().get();
            boolean current = shown != null && shown.key().equals(item.key());
            FontIcon mark;
            if (item.isBroken()) {
                mark = new FontIcon(MaterialDesignA.ALERT_CIRCLE);
                mark.getStyleClass().add("mark-broken");
                getStyleClass().add("broken-lesson");
            } else if (current) {
                // the eye means "open now", so it is on exactly one row
                mark = new FontIcon(MaterialDesignE.EYE_OUTLINE);
                mark.getStyleClass().add("mark-current");
            } else if (item.completed()) {
                mark = new FontIcon(MaterialDesignC.CHECK_CIRCLE);
                mark.getStyleClass().add("mark-completed");
            } else if (item.visited()) {
                mark = new FontIcon(MaterialDesignC.CIRCLE_HALF_FULL);
                mark.getStyleClass().add("mark-visited");
            } else {
                mark = new FontIcon(MaterialDesignC.CIRCLE_OUTLINE);
                mark.getStyleClass().add("mark-new");
            }
            mark.getStyleClass().add("lesson-mark");
            HBox row = new HBox(10, order, title, mark);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setMaxWidth(Double.MAX_VALUE);
            setText(null);
            setGraphic(row);
            String status = item.status() + (current && !item.isBroken() ? ", open now" : "");
            setTooltip(new Tooltip(item.title() + " — " + status));
            setAccessibleText(item.order() + ". " + item.title() + ", " + status);
        }
    }
}
