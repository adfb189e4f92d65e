package org.ganclassroom;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Makes the runnable jar start on every platform JavaFX publishes. The jar carries each platform's JavaFX
 * natives under {@code natives/<platform>/} (the x64 and arm64 builds share file names, so they cannot all
 * sit at the root where JavaFX looks first); this class copies the running machine's set to a cache folder
 * and puts that folder on {@code java.library.path}, which JavaFX's loader reads when it finds no library
 * at the jar's root. It must run before any JavaFX class loads, and it loads none itself.
 */
final class JavaFxNatives {
    static final String FOLDER = "natives/";

    private JavaFxNatives() {
    }

    /** The platform folder JavaFX's Maven classifiers name for this OS and CPU, if JavaFX publishes one. */
    static Optional<String> platform(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        boolean arm64 = arch.equals("aarch64") || arch.equals("arm64");
        boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
        if (!arm64 && !x64) {
            return Optional.empty();
        }
        if (os.startsWith("windows")) {
            return x64 ? Optional.of("win") : Optional.empty();
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return Optional.of(arm64 ? "mac-aarch64" : "mac");
        }
        if (os.startsWith("linux")) {
            return Optional.of(arm64 ? "linux-aarch64" : "linux");
        }
        return Optional.empty();
    }

    /**
     * Called by the launcher before JavaFX starts. Does nothing when JavaFX's natives are already where it
     * looks (run from Maven, or from a jar built the old way); otherwise unpacks this platform's set.
     *
     * @return an error message for the user, or empty when JavaFX can start
     */
    static Optional<String> prepare() {
        if (JavaFxNatives.class.getResource("/" + System.mapLibraryName("glass")) != null) {
            return Optional.empty();
        }
        Optional<Path> jar = runningJar();
        if (jar.isEmpty()) {
            return Optional.empty();
        }
        String os = System.getProperty("os.name", "");
        String arch = System.getProperty("os.arch", "");
        Optional<String> platform = platform(os, arch);
        if (platform.isEmpty()) {
            return Optional.of("GAN Classroom's jar carries JavaFX for Linux, macOS (x64, arm64) and Windows (x64); "
                    + "this machine is " + os + " on " + arch + ". The sim and check-lessons commands still work.");
        }
        Path cache = cacheRoot();
        try {
            List<Path> copied = unpack(jar.get(), platform.get(), cache);
            if (copied.isEmpty()) {
                return Optional.empty();
            }
            Path folder = copied.get(0).getParent();
            String old = System.getProperty("java.library.path", "");
            System.setProperty("java.library.path",
                    folder.toAbsolutePath() + (old.isEmpty() ? "" : java.io.File.pathSeparator + old));
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("Could not unpack JavaFX's native libraries to " + cache + ": " + e.getMessage());
        }
    }

    /**
     * Copies every file under {@code natives/<platform>/} in {@code jar} to a folder under {@code cacheRoot}
     * named after the platform and the files' checksums (so two builds never share a folder), leaving alone a
     * file already there with the same content, so a second start copies nothing.
     *
     * @return the files now in that folder that came from the jar
     */
    static List<Path> unpack(Path jar, String platform, Path cacheRoot) throws IOException {
        String prefix = FOLDER + platform + "/";
        List<Path> out = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            java.util.zip.CRC32 sum = new java.util.zip.CRC32();
            file.stream().filter(e -> e.getName().startsWith(prefix))
                    .forEach(e -> sum.update(Long.toString(e.getCrc()).getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            Path target = cacheRoot.resolve(platform + "-" + Long.toHexString(sum.getValue()));
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(prefix)) {
                    continue;
                }
                String leaf = name.substring(prefix.length());
                // only plain file names: an entry cannot place a file outside the cache folder
                if (leaf.isEmpty() || leaf.contains("/") || leaf.contains("\\") || leaf.startsWith(".")) {
                    continue;
                }
                Files.createDirectories(target);
                Path dest = target.resolve(leaf);
                if (!sameContent(file, entry, dest)) {
                    Path tmp = Files.createTempFile(target, leaf, ".part");
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                    }
                    Files.move(tmp, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
                out.add(dest);
            }
        }
        return out;
    }

    private static boolean sameContent(JarFile file, JarEntry entry, Path dest) throws IOException {
        if (!Files.isRegularFile(dest) || Files.size(dest) != entry.getSize()) {
            return false;
        }
        try (InputStream in = file.getInputStream(entry)) {
            return java.util.Arrays.equals(in.readAllBytes(), Files.readAllBytes(dest));
        }
    }

    private static Optional<Path> runningJar() {
        try {
            CodeSource source = JavaFxNatives.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static Path cacheRoot() {
        Path home = Path.of(System.getProperty("user.home", "."));
        Path preferred = home.resolve(".gan-classroom").resolve("natives");
        try {
            Files.createDirectories(preferred);
            if (Files.isWritable(preferred)) {
                return preferred;
            }
        } catch (IOException | SecurityException e) {
            // fall through to the temporary folder, as JavaFX's own loader does
        }
        return Path.of(System.getProperty("java.io.tmpdir")).resolve("gan-classroom-" + System.getProperty("user.name", "user"))
                .resolve("natives");
    }
}
