package org.ganclassroom;

import java.util.Arrays;
import java.util.OptionalInt;

/**
 * Entry point of {@code gan-classroom.jar}. It does not extend {@code Application}, so the shaded jar
 * starts without a JavaFX module path, and the {@code sim}, {@code clip} and {@code check-lessons} sub-commands never
 * load a JavaFX class.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("sim")) {
            int code = org.ganclassroom.sim.cli.SimCommand.run(Arrays.copyOfRange(args, 1, args.length),
                    System.out, System.err);
            System.exit(code);
        }
        if (args.length > 0 && args[0].equals("clip")) {
            // drawn off screen with Java2D: no display needed, none looked for
            System.setProperty("java.awt.headless", "true");
            int code = org.ganclassroom.clip.ClipCommand.run(Arrays.copyOfRange(args, 1, args.length),
                    System.out, System.err);
            System.exit(code);
        }
        if (args.length > 0 && args[0].equals("check-lessons")) {
            int code = org.ganclassroom.lesson.CheckLessonsCommand.run(Arrays.copyOfRange(args, 1, args.length),
                    System.out, System.err);
            System.exit(code);
        }
        // bad arguments and --help are handled here, before JavaFX starts or any window opens
        OptionalInt exit = org.ganclassroom.ui.AppArguments.preflight(Arrays.asList(args), System.out, System.err);
        if (exit.isPresent()) {
            System.exit(exit.getAsInt());
        }
        java.util.Optional<String> nativesProblem = JavaFxNatives.prepare();
        if (nativesProblem.isPresent()) {
            System.err.println(nativesProblem.get());
            System.exit(1);
        }
        org.ganclassroom.ui.GanClassroomApp.launchApp(args);
    }
}
