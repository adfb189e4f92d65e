package org.ganclassroom.lesson;

import org.ganclassroom.lesson.scenario.ScenarioCheck;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code gan-classroom.jar check-lessons [DIR]}: checks a lessons folder (default {@code ./lessons}) the way the app
 * loads it and prints {@code file:line: message} per problem and a summary. Exit code 0 when all is well, 1 when
 * there are problems, 2 when the folder is missing or the arguments are wrong.
 */
public final class CheckLessonsCommand {
    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;

    private static final String USAGE_TEXT = "usage: check-lessons [--run] [DIR]   (DIR defaults to ./lessons)";

    private CheckLessonsCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(USAGE_TEXT);
            out.println("Checks every *.md lesson (not README.md): front matter, blocks, LaTeX, images, ids.");
            out.println("--run also runs every simulator block's scenario headless on its seeds and checks its"
                    + " 'expect:' claims.");
            return OK;
        }
        boolean runScenarios = args.length > 0 && args[0].equals("--run");
        if (runScenarios) {
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        if (args.length > 1 || (args.length == 1 && args[0].startsWith("-"))) {
            err.println("check-lessons: unexpected arguments " + String.join(" ", args));
            err.println(USAGE_TEXT);
            return USAGE;
        }
        if (args.length == 1 && args[0].isBlank()) {
            // Path.of("") is the working directory: an empty argument must not quietly check that
            err.println("check-lessons: the folder name is empty");
            err.println(USAGE_TEXT);
            return USAGE;
        }
        Path dir;
        try {
            dir = Path.of(args.length == 1 ? args[0] : "lessons");
        } catch (java.nio.file.InvalidPathException e) {
            err.println("check-lessons: not a folder name: " + args[0] + " (" + e.getReason() + ")");
            return USAGE;
        }
        if (!Files.isDirectory(dir)) {
            err.println("check-lessons: no lessons folder at " + dir);
            return USAGE;
        }
        List<LessonFile> files;
        try {
            files = LessonLoader.parseFolder(dir);
        } catch (IOException e) {
            err.println("check-lessons: cannot read " + dir + ": " + e.getMessage());
            return USAGE;
        }
        int problems = 0;
        for (LessonFile f : files) {
            for (LessonProblem p : f.problems()) {
                out.println(p.format());
                problems++;
            }
        }
        out.println("checked " + files.size() + (files.size() == 1 ? " lesson: " : " lessons: ") + problems
                + (problems == 1 ? " problem" : " problems"));
        if (runScenarios) {
            problems += runScenarios(files, out);
        }
        return problems == 0 ? OK : PROBLEMS;
    }

    /** Runs the simulator blocks' scenarios, one run per core at a time; returns the number of unmet claims. */
    private static int runScenarios(List<LessonFile> files, PrintStream out) {
        ScenarioCheck.Report report = new ScenarioCheck(Runtime.getRuntime().availableProcessors()).check(files);
        for (LessonProblem p : report.problems()) {
            out.println(p.format());
        }
        int n = report.problems().size();
        out.println("ran " + report.scenarios() + " scenarios (" + report.runs() + " runs): " + n
                + (n == 1 ? " unmet claim" : " unmet claims"));
        return n;
    }
}
