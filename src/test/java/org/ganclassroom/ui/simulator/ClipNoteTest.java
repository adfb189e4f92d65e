package org.ganclassroom.ui.simulator;

import org.ganclassroom.ui.charts.HistoryMarks;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A clip replays today's settings from step 0: the dialog says so when they were switched during the run. */
class ClipNoteTest {
    @Test
    void aRunWithoutSwitchesNeedsNoNoteOneWithSwitchesNamesTheFirst() {
        HistoryMarks marks = new HistoryMarks();
        assertNull(ClipButton.note(marks));
        marks.mark(1200, "+ Label smoothing");
        marks.mark(3000, "η_G 0.001→0.01");
        assertEquals("Settings were changed during this run (first at step 1,200). The clip replays the current "
                + "settings from step 0, so it is not exactly the run on screen.", ClipButton.note(marks));
    }
}
