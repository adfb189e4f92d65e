package org.ganclassroom.ui.progress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressStoreTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream warnings = new ByteArrayOutputStream();

    private ProgressStore store() {
        return new ProgressStore(dir, new PrintStream(warnings, true, StandardCharsets.UTF_8));
    }

    private String warningText() {
        return warnings.toString(StandardCharsets.UTF_8);
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void freshStoreIsEmptyAndQuiet() throws Exception {
        ProgressStore s = store();
        assertEquals(Progress.empty(), s.get());
        assertFalse(s.isVisited("intro"));
        assertEquals(List.of(), files(), "nothing is written until something changes");
        assertEquals("", warningText());
    }

    @Test
    void roundTripThroughTheFile() {
        ProgressStore s = store();
        s.markVisited("intro");
        s.markVisited("minimax");
        s.markCompleted("intro");
        s.recordQuizRun(new QuizScore(3, 5));
        s.recordQuizRun(new QuizScore(2, 5));
        s.recordSpeedRound(9);
        s.recordSpeedRound(4);

        ProgressStore again = store();
        Progress p = again.get();
        assertEquals(Set.of("intro", "minimax"), p.visitedLessons());
        assertEquals(Set.of("intro"), p.completedLessons());
        assertTrue(again.isVisited("minimax"));
        assertTrue(again.isCompleted("intro"));
        assertFalse(again.isCompleted("minimax"));
        assertEquals(new QuizScore(3, 5), p.quizBest(), "best is kept");
        assertEquals(new QuizScore(2, 5), p.quizLast(), "last is the latest");
        assertEquals(9, p.speedRoundBest());
        assertEquals("minimax", p.lastLesson(), "the lesson opened last is remembered");
        assertEquals("", warningText());

        again.markVisited("intro");
        assertEquals("intro", store().get().lastLesson(), "reopening a visited lesson is saved too");
    }

    @Test
    void completedImpliesVisitedAndBlankIdsAreIgnored() {
        ProgressStore s = store();
        s.markCompleted("gan");
        s.markVisited(" ");
        s.markVisited(null);
        assertTrue(s.isVisited("gan"));
        assertEquals(Set.of("gan"), s.get().visitedLessons());
    }

    @Test
    void quizBestComparesFractionsThenCount() {
        assertTrue(new QuizScore(4, 5).beats(new QuizScore(3, 5)));
        assertFalse(new QuizScore(3, 5).beats(new QuizScore(3, 5)));
        assertTrue(new QuizScore(6, 6).beats(new QuizScore(5, 5)), "same fraction, more right");
        assertFalse(new QuizScore(5, 10).beats(new QuizScore(4, 5)));
        assertTrue(new QuizScore(0, 3).beats(null));
    }

    @Test
    void everyChangeIsObservable() {
        ProgressStore s = store();
        List<Progress> seen = new ArrayList<>();
        s.progressProperty().addListener((o, a, p) -> seen.add(p));
        s.markVisited("a");
        s.markVisited("a"); // no change, no event
        s.markCompleted("a");
        s.reset();
        assertEquals(3, seen.size(), seen.toString());
        assertEquals(Progress.empty(), seen.get(2));
    }

    @Test
    void writesAtomicallyAndLeavesNoTempFiles() throws Exception {
        ProgressStore s = store();
        for (int i = 0; i < 20; i++) {
            s.markVisited("lesson-" + i);
        }
        assertEquals(List.of("progress.json"), files());
        String text = Files.readString(s.file());
        assertTrue(text.strip().startsWith("{") && text.strip().endsWith("}"), text);
        assertTrue(text.contains("lesson-19"), text);
    }

    @Test
    void aFailedWriteIsAWarningAndProgressStaysInMemory() throws Exception {
        Path blocker = dir.resolve("not-a-dir");
        Files.writeString(blocker, "x");
        ProgressStore s = new ProgressStore(blocker.resolve("cfg"), new PrintStream(warnings, true, StandardCharsets.UTF_8));
        s.markVisited("intro");
        assertTrue(s.isVisited("intro"));
        assertTrue(warningText().contains("could not save progress"), warningText());
    }

    @Test
    void corruptFileIsSetAsideWithAWarning() throws Exception {
        Files.writeString(dir.resolve("progress.json"), "{\"visitedLessons\": [\"intro\", ");
        ProgressStore s = store();
        assertEquals(Progress.empty(), s.get());
        List<String> names = files();
        assertEquals(1, names.size(), names.toString());
        assertTrue(names.get(0).startsWith("progress.json.corrupt-"), names.toString());
        assertTrue(warningText().contains("corrupt") && warningText().contains(names.get(0)), warningText());
        s.markVisited("intro"); // and the store works normally afterwards
        assertTrue(store().isVisited("intro"));
    }

    @Test
    void anImpossibleScoreIsDroppedAloneAndTheOriginalKeptAside() throws Exception {
        Files.writeString(dir.resolve("progress.json"), "{\"quizBest\": {\"correct\": 9, \"total\": 2}, \"speedRoundBest\": 6}");
        Progress p = store().get();
        assertNull(p.quizBest());
        assertEquals(6, p.speedRoundBest(), "the valid field is kept");
        assertTrue(files().stream().anyMatch(n -> n.startsWith("progress.json.corrupt-")), files().toString());
        assertTrue(warningText().contains("dropped quizBest"), warningText());
    }

    @Test
    void unknownFieldsAndMissingFieldsAreFine() throws Exception {
        Files.writeString(dir.resolve("progress.json"), "{\"speedRoundBest\": 7, \"future\": 1}");
        Progress p = store().get();
        assertEquals(7, p.speedRoundBest());
        assertEquals(Set.of(), p.visitedLessons());
        assertNull(p.quizBest());
        assertEquals("", warningText());
    }

    @Test
    void resetForgetsEverythingOnDiskToo() {
        ProgressStore s = store();
        s.markCompleted("intro");
        s.recordQuizRun(new QuizScore(5, 5));
        s.recordSpeedRound(12);
        s.reset();
        assertEquals(Progress.empty(), s.get());
        assertEquals(Progress.empty(), store().get());
    }

    @Test
    void resetActionAsksFirst() {
        ProgressStore s = store();
        s.markVisited("intro");
        List<Boolean> answers = new ArrayList<>(List.of(false, true));
        ResetProgressAction action = new ResetProgressAction(s, node -> answers.remove(0));
        assertFalse(action.run(null));
        assertTrue(s.isVisited("intro"), "declined: nothing forgotten");
        assertTrue(action.run(null));
        assertFalse(s.isVisited("intro"));
    }

    @Test
    void progressLivesNextToTheSettings() {
        Map<String, String> props = Map.of("user.home", "/home/ada");
        assertEquals(Path.of("/home/ada/.config/gan-classroom"),
                ProgressStore.standardDir(props::get, Map.<String, String>of()::get));
        assertEquals("progress.json", ProgressStore.FILE_NAME);
    }
}
