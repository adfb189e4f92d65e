package org.ganclassroom.ui.lab.bench;

import org.ganclassroom.sim.bench.BenchTable;
import org.ganclassroom.sim.bench.TrialResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The "Reproduce the table" mode's state: a whole run, a cancelled one, and late results of a cancelled run. */
class BenchViewModelTest {
    @Test
    void aRunFillsTheTableRowByRowAndEndsDone() {
        BenchViewModel vm = new BenchViewModel(BenchWorker.CURRENT_THREAD, Runnable::run, 1);
        vm.suiteProperty().set("ring");
        vm.trialsProperty().set(2);
        vm.stepsProperty().set(20);
        vm.start();

        assertEquals(BenchViewModel.State.DONE, vm.getState());
        assertEquals(8, vm.finished().size(), "4 methods × 2 trials");
        assertEquals(1.0, vm.progressProperty().get());
        assertEquals("Done: 8 of 8 trials", vm.progressTextProperty().get());
        List<BenchTable.Line> lines = vm.tableProperty().get().lines();
        assertEquals(List.of("gan", "pacgan4", "unrolled", "cured"),
                lines.stream().map(l -> l.row().method()).toList());
        for (BenchTable.Line l : lines) {
            assertEquals(2, l.trials(), l.row().method());
            assertEquals(20, l.row().steps());
        }
        // the table's cells: our four rows, then the papers' five
        List<List<String>> cells = vm.tableProperty().get().cells();
        assertEquals(9, cells.size());
        assertTrue(cells.get(0).get(0).startsWith("ours: gan"), cells.get(0).toString());
        assertEquals("PacGAN4 (PacGAN Table 1)", cells.get(8).get(0));
        // the same trials as the headless runner gives for these seeds: the seeds are 1 and 2 in every row
        assertEquals(List.of(1L, 2L), vm.finished().stream().filter(r -> r.row().method().equals("gan"))
                .map(TrialResult::seed).sorted().toList());
    }

    @Test
    void theDocsChoiceTrainsEveryRowForItsOwnLengthInTheTable() {
        BenchViewModel vm = new BenchViewModel(BenchWorker.CURRENT_THREAD, Runnable::run, 1);
        assertEquals(BenchViewModel.AS_IN_THE_DOCS, vm.stepsProperty().get(), "the default is the table's own run");
        assertTrue(BenchViewModel.STEPS.contains(BenchViewModel.AS_IN_THE_DOCS));
        vm.suiteProperty().set("papers");
        List<org.ganclassroom.sim.bench.BenchSuite.Row> rows = vm.chosenSuite().rows();
        assertEquals(org.ganclassroom.sim.bench.BenchSuite.named("papers").rows(), rows);
        for (var row : rows) {
            // the cured preset's decay ends at its row's last step only at the row's own length
            var decay = org.ganclassroom.sim.config.ExperimentPresets.get(row.preset()).training().lrDecay();
            if (row.method().equals("cured")) {
                assertEquals(row.steps(), decay.start() + decay.steps(), row.preset());
            }
        }
        assertTrue(rows.stream().anyMatch(r -> r.data().startsWith("grid")
                && r.steps() == org.ganclassroom.sim.bench.BenchSuite.GRID_STEPS));
        assertTrue(BenchViewModel.stepsText(BenchViewModel.AS_IN_THE_DOCS).contains("grid "
                + org.ganclassroom.sim.bench.BenchSuite.GRID_STEPS));
        assertEquals("200 steps each", BenchViewModel.stepsText(200));
    }

    @Test
    void cancelStopsTheTrialsKeepsTheFinishedOnesAndDropsLateResults() throws Exception {
        BlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
        AtomicReference<Thread> thread = new AtomicReference<>();
        BenchWorker worker = job -> {
            Thread t = new Thread(job, "bench-test");
            t.setDaemon(true);
            thread.set(t);
            t.start();
            return t::interrupt;
        };
        BenchViewModel vm = new BenchViewModel(worker, fx::add, 1);
        vm.suiteProperty().set("ring");
        vm.trialsProperty().set(10);
        vm.stepsProperty().set(200);
        vm.start();
        assertEquals(BenchViewModel.State.RUNNING, vm.getState());

        // play the FX thread until the first trial is in
        while (vm.finished().isEmpty()) {
            Runnable r = fx.poll(120, TimeUnit.SECONDS);
            assertNotNull(r, "no trial finished within two minutes");
            r.run();
        }
        vm.cancel();
        assertEquals(BenchViewModel.State.CANCELLED, vm.getState());
        int kept = vm.finished().size();
        assertTrue(kept >= 1 && kept < 40, "kept " + kept);
        assertTrue(vm.progressTextProperty().get().startsWith("Cancelled after " + kept + " of 40 trials"),
                vm.progressTextProperty().get());

        thread.get().join(30_000);
        assertFalse(thread.get().isAlive(), "the trials stop after Cancel");
        // whatever the worker posted after Cancel changes nothing
        for (Runnable r = fx.poll(); r != null; r = fx.poll()) {
            r.run();
        }
        assertEquals(kept, vm.finished().size());
        assertEquals(BenchViewModel.State.CANCELLED, vm.getState());
    }

    @Test
    void durationsReadAsAPersonWouldSayThem() {
        assertEquals("45 s", BenchViewModel.duration(45.2));
        assertEquals("3 min 5 s", BenchViewModel.duration(185));
        assertEquals("2 h 5 min", BenchViewModel.duration(7500));
    }
}
