package org.ganclassroom.lesson;

import org.scilab.forge.jlatexmath.TeXFormula;

import java.nio.file.Path;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The checks on prose of one lesson file: every formula parses with JLaTeXMath, every image is a file in the folder. */
final class TextChecks {
    private static final Pattern MARKDOWN_IMAGE = Pattern.compile("!\\[[^\\]]*]\\(\\s*(<[^>]*>|[^)\\s]*)");
    private static final Pattern HTML_IMAGE = Pattern.compile("<img\\b[^>]*?\\bsrc\\s*=\\s*[\"']([^\"']*)[\"']",
            Pattern.CASE_INSENSITIVE);

    private final Path lessonFile;
    private final Problems problems;

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
        String error = latexError(latex);
        if (error != null) {
            problems.add(line, "LaTeX does not parse: " + error + " in " + abbreviate(shown));
        }
    }

    /** JLaTeXMath's complaint about a formula, or null when it parses. */
    static String latexError(String latex) {
        try {
            new TeXFormula(latex);
        } catch (RuntimeException e) {
            String msg = YamlFields.oneLine(e.getMessage());
            return msg.isEmpty() ? e.getClass().getSimpleName() : msg;
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
        return depth > 0 ? "a '{' is never closed" : null;
    }

    private void image(String src, int line) {
        if (LessonImages.isOutside(src)) {
            problems.add(line, "image '" + src + "' must be a file inside the lessons folder, such as images/x.png"
                    + " (no URLs, absolute paths or '..': lessons read no other files and make no web requests)");
        } else if (LessonImages.resolve(lessonFile, src).isEmpty()) {
            problems.add(line, "image '" + src + "' not found in the lessons folder");
        }
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s*\\n\\s*", " ");
        return one.length() <= 80 ? one : one.substring(0, 77) + "...";
    }
}
