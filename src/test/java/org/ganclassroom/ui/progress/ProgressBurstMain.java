package org.ganclassroom.ui.progress;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The child process of {@link ProgressKillTest}: loads the progress in the given folder (state k = lessons
 * {@code lesson-0 … lesson-(k-1)} visited, the last of them opened last), says {@code loaded k}, then saves
 * state k+1, k+2, … through the real store as fast as it can, saying {@code saved n} after each, until killed.
 * It stops by itself once nobody reads its output or after {@link #MAX_SECONDS}, so it never outlives the test;
 * with a second argument {@code once} it saves one state and exits (to record a class-data archive).
 */
public final class ProgressBurstMain {
    static final int MAX_SECONDS = 60;

    private ProgressBurstMain() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        ProgressStore store = new ProgressStore(Path.of(args[0]), System.err);
        int k = store.get().visitedLessons().size();
        out.println("loaded " + k);
        out.flush();
        long end = System.nanoTime() + MAX_SECONDS * 1_000_000_000L;
        for (int n = k + 1; System.nanoTime() < end; n++) {
            store.markVisited("lesson-" + (n - 1));
            out.println("saved " + n);
            if (out.checkError() || args.length > 1 && args[1].equals("once")) {
                return;
            }
        }
    }
}
