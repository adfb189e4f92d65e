package org.ganclassroom.lesson;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LessonLoaderTest {
    @TempDir
    Path dir;

    static String lesson(String id, String title, int order, String body) {
        return "---\nid: " + id + "\ntitle: " + title + "\norder: " + order + "\n---\n" + body;
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void goodLessonsSurviveABrokenOneAndComeInCourseOrder() throws Exception {
        write("b.md", lesson("second", "Second", 2, "text\n"));
        write("a.md", lesson("third", "Third", 3, "text\n"));
        write("c.md", lesson("first", "First", 1, "text\n"));
        write("z.md", lesson("also-second", "Also second", 2, "text\n"));
        write("broken.md", lesson("broken", "Broken", 4, "```quiz\nquestion: q\n```\n"));
        write("README.md", "# not a lesson\n");
        write("notes.txt", "not a lesson");
        Course course = LessonLoader.load(dir);
        assertEquals(List.of("first", "second", "also-second", "third"),
                course.lessons().stream().map(Lesson::id).toList());
        assertEquals(1, course.broken().size());
        BrokenLesson b = course.broken().get(0);
        assertEquals("Broken", b.title());
        assertEquals(4, b.order());
        assertEquals(dir.resolve("broken.md"), b.file());
        assertEquals(List.of("6: quiz needs 'choices', a list of at least 2"),
                b.problems().stream().map(p -> p.line() + ": " + p.message()).toList());
    }

    @Test
    void duplicateIdsAreReportedInBothFiles() throws Exception {
        write("01-a.md", lesson("same", "A", 1, "text\n"));
        write("02-b.md", "---\ntitle: B\nid: same\norder: 2\n---\ntext\n");
        write("03-c.md", lesson("other", "C", 3, "text\n"));
        Course course = LessonLoader.load(dir);
        assertEquals(List.of("other"), course.lessons().stream().map(Lesson::id).toList());
        assertEquals(List.of(
                        dir.resolve("01-a.md") + ":2: duplicate lesson id 'same': also used by 02-b.md",
                        dir.resolve("02-b.md") + ":3: duplicate lesson id 'same': also used by 01-a.md"),
                course.broken().stream().flatMap(b -> b.problems().stream()).map(LessonProblem::format).toList());
    }

    @Test
    void missingFolderIsOneBrokenEntry() {
        Course course = LessonLoader.load(dir.resolve("nope"));
        assertEquals(List.of(), course.lessons());
        assertEquals("lessons folder not found: " + dir.resolve("nope"),
                course.broken().get(0).problems().get(0).message());
    }

    @Test
    void bundledLessonsLoadFromTheBuildOutput() {
        Optional<Path> folder = LessonLoader.bundledFolder(LessonLoader.class.getClassLoader());
        assertTrue(folder.isPresent(), "lessons/README.md is not on the class path: is lessons/ a pom resource?");
        assertTrue(Files.isRegularFile(folder.get().resolve("README.md")));
        Course course = LessonLoader.loadBundled();
        assertEquals(List.of(), course.broken().stream().flatMap(b -> b.problems().stream())
                .map(LessonProblem::format).toList());
    }

    @Test
    void bundledLessonsLoadFromAJar() throws Exception {
        Path jar = dir.resolve("app.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            put(zip, "lessons/README.md", "# readme\n");
            put(zip, "lessons/01-one.md", lesson("one", "One", 1, "![pic](images/p.png)\n\n## Two\ntext\n"));
            put(zip, "lessons/02-bad.md", lesson("bad", "Bad", 2, "![pic](images/missing.png)\n"));
            put(zip, "lessons/images/p.png", "png");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Course course = LessonLoader.loadBundled(loader);
            assertEquals(List.of("one"), course.lessons().stream().map(Lesson::id).toList());
            Lesson one = course.lessons().get(0);
            assertEquals("Two", one.sections().get(1).heading());
            Path image = LessonImages.resolve(one.file(), "images/p.png").orElseThrow();
            assertEquals("png", new String(Files.readAllBytes(image), StandardCharsets.UTF_8));
            assertEquals("image 'images/missing.png' not found in the lessons folder",
                    course.broken().get(0).problems().get(0).message());
        }
    }

    @Test
    void withoutBundleTheCourseSaysSo() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[0], null)) {
            Course course = LessonLoader.loadBundled(loader);
            assertEquals(List.of(), course.lessons());
            assertTrue(course.broken().get(0).problems().get(0).message().contains("carries no lessons"));
        }
    }

    private static void put(ZipOutputStream zip, String name, String text) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void sourceResolution() throws Exception {
        Path given = dir.resolve("given");
        assertEquals(new LessonSource.Folder(given), LessonSource.resolve(Optional.of(given), dir));
        assertEquals(new LessonSource.Bundled(), LessonSource.resolve(Optional.empty(), dir));
        Files.createDirectories(dir.resolve("lessons"));
        assertEquals(new LessonSource.Folder(dir.resolve("lessons")), LessonSource.resolve(Optional.empty(), dir));
        assertEquals(Optional.empty(), new LessonSource.Bundled().watchableFolder());
    }

    // check-lessons

    private record Run(int code, String out, String err) {
    }

    private static Run check(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CheckLessonsCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void checkLessonsOnAGoodFolder() throws Exception {
        write("01-a.md", lesson("a", "A", 1, "text $x$\n"));
        write("02-b.md", lesson("b", "B", 2, "text\n"));
        Run run = check(dir.toString());
        assertEquals(0, run.code());
        assertEquals("checked 2 lessons: 0 problems" + System.lineSeparator(), run.out());
    }

    @Test
    void checkLessonsReportsProblemsWithFileAndLine() throws Exception {
        write("01-a.md", lesson("a", "A", 1, "text $\\nope$\n"));
        write("02-b.md", lesson("b", "B", 2, "```simulator\npreset: nope\n```\n"));
        Run run = check(dir.toString());
        assertEquals(1, run.code());
        String nl = System.lineSeparator();
        assertEquals(dir.resolve("01-a.md") + ":6: LaTeX does not parse: Unknown symbol or command or predefined "
                + "TeXFormula: 'nope' in $\\nope$" + nl
                + dir.resolve("02-b.md") + ":7: unknown preset 'nope'; known: "
                + org.ganclassroom.sim.config.ExperimentPresets.listed(LessonVocabulary.PRESETS) + nl
                + "checked 2 lessons: 2 problems" + nl, run.out());
    }

    @Test
    void checkLessonsOnAMissingFolderOrBadArguments() {
        Run run = check(dir.resolve("none").toString());
        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().contains("no lessons folder at " + dir.resolve("none")), run.err());
        assertEquals(2, check("a", "b").code());
        assertEquals(0, check("--help").code());
    }
}
