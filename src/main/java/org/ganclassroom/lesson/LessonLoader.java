package org.ganclassroom.lesson;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Loads a whole lessons folder. Every {@code *.md} except {@code README.md} is a lesson; a broken file becomes a
 * {@link BrokenLesson} and never stops the others. Lessons come in course order (order, then file name).
 */
public final class LessonLoader {
    /** Where the jar carries its copy of the shipped {@code lessons/} folder; {@code README.md} marks it. */
    public static final String BUNDLED_FOLDER = "lessons";
    static final String BUNDLE_MARKER = BUNDLED_FOLDER + "/README.md";

    private static final Comparator<LessonFile> COURSE_ORDER = Comparator.comparingInt(LessonFile::order)
            .thenComparing(f -> LessonParser.fileTitle(f.file()));
    private static final Map<URI, FileSystem> JAR_FILE_SYSTEMS = new ConcurrentHashMap<>();

    private LessonLoader() {
    }

    /** Loads a folder; a missing folder gives a course whose only entry is a broken one saying so. */
    public static Course load(Path dir) {
        if (!Files.isDirectory(dir)) {
            return missing(dir, "lessons folder not found: " + dir);
        }
        try {
            return toCourse(parseFolder(dir));
        } catch (IOException e) {
            return missing(dir, "cannot read the lessons folder " + dir + ": " + e.getMessage());
        }
    }

    /**
     * Parses every lesson file of a folder in course order, with problems that only show across files
     * (duplicate ids, reported in each file that uses the id).
     */
    public static List<LessonFile> parseFolder(Path dir) throws IOException {
        List<LessonFile> files = new ArrayList<>();
        Path root = dir.toRealPath();
        for (Path file : lessonFiles(dir)) {
            files.add(linksOutside(file, root) ? linkedOutside(file) : LessonParser.parse(file));
        }
        return withDuplicateIds(files);
    }

    private static boolean linksOutside(Path file, Path root) {
        try {
            return !file.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false; // gone or unreadable: parsing it says so
        }
    }

    private static LessonFile linkedOutside(Path file) {
        return new LessonFile(file, null, LessonParser.fileTitle(file), Integer.MAX_VALUE, null, List.of(
                new LessonProblem(file, 0, "this lesson is a link to a file outside the lessons folder; copy the"
                        + " file into the folder instead (lessons read no other files)")));
    }

    /** The lesson files of a folder: {@code *.md} but not {@code README.md}, by file name. */
    public static List<Path> lessonFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(LessonLoader::isLessonFile).sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
    }

    /** Whether a path names a lesson file ({@code *.md}, not {@code README.md}). */
    public static boolean isLessonFile(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        return name.endsWith(".md") && !name.equalsIgnoreCase("README.md") && Files.isRegularFile(p);
    }

    static List<LessonFile> withDuplicateIds(List<LessonFile> files) {
        Map<String, List<LessonFile>> byId = new LinkedHashMap<>();
        for (LessonFile f : files) {
            if (f.id() != null) {
                byId.computeIfAbsent(f.id(), k -> new ArrayList<>()).add(f);
            }
        }
        List<LessonFile> out = new ArrayList<>();
        for (LessonFile file : files) {
            LessonFile f = file;
            List<LessonFile> same = f.id() == null ? List.of() : byId.get(f.id());
            if (same.size() > 1) {
                List<String> others = same.stream().filter(o -> o != file)
                        .map(o -> LessonParser.fileTitle(o.file())).toList();
                int line = idLine(f);
                f = f.withProblems(List.of(new LessonProblem(f.file(), line, "duplicate lesson id '" + f.id()
                        + "': also used by " + String.join(", ", others))));
            }
            out.add(f);
        }
        out.sort(COURSE_ORDER);
        return out;
    }

    private static int idLine(LessonFile f) {
        try {
            List<String> lines = Files.readAllLines(f.file());
            for (int i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
                if (lines.get(i).matches("\\s*id\\s*:.*")) {
                    return i + 1;
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall back to the first line
        }
        return 1;
    }

    /** Good lessons and broken ones, each in course order. */
    public static Course toCourse(List<LessonFile> files) {
        List<LessonFile> sorted = new ArrayList<>(files);
        sorted.sort(COURSE_ORDER);
        List<Lesson> lessons = sorted.stream().filter(LessonFile::ok).map(LessonFile::lesson).toList();
        List<BrokenLesson> broken = sorted.stream().filter(f -> !f.ok()).map(LessonFile::broken).toList();
        return new Course(lessons, broken);
    }

    private static Course missing(Path dir, String message) {
        return new Course(List.of(), List.of(new BrokenLesson(dir, "Lessons not found", Integer.MAX_VALUE,
                List.of(new LessonProblem(dir, 0, message)))));
    }

    /** Loads the copy of the shipped lessons that this build carries (from target/classes or the jar). */
    public static Course loadBundled() {
        return loadBundled(LessonLoader.class.getClassLoader());
    }

    static Course loadBundled(ClassLoader loader) {
        Optional<Path> folder = bundledFolder(loader);
        return folder.isPresent() ? load(folder.get())
                : missing(Path.of(BUNDLED_FOLDER), "this build carries no lessons (no " + BUNDLE_MARKER + " resource)");
    }

    /**
     * The bundled lessons folder as a path: a directory under target/classes, or a folder inside the jar (a zip
     * file system that stays open, so lesson files and images can be read through their paths later).
     */
    public static Optional<Path> bundledFolder(ClassLoader loader) {
        URL marker = loader.getResource(BUNDLE_MARKER);
        if (marker == null) {
            return Optional.empty();
        }
        try {
            URI uri = marker.toURI();
            if (uri.getScheme().equals("jar")) {
                String s = uri.toString();
                URI jar = URI.create(s.substring(0, s.indexOf("!/")));
                FileSystem fs = JAR_FILE_SYSTEMS.computeIfAbsent(jar, LessonLoader::openJar);
                return Optional.of(fs.getPath("/" + BUNDLED_FOLDER));
            }
            return Optional.of(Path.of(uri).getParent());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static FileSystem openJar(URI jar) {
        try {
            return FileSystems.newFileSystem(jar, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(jar);
        } catch (IOException e) {
            throw new IllegalStateException("cannot open " + jar, e);
        } catch (FileSystemNotFoundException e) {
            throw new IllegalStateException("cannot open " + jar, e);
        }
    }
}
