package org.ganclassroom.ui.timeline;

import org.ganclassroom.ui.common.LabLauncher;

import org.ganclassroom.lesson.Course;
import org.ganclassroom.lesson.LessonBlock;
import org.ganclassroom.lesson.LessonBlock.TimelineEntry;
import org.ganclassroom.ui.practice.PracticeFixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.ganclassroom.ui.practice.PracticeFixtures.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineViewModelTest {
    private final List<String> launched = new ArrayList<>();
    private final LabLauncher launcher = new LabLauncher() {
        @Override
        public void open(String preset, String chip) {
            launched.add(preset + "/" + chip);
        }

        @Override
        public void openExperiment(String preset, java.util.List<String> chips, boolean freezeGenerator) {
            launched.add(preset + "/" + chips);
        }
    };

    private static Course twoLessons() {
        return PracticeFixtures.course(List.of(
                List.of(new LessonBlock.Timeline(1, List.of(entry(2017, "WGAN", "wgan", "wasserstein"),
                        entry(2014, "GAN", "mixture2", null)))),
                List.of(new LessonBlock.Timeline(1, List.of(entry(2014, "cGAN", null, null),
                        entry(2018, "SN", null, "spectralnorm"), entry(2015, "DCGAN", " ", null))))));
    }

    private static List<String> titles(TimelineViewModel vm) {
        return vm.entries().stream().map(TimelineEntry::title).toList();
    }

    @Test
    void entriesFromAllLessonsSortedByYearKeepingCourseOrderWithinAYear() {
        TimelineViewModel vm = new TimelineViewModel(TimelineViewModelTest::twoLessons, launcher);
        assertEquals(List.of("GAN", "cGAN", "DCGAN", "WGAN", "SN"), titles(vm));
        assertFalse(vm.emptyProperty().get());
        assertNull(vm.getSelected());
    }

    @Test
    void emptyCourseIsEmpty() {
        TimelineViewModel vm = new TimelineViewModel(() -> PracticeFixtures.course(), launcher);
        assertTrue(vm.emptyProperty().get());
        vm.selectNext();
        assertNull(vm.getSelected());
    }

    @Test
    void keyboardSelectionStepsAndStopsAtTheEnds() {
        TimelineViewModel vm = new TimelineViewModel(TimelineViewModelTest::twoLessons, launcher);
        vm.selectNext();
        assertEquals("GAN", vm.getSelected().title(), "→ with nothing selected starts at the first");
        vm.selectPrevious();
        assertEquals("GAN", vm.getSelected().title(), "stays on the first");
        vm.selectNext();
        vm.selectNext();
        assertEquals("DCGAN", vm.getSelected().title());
        vm.select(4);
        vm.selectNext();
        assertEquals("SN", vm.getSelected().title(), "stays on the last");
        vm.select(99);
        assertEquals("SN", vm.getSelected().title(), "out of range is ignored");
        vm.clearSelection();
        vm.selectPrevious();
        assertEquals("SN", vm.getSelected().title(), "← with nothing selected starts at the last");
    }

    @Test
    void labButtonOnlyForEntriesWithALabTarget() {
        TimelineViewModel vm = new TimelineViewModel(TimelineViewModelTest::twoLessons, launcher);
        assertFalse(vm.canOpenInLabProperty().get());
        assertFalse(vm.openInLab());
        List<Boolean> expected = List.of(true, false, false, true, true); // GAN, cGAN, DCGAN(blank), WGAN, SN
        for (int i = 0; i < expected.size(); i++) {
            vm.select(i);
            assertEquals(expected.get(i), vm.canOpenInLabProperty().get(), vm.getSelected().title());
            assertEquals(expected.get(i), vm.openInLab(), vm.getSelected().title());
        }
        assertEquals(List.of("mixture2/null", "wgan/wasserstein", "null/spectralnorm"), launched);
    }

    @Test
    void labTargetText() {
        assertEquals("preset “wgan” with chip “wasserstein”",
                TimelineViewModel.labTargetText(entry(2017, "W", "wgan", "wasserstein")));
        assertEquals("chip “ttur”", TimelineViewModel.labTargetText(entry(2017, "T", null, "ttur")));
        assertEquals("", TimelineViewModel.labTargetText(entry(2017, "T", null, null)));
    }

    @Test
    void refreshPicksUpANewCourseAndKeepsTheSelection() {
        AtomicReference<Course> source = new AtomicReference<>(twoLessons());
        TimelineViewModel vm = new TimelineViewModel(source::get, launcher);
        vm.select(3);
        TimelineEntry wgan = vm.getSelected();
        vm.refresh(); // same course object: nothing changes
        assertEquals(wgan, vm.getSelected());
        source.set(PracticeFixtures.course(new LessonBlock.Timeline(1, List.of(entry(2010, "Older", null, null),
                wgan))));
        vm.refresh();
        assertEquals(List.of("Older", "WGAN"), titles(vm));
        assertEquals(wgan, vm.getSelected());
        assertEquals(1, vm.selectedIndexProperty().get());
    }

    @Test
    void layoutKeepsClusteredYearsReadable() {
        TimelineLayout.Result r = TimelineLayout.compute(List.of(2014, 2014, 2014, 2017, 2017, 2030), 50, 100, 40);
        for (int i = 1; i < r.nodeX().size(); i++) {
            assertTrue(r.nodeX().get(i) - r.nodeX().get(i - 1) >= 100, "nodes at least one slot apart: " + r.nodeX());
        }
        assertEquals(100, r.nodeX().get(1) - r.nodeX().get(0), 1e-9, "same year: one slot");
        assertEquals(100 + 40 * (1 + Math.log(3)), r.nodeX().get(3) - r.nodeX().get(2), 1e-9,
                "a new year adds a gap growing with the years skipped");
        assertTrue(r.nodeX().get(5) - r.nodeX().get(4) <= 100 + 3 * 40 + 1e-9, "long gaps are capped");
        assertEquals(List.of(2014, 2017, 2030), r.ticks().stream().map(TimelineLayout.Tick::year).toList());
        assertEquals(r.nodeX().get(1), r.ticks().get(0).x(), 1e-9, "a year's tick sits in the middle of its nodes");
        assertEquals(r.nodeX().get(5) + 50, r.width(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> TimelineLayout.compute(List.of(2017, 2014), 0, 1, 1));
        assertEquals(0, TimelineLayout.compute(List.of(), 50, 100, 40).nodeX().size());
    }
}
