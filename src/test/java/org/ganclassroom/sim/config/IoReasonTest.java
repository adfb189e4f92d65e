package org.ganclassroom.sim.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "cannot write to X: X" gave no reason; every failure now says which file and why, in plain words. */
class IoReasonTest {
    @Test
    void namesFileAndReason() {
        assertEquals("/o/metrics.csv: permission denied", IoReason.of(new AccessDeniedException("/o/metrics.csv")));
        assertEquals("/o: no such file or folder", IoReason.of(new NoSuchFileException("/o")));
        assertEquals("/o/final.json: disk full",
                IoReason.of(new FileSystemException("/o/final.json", null, "No space left on device")));
        assertEquals("/o: is a folder, not a file", IoReason.of(new FileSystemException("/o", null, "Is a directory")));
        assertEquals("/o: read-only file system",
                IoReason.of(new FileSystemException("/o", null, "Read-only file system")));
        assertEquals("disk full", IoReason.of(new IOException("No space left on device")));
    }
}
