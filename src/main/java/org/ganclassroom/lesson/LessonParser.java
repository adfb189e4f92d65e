package org.ganclassroom.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one lesson file (see {@code lessons/README.md}): YAML front matter, then Markdown split into sections at
 * {@code ## } headings, with fenced quiz, truefalse, timeline, proof and simulator blocks. Every problem found
 * (YAML, block structure, LaTeX, images, unknown fences) carries its 1-based line in the original file.
 * Images are looked up next to the file, so the file's path must be its real place (on disk or in the jar).
 */
public final class LessonParser {
    /** Largest lesson file read, in bytes (1 MiB); the longest shipped lesson is a small fraction of it. */
    public static final int MAX_BYTES = 1 << 20;
    private static final Pattern HEADING = Pattern.compile("^ {0,3}##(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");

    private LessonParser() {
    }

    /** Reads and parses a file; an unreadable or oversized file is a broken lesson. */
    public static LessonFile parse(Path file) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // read one byte past the limit, never the whole file: it may be huge or never end
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            return unreadable(file, "cannot read the file: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            return unreadable(file, "file is larger than " + MAX_BYTES + " bytes (1 MiB), the limit for one lesson:"
                    + " split it into several lessons");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return unreadable(file, "file is not UTF-8 text");
        }
        return parse(file, text);
    }

    private static LessonFile unreadable(Path file, String message) {
        return new LessonFile(file, null, fileTitle(file), Integer.MAX_VALUE, null,
                List.of(new LessonProblem(file, 0, message)));
    }

    /**
     * Parses the text of a file. Never throws: the checks bound what could recurse deeply (YAML nesting, LaTeX
     * nesting, Markdown nesting), and anything they missed still turns into a broken lesson, not a crash.
     */
    public static LessonFile parse(Path file, String text) {
        try {
            return parseText(file, text);
        } catch (RuntimeException | StackOverflowError e) {
            return unreadable(file, "this lesson could not be read (" + e.getClass().getSimpleName()
                    + "): it is probably nested too deeply; please report it as a bug in the lesson checker");
        }
    }

    private static LessonFile parseText(Path file, String text) {
        if (text.length() > MAX_BYTES) {
            return unreadable(file, "text is longer than " + MAX_BYTES + " characters, the limit for one lesson:"
                    + " split it into several lessons");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r?\n", -1);
        Problems problems = new Problems(file);
        TextChecks checks = new TextChecks(file, problems);

        FrontMatter front;
        int bodyStart; // 0-based index of the first body line
        if (lines[0].strip().equals("---")) {
            int close = -1;
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].strip().equals("---")) {
                    close = i;
                    break;
                }
                if (lines[i].strip().equals("...")) {
                    // YAML allows '...' to end a document, but lessons/README.md promises '---' only
                    problems.add(i + 1, "front matter must be closed by a '---' line, not '...'");
                    close = i;
                    break;
                }
            }
            if (close < 0) {
                problems.add(1, "front matter is not closed: add a '---' line after the id, title and order");
                return new LessonFile(file, null, fileTitle(file), Integer.MAX_VALUE, null, problems.list());
            }
            front = FrontMatter.read(String.join("\n", List.of(lines).subList(1, close)), 2, problems, checks);
            bodyStart = close + 1;
        } else {
            problems.add(1, "missing front matter: a lesson starts with a '---' line, then 'id:', 'title:' and"
                    + " 'order:' lines, then '---'");
            front = new FrontMatter(null, null, null, List.of());
            bodyStart = 0;
        }

        List<LessonSection> sections = new Body(lines, problems, checks).parse(bodyStart);
        String title = front.title() != null ? front.title() : fileTitle(file);
        int order = front.order() != null ? front.order() : Integer.MAX_VALUE;
        if (!problems.isEmpty()) {
            List<LessonProblem> sorted = new ArrayList<>(problems.list());
            sorted.sort(java.util.Comparator.comparingInt(LessonProblem::line));
            return new LessonFile(file, front.id(), title, order, null, sorted);
        }
        Lesson lesson = new Lesson(front.id(), front.title(), front.order(), front.objectives(), file, sections);
        return new LessonFile(file, front.id(), title, order, lesson, List.of());
    }

    static String fileTitle(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** The part after the front matter. */
    private static final class Body {
        private final String[] lines;
        private final Problems problems;
        private final TextChecks checks;
        private final BlockReader blocks;
        private final List<LessonSection> sections = new ArrayList<>();
        private String heading = "";
        private int headingLine;
        private List<LessonBlock> current = new ArrayList<>();
        private final List<String> markdown = new ArrayList<>();
        private int markdownStart;

        Body(String[] lines, Problems problems, TextChecks checks) {
            this.lines = lines;
            this.problems = problems;
            this.checks = checks;
            this.blocks = new BlockReader(problems, checks);
        }

        List<LessonSection> parse(int start) {
            headingLine = start + 1;
            int i = start;
            while (i < lines.length) {
                String line = lines[i];
                Fence fence = Fence.opening(line);
                if (fence != null) {
                    i = fence(fence, i);
                    continue;
                }
                Matcher h = HEADING.matcher(line);
                if (h.matches()) {
                    endSection();
                    heading = h.group(1) == null ? "" : h.group(1).strip();
                    headingLine = i + 1;
                    String text = heading;
                    int at = headingLine;
                    checks.prose(text, offset -> at);
                } else {
                    addMarkdownRaw(line, i);
                }
                i++;
            }
            endSection();
            return sections;
        }

        /** Handles a fence opening at line index i; returns the index after it. */
        private int fence(Fence fence, int i) {
            int fenceLine = i + 1;
            int close = -1;
            for (int k = i + 1; k < lines.length; k++) {
                if (fence.closedBy(lines[k])) {
                    close = k;
                    break;
                }
            }
            String language = fence.language();
            boolean interactive = LessonVocabulary.BLOCK_LANGUAGES.contains(language);
            if (!LessonVocabulary.FENCE_LANGUAGES.contains(language)) {
                problems.add(fenceLine, "unknown fence language '" + language + "'"
                        + LessonVocabulary.didYouMean(language, LessonVocabulary.BLOCK_LANGUAGES)
                        + "; blocks are quiz, truefalse, timeline, proof, simulator; code fences may be text, java,"
                        + " python or have no language");
            }
            if (close < 0) {
                problems.add(fenceLine, "the " + fence.marker() + fence.marker() + fence.marker()
                        + (language.isEmpty() ? "" : language) + " fence opened here is never closed");
            }
            int end = close < 0 ? lines.length : close;
            if (interactive && close >= 0) {
                flushMarkdown();
                StringBuilder body = new StringBuilder();
                for (int k = i + 1; k < end; k++) {
                    body.append(fence.unindent(lines[k])).append('\n');
                }
                LessonBlock block = blocks.read(language, fenceLine, body.toString());
                if (block != null) {
                    current.add(block);
                }
            } else {
                for (int k = i; k <= end && k < lines.length; k++) {
                    addMarkdownRaw(lines[k], k);
                }
            }
            return end + 1;
        }

        private void addMarkdownRaw(String line, int index) {
            if (markdown.isEmpty()) {
                if (line.isBlank()) {
                    return;
                }
                markdownStart = index + 1;
            }
            markdown.add(line);
        }

        private void flushMarkdown() {
            int last = markdown.size();
            while (last > 0 && markdown.get(last - 1).isBlank()) {
                last--;
            }
            if (last > 0) {
                String text = String.join("\n", markdown.subList(0, last));
                int first = markdownStart;
                var lineOf = MathText.lineIndex(text);
                checks.prose(text, offset -> first + lineOf.applyAsInt(offset));
                current.add(new LessonBlock.Markdown(first, text));
            }
            markdown.clear();
        }

        private void endSection() {
            flushMarkdown();
            if (!current.isEmpty() || !heading.isEmpty()) {
                sections.add(new LessonSection(heading, headingLine, current));
            }
            current = new ArrayList<>();
        }
    }
}
