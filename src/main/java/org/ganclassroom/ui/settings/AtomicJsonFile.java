package org.ganclassroom.ui.settings;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One small JSON file in the user's config folder (settings, progress).
 * <p>Reading never throws and never blocks: only a regular file (not a link, pipe, device or folder) of at most
 * {@link #MAX_BYTES} is opened, without following links, and read through a bounded buffer. A file that is not
 * one, or is not a JSON object, is renamed aside ({@code NAME.unreadable-<time>} / {@code NAME.corrupt-<time>});
 * a file with some bad fields keeps its good ones: it is renamed aside under the second name and written anew with
 * what was kept. Nothing the user saved is ever deleted. Every such event is a line on the warning stream and a
 * {@link #notices() notice} for the window.
 * <p>Writing goes to a temp file in the same folder, which is flushed to disk and then renamed over the old file
 * atomically (then the folder is flushed), so a crash or power cut leaves the old file or the new one, whole.
 *
 * @param <T> the record stored in the file
 */
public final class AtomicJsonFile<T> {
    /** Far above anything the app writes (a few KB), far below what could slow the start. */
    public static final int MAX_BYTES = 1 << 20;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final int SHOWN_CHARS = 120;

    private final Path dir;
    private final String fileName;
    private final Function<ObjectNode, Salvaged<T>> decoder;
    private final String what;
    private final PrintStream warnings;
    private final List<String> notices = new ArrayList<>();
    /** Shared: a mapper is costly to build and to warm up, and is thread-safe once configured. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /**
     * @param decoder builds the value from the file's top-level object, keeping every valid field
     * @param what    how messages name the contents, e.g. "settings" or "progress"
     */
    public AtomicJsonFile(Path dir, String fileName, Function<ObjectNode, Salvaged<T>> decoder, String what,
                          PrintStream warnings) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.what = Objects.requireNonNull(what, "what");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
    }

    public Path file() {
        return dir.resolve(fileName);
    }

    /** What the last {@link #read()} had to tell the user (a file set aside, fields dropped); empty if nothing. */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    /**
     * The stored value, with every valid field kept; empty if there is no file (quietly) or nothing in it can be
     * used (with a notice). Never throws, never waits on anything but a bounded read of a regular file.
     */
    public Optional<T> read() {
        notices.clear();
        Path file = file();
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            report("could not be read (" + reason(e) + "); started without the saved " + what);
            return Optional.empty();
        }
        if (!attrs.isRegularFile()) {
            return refuse("unreadable", "is " + FileKinds.describe(file, attrs) + ", not a regular file");
        }
        if (attrs.size() > MAX_BYTES) {
            return refuse("unreadable", "is " + FileKinds.size(attrs.size()) + "; a " + what + " file is never more than "
                    + FileKinds.size(MAX_BYTES));
        }
        byte[] bytes;
        // NOFOLLOW: a link swapped in since the check above is refused by open(2), not followed
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException | RuntimeException e) {
            report("could not be read (" + reason(e) + "); started without the saved " + what);
            return Optional.empty();
        }
        if (bytes.length > MAX_BYTES) {
            return refuse("unreadable", "grew past " + FileKinds.size(MAX_BYTES) + " while it was read");
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(bytes);
        } catch (IOException | RuntimeException e) {
            return refuse("corrupt", "is not valid JSON (" + reason(e) + ")");
        }
        if (tree == null || tree.isMissingNode()) {
            return refuse("corrupt", "is empty");
        }
        if (!tree.isObject()) {
            return refuse("corrupt", "holds " + JsonFieldReader.show(tree) + ", not a JSON object");
        }
        Salvaged<T> salvaged;
        try {
            salvaged = decoder.apply((ObjectNode) tree);
        } catch (RuntimeException e) {
            return refuse("corrupt", "could not be read (" + reason(e) + ")");
        }
        if (!salvaged.dropped().isEmpty()) {
            String dropped = "dropped " + String.join("; ", salvaged.dropped()) + "; kept the rest";
            Path aside;
            try {
                aside = moveAside("corrupt");
            } catch (IOException | RuntimeException e) {
                report(dropped + " for this session (the file could not be moved aside, so it is left as it is: "
                        + reason(e) + ")");
                return Optional.of(salvaged.value());
            }
            tryWrite(salvaged.value()); // so the next start finds what was kept
            report(dropped + ". The original file is kept as " + aside.getFileName());
        }
        return Optional.of(salvaged.value());
    }

    private Optional<T> refuse(String tag, String problem) {
        try {
            Path aside = moveAside(tag);
            report(problem + "; moved it aside to " + aside.getFileName() + " and started without the saved " + what);
        } catch (IOException | RuntimeException e) {
            report(problem + ", and it could not be moved aside (" + reason(e) + "); started without the saved " + what);
        }
        return Optional.empty();
    }

    /** Renames the file (a link itself, not its target) to a fresh {@code NAME.TAG-<time>} beside it. */
    private Path moveAside(String tag) throws IOException {
        String base = fileName + "." + tag + "-" + LocalDateTime.now().format(STAMP);
        for (int n = 1; ; n++) {
            Path aside = file().resolveSibling(n == 1 ? base : base + "-" + n);
            try {
                return Files.move(file(), aside); // no REPLACE_EXISTING: an earlier file set aside stays
            } catch (FileAlreadyExistsException e) {
                if (n >= 100) {
                    throw e;
                }
            }
        }
    }

    private void report(String message) {
        warnings.println("gan-classroom: warning: " + file() + " " + message);
        notices.add(fileName + " (in " + dir + ") " + message);
    }

    private static String reason(Throwable e) {
        String text;
        if (e instanceof JacksonException je) {
            JsonLocation at = je.getLocation();
            String msg = firstLine(je.getOriginalMessage());
            text = at == null || at.getLineNr() < 1 ? msg : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + msg;
        } else {
            text = e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
        }
        return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "…";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Writes the value: temp file in the same folder, flushed to disk, atomically renamed over the file. */
    public void write(T value) throws IOException {
        Objects.requireNonNull(value, "value");
        byte[] bytes = JSON.writeValueAsBytes(value);
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, fileName + ".", ".tmp");
        try {
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    out.write(buf);
                }
                out.force(true); // the data is on disk before the name points at it
            }
            try {
                Files.move(tmp, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder();
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Makes the rename itself durable; some systems cannot open a folder for this, which only costs durability. */
    private void syncFolder() {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | RuntimeException e) {
            // the rename is still atomic, only not yet flushed
        }
    }

    /** Like {@link #write} but reports a failure as a warning instead of throwing. */
    public boolean tryWrite(T value) {
        try {
            write(value);
            return true;
        } catch (IOException | RuntimeException e) {
            warnings.println("gan-classroom: warning: could not save " + what + " to " + file() + " (" + reason(e) + ")");
            return false;
        }
    }
}
