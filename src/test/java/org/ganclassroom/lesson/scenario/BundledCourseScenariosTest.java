package org.ganclassroom.lesson.scenario;

import org.ganclassroom.lesson.CheckLessonsCommand;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every live simulator in the shipped course does what its caption says, on the seeds it names. */
class BundledCourseScenariosTest {
    @Test
    void everyCaptionOfTheCourseHolds() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = CheckLessonsCommand.run(new String[]{"--run", "lessons"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(CheckLessonsCommand.OK, code, out.toString(StandardCharsets.UTF_8));
    }
}
