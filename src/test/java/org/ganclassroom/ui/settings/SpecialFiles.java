package org.ganclassroom.ui.settings;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Makes the hostile things a config file can be: a FIFO, a link to /dev/zero, a sparse huge file, a folder. */
public final class SpecialFiles {
    private SpecialFiles() {
    }

    public static void fifo(Path path) throws Exception {
        Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo is needed for this test");
    }

    /** If a reader is stuck opening the FIFO (old code), gives it an EOF so the test can end. */
    public static void unblock(Path fifo) {
        Thread t = new Thread(() -> {
            // WRITE only: once the app has renamed the pipe aside, opening must not create a file under its old name
            try (OutputStream out = Files.newOutputStream(fifo, java.nio.file.StandardOpenOption.WRITE)) {
                out.flush();
            } catch (IOException ignored) {
                // nobody was waiting
            }
        });
        t.setDaemon(true);
        t.start();
    }

    public static void linkToDevZero(Path path) throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "/dev/zero is needed for this test");
        Files.createSymbolicLink(path, Path.of("/dev/zero"));
    }

    /** A sparse file of the given size (takes no disk space). */
    public static void huge(Path path, long bytes) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(path.toFile(), "rw")) {
            f.write('{');
            f.setLength(bytes);
        }
    }
}
