package org.ganclassroom.lesson;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The checks on prose of one lesson file: every formula parses with JLaTeXMath, every image is a file in the folder. */
final class TextChecks {
    private static final Pattern MARKDOWN_IMAGE = Pattern.compile("!\\[[^\\]]*]\\(\\s*(<[^>]*>|[^)\\s]*)");
    private static final Pattern HTML_IMAGE = Pattern.compile("<img\\b[^>]*?\\bsrc\\s*=\\s*[\"']([^\"']*)[\"']",
            Pattern.CASE_INSENSITIVE);

    /** Most formulas one lesson may hold; checking each costs a JLaTeXMath parse. */
    static final int MAX_FORMULAS = 2000;

    private final Path lessonFile;
    private final Problems problems;
    /** Errors of formulas already checked in this file: a repeated formula is parsed once. */
    private final Map<String, String> checked = new HashMap<>();
    private int formulas;

    TextChecks(Path lessonFile, Problems problems) {
        this.lessonFile = lessonFile;
        this.problems = problems;
    }

    /**
     * Checks Markdown prose.
     *
     * @param lineOfOffset the 1-based file line of a character offset in {@code text}
     */
    void prose(String text, IntUnaryOperator lineOfOffset) {
        var angles = MarkdownDepth.tooManyAngleBrackets(text);
        var tooDeep = angles.isPresent() ? angles : MarkdownDepth.tooDeep(text);
        if (angles.isPresent()) {
            problems.add(lineOfOffset.applyAsInt(offsetOfLine(text, angles.getAsInt())), "more than "
                    + MarkdownDepth.MAX_ANGLE_BRACKETS + " '<' in one stretch of text (the limit: the Markdown reader"
                    + " slows down on each one); write them inside maths or code, or split the text");
        } else if (tooDeep.isPresent()) {
            int line = lineOfOffset.applyAsInt(offsetOfLine(text, tooDeep.getAsInt()));
            problems.add(line, "Markdown is nested more than " + MarkdownDepth.MAX_DEPTH + " levels deep (quotes,"
                    + " lists, emphasis inside each other); the limit is " + MarkdownDepth.MAX_DEPTH);
        }
        MathText.Scan scan = MathText.scan(text);
        for (int offset : scan.unclosedDisplay()) {
            problems.add(lineOfOffset.applyAsInt(offset), "display maths opened with $$ is never closed");
        }
        for (MathText.Formula f : scan.formulas()) {
            String delimiter = f.kind() == MathText.Kind.DISPLAY ? "$$" : "$";
            latex(f.latex(), lineOfOffset.applyAsInt(f.start()), delimiter + f.latex() + delimiter);
        }
        String masked = MathText.maskCode(text);
        for (Pattern p : new Pattern[] {MARKDOWN_IMAGE, HTML_IMAGE}) {
            Matcher m = p.matcher(masked);
            while (m.find()) {
                String src = m.group(1);
                if (src.startsWith("<") && src.endsWith(">")) {
                    src = src.substring(1, src.length() - 1);
                }
                image(src, lineOfOffset.applyAsInt(m.start()));
            }
        }
    }

    /** Checks one formula (without delimiters); {@code shown} is how the problem quotes it. */
    void latex(String latex, int line, String shown) {
        formulas++;
        if (formulas == MAX_FORMULAS + 1) {
            problems.add(line, "more than " + MAX_FORMULAS + " formulas in this lesson (the limit; split the lesson):"
                    + " formulas from here on are not checked");
        }
        if (formulas > MAX_FORMULAS) {
            return;
        }
        String error = checked.computeIfAbsent(latex, l -> latexError(l));
        if (!error.isEmpty()) {
            problems.add(line, error + " in " + abbreviate(shown));
        }
    }

    /** What is wrong with a formula (refused by the guard, or JLaTeXMath's complaint), or "" when it is fine. */
    static String latexError(String latex) {
        var refused = LatexGuard.refusal(latex);
        if (refused.isPresent()) {
            return "formula refused: " + refused.get();
        }
        var error = LatexGuard.parseError(latex);
        if (error.isPresent()) {
            return "LaTeX does not parse: " + error.get();
        }
        // JLaTeXMath forgives a '{' that is never closed; a renderer or a reader may not
        int depth = 0;
        for (int i = 0; i < latex.length(); i++) {
            char c = latex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
        }
        return depth > 0 ? "LaTeX does not parse: a '{' is never closed" : "";
    }

    private static int offsetOfLine(String text, int line) {
        int offset = 0;
        for (int l = 0; l < line; l++) {
            int next = text.indexOf('\n', offset);
            if (next < 0) {
                break;
            }
            offset = next + 1;
        }
        return offset;
    }

    private void image(String src, int line) {
        if (LessonImages.isOutside(src)) {
            problems.add(line, "image '" + src + "' must be a file inside the lessons folder, such as images/x.png"
                    + " (no URLs, absolute paths or '..': lessons read no other files and make no web requests)");
        } else if (folder() != null && LessonImages.linksOutside(folder(), src)) {
            problems.add(line, "image '" + src + "' is a link to a file outside the lessons folder: copy the file"
                    + " into the folder instead (lessons read no other files)");
        } else if (LessonImages.resolve(lessonFile, src).isEmpty()) {
            problems.add(line, "image '" + src + "' not found in the lessons folder");
        }
    }

    private Path folder() {
        return lessonFile.toAbsolutePath().getParent();
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s*\\n\\s*", " ");
        return one.length() <= 80 ? one : one.substring(0, 77) + "...";
    }
}
