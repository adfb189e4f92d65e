package org.ganclassroom.ui.lessons;

import org.ganclassroom.ui.progress.LessonProgress;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganclassroom.lesson.BrokenLesson;
import org.ganclassroom.lesson.Course;
import org.ganclassroom.lesson.Lesson;
import org.ganclassroom.lesson.LessonBlock;
import org.ganclassroom.lesson.LessonProblem;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.common.Navigator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * State and commands of the Lessons page, no nodes: the lesson list with progress marks, the selected lesson (or
 * broken lesson), the current section for presenter mode, and the state of interactive blocks (kept across
 * reloads while a block is unchanged). A lesson is complete once it was read to the end and every quiz block in
 * it has been answered ({@link #completionText}).
 */
public final class LessonsViewModel {
    private final CourseSource source;
    private final LessonProgress progress;
    private final Navigator navigator;
    private final ObservableList<LessonListItem> items = FXCollections.observableArrayList();
    private final ObservableList<LessonListItem> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyObjectWrapper<LessonListItem> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
    private final ReadOnlyObjectWrapper<BrokenLesson> broken = new ReadOnlyObjectWrapper<>(this, "broken");
    private final ReadOnlyIntegerWrapper currentSection = new ReadOnlyIntegerWrapper(this, "currentSection", -1);
    private final ReadOnlyIntegerWrapper reloads = new ReadOnlyIntegerWrapper(this, "reloads", 0);
    private final BooleanBinding completed;
    private final Map<String, Object> blockStates = new HashMap<>();
    private final Set<String> endReached = new HashSet<>();
    private final ReadOnlyStringWrapper completionText = new ReadOnlyStringWrapper(this, "completionText", "");
    private CourseSource.Subscription subscription;
    private Course course;

    /**
     * @param fxThread runs course-change callbacks on the FX thread ({@code Platform::runLater}); tests pass
     *                 {@code Runnable::run}
     */
    public LessonsViewModel(CourseSource source, LessonProgress progress, Navigator navigator, Executor fxThread) {
        this.source = Objects.requireNonNull(source, "source");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.navigator = Objects.requireNonNull(navigator, "navigator");
        completed = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().completed(), selected);
        apply(source.load());
        subscription = source.watch(c -> fxThread.execute(() -> apply(c)));
    }

    public ObservableList<LessonListItem> items() {
        return readOnlyItems;
    }

    public ReadOnlyObjectProperty<LessonListItem> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The good lesson shown, or null (nothing selected, or a broken one). */
    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    public Lesson getLesson() {
        return lesson.get();
    }

    /** The broken lesson shown, or null. */
    public ReadOnlyObjectProperty<BrokenLesson> brokenProperty() {
        return broken.getReadOnlyProperty();
    }

    /** Section index for presenter mode (0 when a lesson opens, -1 when none is shown). */
    public ReadOnlyIntegerProperty currentSectionProperty() {
        return currentSection.getReadOnlyProperty();
    }

    public int getCurrentSection() {
        return currentSection.get();
    }

    /** Counts reloads of the shown lesson from the source (the view re-renders and keeps its scroll position). */
    public ReadOnlyIntegerProperty reloadsProperty() {
        return reloads.getReadOnlyProperty();
    }

    public BooleanBinding completedProperty() {
        return completed;
    }

    /** Every problem of the shown broken lesson as {@code file:line: message}; empty for a good lesson. */
    public List<String> errorLines() {
        BrokenLesson b = broken.get();
        return b == null ? List.of() : b.problems().stream().map(LessonProblem::format).toList();
    }

    /** "No lessons" text when the course is empty, else empty. */
    public Optional<String> emptyMessage() {
        return items.isEmpty()
                ? Optional.of("No lessons found. Start the app with --lessons FOLDER to read lessons from a folder.")
                : Optional.empty();
    }

    /** Selects by key (lesson id or broken key); false if there is no such item. */
    public boolean select(String key) {
        for (LessonListItem item : items) {
            if (item.key().equals(key)) {
                select(item);
                return true;
            }
        }
        return false;
    }

    public void select(LessonListItem item) {
        if (item == null) {
            selected.set(null);
            lesson.set(null);
            broken.set(null);
            currentSection.set(-1);
            return;
        }
        LessonListItem current = find(item.key()).orElse(item);
        if (current.lesson() != null) {
            progress.markVisited(current.key());
        }
        current = refreshed(current);
        boolean same = selected.get() != null && selected.get().key().equals(current.key());
        selected.set(current);
        broken.set(current.broken());
        lesson.set(current.lesson());
        if (!same) {
            currentSection.set(current.lesson() == null ? -1 : 0);
        }
        updateCompletion();
    }

    public void selectFirst() {
        if (!items.isEmpty()) {
            select(items.get(0));
        }
    }

    /** Reopens the lesson the student was last on (kept in the progress file), else the first one. */
    public void selectLastOrFirst() {
        String last = progress.progressProperty().get().lastLesson();
        if (last == null || !select(last)) {
            selectFirst();
        }
    }

    /** Next / previous item in the list (keyboard); false at the ends. */
    public boolean selectNext() {
        return selectOffset(1);
    }

    public boolean selectPrevious() {
        return selectOffset(-1);
    }

    private boolean selectOffset(int d) {
        int i = selected.get() == null ? -1 : indexOf(selected.get().key());
        int j = i + d;
        if (j < 0 || j >= items.size()) {
            return false;
        }
        select(items.get(j));
        return true;
    }

    /** The view reports that the end of the lesson is on screen; the lesson completes once its quizzes are answered. */
    public void reachedEnd() {
        Lesson l = lesson.get();
        if (l != null && endReached.add(l.id())) {
            updateCompletion();
        }
    }

    /** The quiz blocks of the shown lesson, in order. */
    private List<LessonBlock.Quiz> quizBlocks() {
        Lesson l = lesson.get();
        return l == null ? List.of() : l.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(LessonBlock.Quiz.class::isInstance).map(LessonBlock.Quiz.class::cast).toList();
    }

    private long answeredQuizzes() {
        return quizBlocks().stream().filter(q -> quiz(q).pickedChoice().isPresent()).count();
    }

    /** Completes the shown lesson when the rule holds, and says what is left in {@link #completionText}. */
    private void updateCompletion() {
        LessonListItem item = selected.get();
        Lesson l = lesson.get();
        if (item == null || l == null) {
            completionText.set("");
            return;
        }
        int quizzes = quizBlocks().size();
        long answered = answeredQuizzes();
        boolean read = endReached.contains(l.id());
        if (!item.completed() && read && answered == quizzes) {
            progress.markCompleted(item.key());
            item = refreshed(item);
            selected.set(item);
        }
        String rule = quizzes == 0 ? "A lesson counts as complete once you have read it to the end."
                : "A lesson counts as complete once you have read it to the end and answered its " + quizzes
                + (quizzes == 1 ? " quiz question" : " quiz questions") + " (" + answered + " of " + quizzes
                + " answered" + (read ? ")." : ", end not reached yet).");
        completionText.set(item.completed() ? "Lesson completed. " + rule : rule);
    }

    /** The rule for completing the shown lesson and how far the student is; shown in the lesson's footer. */
    public ReadOnlyStringProperty completionTextProperty() {
        return completionText.getReadOnlyProperty();
    }

    /** The next good lesson in the list after the shown one, if any. */
    public Optional<LessonListItem> nextLesson() {
        int i = selected.get() == null ? -1 : indexOf(selected.get().key());
        for (int j = i + 1; j < items.size(); j++) {
            if (items.get(j).lesson() != null) {
                return Optional.of(items.get(j));
            }
        }
        return Optional.empty();
    }

    /** "Next lesson" at the end of a lesson; false at the last one. */
    public boolean openNextLesson() {
        Optional<LessonListItem> next = nextLesson();
        next.ifPresent(this::select);
        return next.isPresent();
    }

    /** Presenter mode: next / previous section of the lesson; false if there is none. */
    public boolean nextSection() {
        return goToSection(currentSection.get() + 1);
    }

    public boolean previousSection() {
        return goToSection(currentSection.get() - 1);
    }

    public boolean goToSection(int index) {
        Lesson l = lesson.get();
        if (l == null || index < 0 || index >= l.sections().size()) {
            return false;
        }
        currentSection.set(index);
        return true;
    }

    public void openSimulator() {
        navigator.open(AppView.SIMULATOR);
    }

    public Navigator navigator() {
        return navigator;
    }

    /** State of a proof block of the shown lesson; the same object while the block is unchanged (also on reload). */
    public ProofStepper proof(LessonBlock.Proof block) {
        return state(block, ProofStepper.class, b -> new ProofStepper((LessonBlock.Proof) b), s -> s.proof());
    }

    public QuizState quiz(LessonBlock.Quiz block) {
        return state(block, QuizState.class, b -> {
            QuizState made = new QuizState((LessonBlock.Quiz) b);
            made.pickedProperty().addListener(o -> updateCompletion());
            return made;
        }, s -> s.quiz());
    }

    public TrueFalseState trueFalse(LessonBlock.TrueFalse block) {
        return state(block, TrueFalseState.class, b -> new TrueFalseState((LessonBlock.TrueFalse) b), s -> s.block());
    }

    private <S> S state(LessonBlock block, Class<S> type, Function<LessonBlock, S> make, Function<S, LessonBlock> blockOf) {
        String id = lesson.get() == null ? "" : lesson.get().id();
        String key = id + "#" + block.line() + "#" + type.getSimpleName();
        Object existing = blockStates.get(key);
        if (type.isInstance(existing) && blockOf.apply(type.cast(existing)).equals(block)) {
            return type.cast(existing);
        }
        S made = make.apply(block);
        blockStates.put(key, made);
        return made;
    }

    /** Stops listening to the source. */
    public void close() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    /** Takes a (re)loaded course: rebuilds the list, keeps the selection, re-shows a changed lesson. */
    void apply(Course newCourse) {
        course = Objects.requireNonNull(newCourse, "course");
        List<LessonListItem> rows = new ArrayList<>();
        course.lessons().forEach(l -> rows.add(LessonListItem.of(l, progress)));
        course.broken().forEach(b -> rows.add(LessonListItem.of(b)));
        rows.sort(Comparator.comparingInt(LessonListItem::order).thenComparing(LessonListItem::title));
        items.setAll(rows);

        LessonListItem was = selected.get();
        if (was == null) {
            return;
        }
        Optional<LessonListItem> again = find(was.key());
        if (again.isEmpty()) {
            select((LessonListItem) null);
            return;
        }
        LessonListItem now = again.get();
        selected.set(now);
        broken.set(now.broken());
        if (!Objects.equals(was.lesson(), now.lesson()) || !Objects.equals(was.broken(), now.broken())) {
            Lesson l = now.lesson();
            if (l != null && currentSection.get() >= l.sections().size()) {
                currentSection.set(l.sections().size() - 1);
            }
            reloads.set(reloads.get() + 1);
            lesson.set(l);
        }
        updateCompletion();
    }

    public Course course() {
        return course;
    }

    private LessonListItem refreshed(LessonListItem item) {
        if (item.lesson() == null) {
            return item;
        }
        LessonListItem now = LessonListItem.of(item.lesson(), progress);
        int i = indexOf(item.key());
        if (i >= 0 && !items.get(i).equals(now)) {
            items.set(i, now);
        }
        return now;
    }

    private Optional<LessonListItem> find(String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    private int indexOf(String key) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
