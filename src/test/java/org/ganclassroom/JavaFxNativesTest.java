package org.ganclassroom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JavaFxNativesTest {
    @TempDir
    Path dir;

    @Test
    void everyPlatformJavaFxPublishesMapsToItsClassifier() {
        assertEquals(Optional.of("linux"), JavaFxNatives.platform("Linux", "amd64"));
        assertEquals(Optional.of("linux-aarch64"), JavaFxNatives.platform("Linux", "aarch64"));
        assertEquals(Optional.of("win"), JavaFxNatives.platform("Windows 11", "amd64"));
        assertEquals(Optional.of("mac"), JavaFxNatives.platform("Mac OS X", "x86_64"));
        assertEquals(Optional.of("mac-aarch64"), JavaFxNatives.platform("Mac OS X", "aarch64"));
    }

    @Test
    void platformsWithoutJavaFxBuildsAreNamedAsUnsupported() {
        assertEquals(Optional.empty(), JavaFxNatives.platform("Linux", "riscv64"));
        assertEquals(Optional.empty(), JavaFxNatives.platform("Windows 10", "x86"));
        assertEquals(Optional.empty(), JavaFxNatives.platform("SunOS", "amd64"));
    }

    @Test
    void onlyThisPlatformsLibrariesAreUnpackedAndNothingEscapesTheCache() throws IOException {
        Path jar = jar("natives/linux/libglass.so", "linux glass",
                "natives/linux/libprism_es2.so", "linux prism",
                "natives/win/glass.dll", "windows glass",
                "natives/linux/../../evil.so", "escape",
                "com/example/A.class", "class");
        Path cache = dir.resolve("cache");

        List<Path> files = JavaFxNatives.unpack(jar, "linux", cache);

        assertEquals(List.of("libglass.so", "libprism_es2.so"),
                files.stream().map(p -> p.getFileName().toString()).sorted().toList());
        assertEquals("linux glass", Files.readString(files.get(0).getParent().resolve("libglass.so")));
        assertTrue(files.stream().allMatch(p -> p.startsWith(cache)));
        assertFalse(Files.exists(dir.resolve("evil.so")));
        assertFalse(Files.exists(cache.resolve("evil.so")));
    }

    @Test
    void aSecondStartReusesTheUnpackedFilesAndANewBuildGetsItsOwnFolder() throws IOException {
        Path cache = dir.resolve("cache");
        Path first = JavaFxNatives.unpack(jar("natives/mac/libglass.dylib", "v1"), "mac", cache).get(0);
        FileTime written = FileTime.fromMillis(1_000);
        Files.setLastModifiedTime(first, written);

        Path again = JavaFxNatives.unpack(jar("natives/mac/libglass.dylib", "v1"), "mac", cache).get(0);
        Path newer = JavaFxNatives.unpack(jar("natives/mac/libglass.dylib", "v2"), "mac", cache).get(0);

        assertEquals(first, again);
        assertEquals(written, Files.getLastModifiedTime(again), "an identical file is not copied again");
        assertNotEquals(first.getParent(), newer.getParent());
        assertEquals("v2", Files.readString(newer));
    }

    @Test
    void aJarWithoutThisPlatformsFolderUnpacksNothing() throws IOException {
        assertTrue(JavaFxNatives.unpack(jar("natives/win/glass.dll", "w"), "linux-aarch64", dir).isEmpty());
    }

    private Path jar(String... namesAndContents) throws IOException {
        Path jar = Files.createTempFile(dir, "app", ".jar");
        try (OutputStream raw = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(raw)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                out.putNextEntry(new JarEntry(namesAndContents[i]));
                out.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }
}
