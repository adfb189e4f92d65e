package org.ganclassroom.lesson;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXFormula;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A lesson reads only files inside its folder and makes no web requests (issue 19, items 1 and 2). A local server
 * socket counts connections: a request made while checking would wait in its backlog.
 */
class LessonSandboxTest {
    @TempDir
    Path dir;
    @TempDir
    Path elsewhere;
    private LoopbackListener server;

    @BeforeEach
    void listen() throws IOException {
        server = new LoopbackListener();
    }

    @AfterEach
    void close() throws IOException {
        server.close();
    }

    private String url() {
        return server.imageUrl();
    }

    private List<String> problems(String body) throws IOException {
        Path file = dir.resolve("01-l.md");
        Files.writeString(file, "---\nid: t\ntitle: T\norder: 1\n---\n" + body);
        Course course = LessonLoader.load(dir);
        return course.broken().stream().flatMap(b -> b.problems().stream()).map(p -> p.line() + ": " + p.message())
                .toList();
    }

    private static String refused(String command) {
        return "formula refused: \\" + command + " is not allowed in lessons (lesson maths may not load files or URLs,"
                + " or define commands, colours or fonts for other formulas)";
    }

    @Test
    void includegraphicsOfAUrlIsRefusedWithoutAConnection() throws IOException {
        String formula = "$\\includegraphics{" + url() + "}$";
        assertEquals(List.of("6: " + refused("includegraphics") + " in " + formula), problems(formula + "\n"));
        assertEquals(0, server.connections());
    }

    @Test
    void includegraphicsOfAnAbsolutePathIsRefused() throws IOException {
        Path png = Files.write(elsewhere.resolve("secret.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        List<String> problems = problems("text\n\n$$\\includegraphics[width=1cm]{" + png + "}$$\n");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("8: " + refused("includegraphics")), problems.get(0));
    }

    @Test
    void commandsThatChangeOtherFormulasAreRefused() throws IOException {
        assertTrue(problems("$\\newcommand{\\g}[1]{\\inc#1}\\g{ludegraphics}{x}$\n").get(0)
                .startsWith("6: " + refused("newcommand")));
        assertTrue(problems("$\\renewcommand{\\frac}{x}$\n").get(0).startsWith("6: " + refused("renewcommand")));
        assertTrue(problems("```proof\nsteps:\n  - math: '\\jlmDynamic{x}'\n```\n").get(0)
                .startsWith("8: " + refused("jlmDynamic")));
    }

    /** Even a formula that bypassed the checker cannot load anything: the commands are inert inside JLaTeXMath. */
    @Test
    void jlatexmathItselfCannotLoadOnceTheGuardIsInstalled() throws IOException {
        LatexGuard.install();
        ParseException e = assertThrows(ParseException.class,
                () -> new TeXFormula("x + \\includegraphics{" + url() + "}"));
        assertTrue(e.getMessage().contains("\\includegraphics is not allowed in lessons"), e.getMessage());
        // a macro that glues the command's name together reaches the same inert command
        assertThrows(ParseException.class, () -> new TeXFormula("\\newcommand{\\g}[1]{\\inc#1}\\g{ludegraphics}{"
                + url() + "}"));
        assertEquals(0, server.connections());
    }

    @Test
    void anImageLinkedOutsideTheFolderIsRefusedAndNeverResolved() throws IOException {
        Path secret = Files.write(elsewhere.resolve("secret.png"), new byte[] {1, 2, 3});
        Files.createDirectories(dir.resolve("images"));
        Files.createSymbolicLink(dir.resolve("images/cat.png"), secret);
        assertEquals(List.of("6: image 'images/cat.png' is a link to a file outside the lessons folder: copy the file"
                + " into the folder instead (lessons read no other files)"), problems("![cat](images/cat.png)\n"));
        assertTrue(LessonImages.resolve(dir.resolve("01-l.md"), "images/cat.png").isEmpty());
        assertTrue(LessonImages.resolveIn(dir, "images/cat.png").isEmpty());
    }

    @Test
    void aLinkInsideTheFolderIsFine() throws IOException {
        Files.createDirectories(dir.resolve("images"));
        Path real = Files.write(dir.resolve("images/real.png"), new byte[] {1});
        Files.createSymbolicLink(dir.resolve("images/alias.png"), real);
        assertEquals(List.of(), problems("![cat](images/alias.png)\n"));
        assertEquals(real.toRealPath(), LessonImages.resolveIn(dir, "images/alias.png").orElseThrow());
    }

    @Test
    void aFolderOfImagesLinkedOutsideIsRefused() throws IOException {
        Files.write(elsewhere.resolve("secret.png"), new byte[] {1});
        Files.createSymbolicLink(dir.resolve("images"), elsewhere);
        assertTrue(problems("![s](images/secret.png)\n").get(0).contains("is a link to a file outside"));
    }

    @Test
    void aLessonFileLinkedOutsideIsABrokenLesson() throws IOException {
        Path outside = Files.writeString(elsewhere.resolve("other.md"), "---\nid: o\ntitle: O\norder: 1\n---\nhi\n");
        Files.createSymbolicLink(dir.resolve("02-link.md"), outside);
        Course course = LessonLoader.load(dir);
        assertEquals(List.of(), course.lessons());
        assertEquals("this lesson is a link to a file outside the lessons folder; copy the file into the folder"
                + " instead (lessons read no other files)", course.broken().get(0).problems().get(0).message());
    }
}
