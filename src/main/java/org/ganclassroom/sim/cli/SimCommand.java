package org.ganclassroom.sim.cli;

import java.io.PrintStream;

/** Headless {@code sim} command (placeholder until the trainer lands). */
public final class SimCommand {
    private SimCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("sim: not built yet");
        return 2;
    }
}
