package org.ganclassroom.ui.markdown;

import org.ganclassroom.lesson.MathText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the LaTeX out of Markdown before CommonMark sees it (CommonMark would eat its backslashes and underscores),
 * leaving placeholders that the renderer swaps back for formulas. What counts as maths is decided by
 * {@link MathText#scan}, the scanner the lesson checker uses, so the renderer shows as maths exactly what the
 * checker checked. Plain Java, no JavaFX.
 */
final class MathPlaceholders {
    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';
    /** The escaped backtick some placeholders carry comes back as a backtick, or stays escaped in code. */
    private static final Pattern PLACEHOLDER = Pattern.compile(OPEN + "(\\d+)(?:\\\\?`)?" + CLOSE);

    /** Markdown with placeholders, and the formulas they stand for (placeholder {@code n} is {@code formulas.get(n)}). */
    record Extracted(String markdown, List<MathText.Formula> formulas) {
        Extracted {
            formulas = List.copyOf(formulas);
        }
    }

    /** A piece of text: either plain text or a formula. */
    record Piece(String text, MathText.Formula formula) {
        boolean isFormula() {
            return formula != null;
        }
    }

    private MathPlaceholders() {
    }

    static Extracted extract(String source) {
        String s = source == null ? "" : source;
        MathText.Scan scan = MathText.scan(s);
        List<MathText.Formula> formulas = scan.formulas();
        List<Integer> loneBackticks = scan.loneBackticks();
        StringBuilder out = new StringBuilder(s.length());
        int at = 0;
        int lone = 0;
        for (int i = 0; i <= formulas.size(); i++) {
            int upTo = i < formulas.size() ? formulas.get(i).start() : s.length();
            // a lone backtick must stay lone once the formulas are hidden: escaped, CommonMark cannot pair it with a
            // backtick that a formula (or a paragraph break inside one) kept apart, nor read "```" as a fence
            for (; lone < loneBackticks.size() && loneBackticks.get(lone) < upTo; lone++) {
                int k = loneBackticks.get(lone);
                out.append(s, at, k).append('\\');
                at = k;
            }
            out.append(s, at, upTo);
            if (i < formulas.size()) {
                out.append(OPEN).append(i);
                if (formulas.get(i).latex().indexOf('`') >= 0) {
                    // a backtick in an info string stops "```" at the line's start from opening a fence: hiding the
                    // formula's backtick would turn that line into one, so the placeholder keeps one, escaped
                    out.append("\\`");
                }
                out.append(CLOSE);
                at = formulas.get(i).end();
            }
        }
        return new Extracted(out.toString(), formulas);
    }

    /** Splits text produced from placeholder Markdown back into plain text and formulas. */
    static List<Piece> split(String text, List<MathText.Formula> formulas) {
        List<Piece> pieces = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int last = 0;
        while (m.find()) {
            int idx = Integer.parseInt(m.group(1));
            if (idx >= formulas.size()) {
                continue;
            }
            if (m.start() > last) {
                pieces.add(new Piece(text.substring(last, m.start()), null));
            }
            pieces.add(new Piece(null, formulas.get(idx)));
            last = m.end();
        }
        if (last < text.length()) {
            pieces.add(new Piece(text.substring(last), null));
        }
        return pieces;
    }

    /** Puts the LaTeX back, as written, into text that shows it verbatim (code, HTML, an image's alt text). */
    static String restore(String text, List<MathText.Formula> formulas) {
        StringBuilder sb = new StringBuilder();
        for (Piece p : split(text, formulas)) {
            if (p.isFormula()) {
                String d = p.formula().kind() == MathText.Kind.DISPLAY ? "$$" : "$";
                sb.append(d).append(p.formula().latex()).append(d);
            } else {
                sb.append(p.text());
            }
        }
        return sb.toString();
    }
}
