package org.ganclassroom.ui.timeline;

import javafx.beans.binding.Bindings;
import org.ganclassroom.ui.common.LabLauncher;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganclassroom.lesson.Course;
import org.ganclassroom.lesson.LessonBlock;
import org.ganclassroom.lesson.LessonBlock.TimelineEntry;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The milestones of every timeline block of the course, sorted by year (course order within a year), and which
 * one is selected. Selection moves with {@link #selectPrevious}/{@link #selectNext} (arrow keys) or
 * {@link #select} (click); {@link #openInLab} hands the selected entry's preset/chip to the {@link LabLauncher}.
 */
public final class TimelineViewModel {
    private final Supplier<Course> courseSource;
    private final LabLauncher labLauncher;
    private Course loaded;

    private final ObservableList<TimelineEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<TimelineEntry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(this, "selectedIndex", -1);
    private final ReadOnlyObjectWrapper<TimelineEntry> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyBooleanWrapper canOpenInLab = new ReadOnlyBooleanWrapper(this, "canOpenInLab");
    private final BooleanBinding empty = Bindings.isEmpty(entries);

    public TimelineViewModel(Supplier<Course> courseSource, LabLauncher labLauncher) {
        this.courseSource = Objects.requireNonNull(courseSource, "courseSource");
        this.labLauncher = Objects.requireNonNull(labLauncher, "labLauncher");
        selectedIndex.addListener((obs, old, now) -> {
            int i = now.intValue();
            TimelineEntry e = i >= 0 && i < entries.size() ? entries.get(i) : null;
            selected.set(e);
            canOpenInLab.set(hasLabTarget(e));
        });
        refresh();
    }

    /** True if the entry names an experiment preset or a lab chip. */
    public static boolean hasLabTarget(TimelineEntry e) {
        return e != null && (notBlank(e.labPreset()) || notBlank(e.labChip()));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    /** Re-reads the course if it changed since the last read (keeps the selection when the entry still exists). */
    public void refresh() {
        Course course = courseSource.get();
        if (course == loaded) {
            return;
        }
        loaded = course;
        TimelineEntry before = selected.get();
        List<TimelineEntry> all = course.blocks(LessonBlock.Timeline.class).stream()
                .flatMap(b -> b.entries().stream())
                .sorted(Comparator.comparingInt(TimelineEntry::year)) // stable: course order within a year
                .toList();
        selectedIndex.set(-1);
        entries.setAll(all);
        if (before != null && all.contains(before)) {
            selectedIndex.set(all.indexOf(before));
        }
    }

    public ObservableList<TimelineEntry> entries() {
        return entriesView;
    }

    public BooleanBinding emptyProperty() {
        return empty;
    }

    public ReadOnlyIntegerProperty selectedIndexProperty() {
        return selectedIndex.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TimelineEntry> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public TimelineEntry getSelected() {
        return selected.get();
    }

    public ReadOnlyBooleanProperty canOpenInLabProperty() {
        return canOpenInLab.getReadOnlyProperty();
    }

    /** Selects entry {@code index} (ignored when out of range). */
    public void select(int index) {
        if (index >= 0 && index < entries.size()) {
            selectedIndex.set(index);
        }
    }

    public void clearSelection() {
        selectedIndex.set(-1);
    }

    /** The next entry (the first when none is selected); stays on the last. */
    public void selectNext() {
        select(selectedIndex.get() < 0 ? 0 : Math.min(entries.size() - 1, selectedIndex.get() + 1));
    }

    /** The previous entry (the last when none is selected); stays on the first. */
    public void selectPrevious() {
        select(selectedIndex.get() < 0 ? entries.size() - 1 : Math.max(0, selectedIndex.get() - 1));
    }

    /** Opens the selected entry in the lab; false (and nothing happens) if it has no lab target. */
    public boolean openInLab() {
        TimelineEntry e = selected.get();
        if (!hasLabTarget(e)) {
            return false;
        }
        labLauncher.open(notBlank(e.labPreset()) ? e.labPreset() : null, notBlank(e.labChip()) ? e.labChip() : null);
        return true;
    }

    /** "Preset mixture2 · chip wasserstein", for the lab button's tooltip. */
    public static String labTargetText(TimelineEntry e) {
        if (!hasLabTarget(e)) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        if (notBlank(e.labPreset())) {
            sb.append("preset “").append(e.labPreset()).append('”');
        }
        if (notBlank(e.labChip())) {
            sb.append(sb.length() > 0 ? " with " : "").append("chip “").append(e.labChip()).append('”');
        }
        return sb.toString();
    }
}
